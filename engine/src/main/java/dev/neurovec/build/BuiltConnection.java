package dev.neurovec.build;

/**
 * What a connection was built with, as Nengo's {@code BuiltConnection}.
 *
 * @param evalPoints  eval points used for the solve (null when not decoded)
 * @param solverRmses per-dimension RMS error of the decoders (null when not decoded)
 * @param weights     the applied weights: transform · decoders (size_out x n_pre), the full neuron
 *                    weight matrix for weight solvers, or the transform alone (null when there is none)
 * @param elementwise true when {@code weights} is a single row of element-wise gains
 */
public record BuiltConnection(double[][] evalPoints, double[] solverRmses, double[][] weights, boolean elementwise) {
}
