/**
 * Running built models: the {@code Simulator} façade users call, the {@code Executor} contract, the
 * reference executor (the oracle) and probe recording.
 */
package dev.neurovec.sim;
