/**
 * {@code Tensor}: the dense float arrays with a shape that data moves in ({@code (batch, steps, dims)}
 * inputs, targets and outputs; user-layer arguments). Depends on nothing; every stage may use it.
 */
package dev.neurovec.tensor;
