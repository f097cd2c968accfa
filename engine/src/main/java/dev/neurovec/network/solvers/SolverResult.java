package dev.neurovec.network.solvers;

/**
 * What a solver returns: the decoders and diagnostics, as Nengo's {@code (X, info)}.
 *
 * @param decoders n x d decoders
 * @param rmses    per-dimension RMS of {@code A X - Y} (length d); NaN where not computed
 */
public record SolverResult(double[][] decoders, double[] rmses) {
}
