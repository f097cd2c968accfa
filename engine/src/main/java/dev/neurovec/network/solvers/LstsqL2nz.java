package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;

/**
 * L2-regularised least squares with the noise scaled to how often each neuron is active, as Nengo's
 * {@code LstsqL2nz}: {@code sigma_i = reg * max|A| * sqrt(mean_k(|A[k, i]| > 0))}, with zeros (neurons
 * never active) replaced by {@code max_i sigma_i} to keep the system non-singular; then
 * {@code X = (A^T A + m diag(sigma^2))^-1 A^T Y} by Cholesky (never the transposed form).
 */
public final class LstsqL2nz implements Solver {
    private final double reg;
    private final boolean weights;

    /** Nengo's defaults: {@code reg = 0.1}, decoders. */
    public LstsqL2nz() {
        this(0.1, false);
    }

    /**
     * @param reg     regularisation as a fraction of the largest activity, at least 0
     * @param weights solve for a full weight matrix instead of decoders
     * @throws IllegalArgumentException if {@code reg < 0}
     */
    public LstsqL2nz(final double reg, final boolean weights) {
        if (!(reg >= 0) || reg == Double.POSITIVE_INFINITY) {
            throw new ValidationError("LstsqL2nz: reg = " + reg + "; expected reg >= 0");
        }
        this.reg = reg;
        this.weights = weights;
    }

    /** @return the regularisation fraction */
    public double reg() {
        return reg;
    }

    @Override
    public boolean weights() {
        return weights;
    }

    @Override
    public SolverResult solve(final double[][] activities, final double[][] targets, final RandomState rng) {
        final LeastSquaresSystem sys = LeastSquaresSystem.of("LstsqL2nz", activities, targets);
        final double base = reg * sys.maxAbsA();
        final double[] sigmas = new double[sys.n];
        double max = 0;
        for (int i = 0; i < sys.n; i++) {
            sigmas[i] = base * Math.sqrt(sys.activeFraction(i));
            max = Math.max(max, sigmas[i]);
        }
        for (int i = 0; i < sys.n; i++) {
            if (sigmas[i] == 0) {
                sigmas[i] = max;
            }
        }
        return sys.result(RegularizedCholesky.solve("LstsqL2nz", sys, sigmas));
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof LstsqL2nz s && Double.compare(reg, s.reg) == 0 && weights == s.weights;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(reg) * 31 + Boolean.hashCode(weights);
    }

    @Override
    public String toString() {
        return "LstsqL2nz(reg=" + reg + (weights ? ", weights=True)" : ")");
    }
}
