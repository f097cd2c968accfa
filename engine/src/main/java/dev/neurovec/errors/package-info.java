/**
 * The exceptions NeuroVec throws, under one unchecked root: {@code ValidationError} for bad
 * parameters, {@code BuildError} for objects that do not fit together, {@code SimulationError}
 * for failures while stepping. Kept together, as Aeron keeps its exceptions.
 */
package dev.neurovec.errors;
