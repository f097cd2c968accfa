package dev.neurovec.network;

/**
 * The output function of a {@link Node}: {@code out = f(t, x)}. Called every step in the simulation
 * loop, so it writes into {@code out} instead of returning a new array.
 */
@FunctionalInterface
public interface NodeFunction {

    /**
     * @param t   time at the end of the step, in seconds
     * @param x   the node's input (length sizeIn; empty when sizeIn is 0); do not modify or keep
     * @param out the node's output (length sizeOut); write every element
     */
    void apply(double t, double[] x, double[] out);
}
