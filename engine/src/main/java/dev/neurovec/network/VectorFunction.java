package dev.neurovec.network;

/**
 * A function a connection computes, {@code out = f(x)}; for decoded connections it is only evaluated
 * at build time, on the eval points.
 */
@FunctionalInterface
public interface VectorFunction {

    /**
     * @param x   the (sliced) pre value; do not modify or keep
     * @param out the function value; write every element
     */
    void apply(double[] x, double[] out);
}
