package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;

/**
 * L2-regularised least squares, Nengo's default decoder solver {@code LstsqL2}
 * (nengo-semantics.md §1.11, §2.4): with {@code sigma = reg * max(A)},
 * {@code X = (A^T A + m sigma^2 I)^-1 A^T Y}, solved by Cholesky; when there are fewer eval points
 * than neurons ({@code m < n}) the equivalent {@code X = A^T (A A^T + m sigma^2 I)^-1 Y} is used.
 * The regularisation stands for spike noise of standard deviation {@code sigma} on every activity.
 */
public final class LstsqL2 implements Solver {
    private final double reg;
    private final boolean weights;

    /** Nengo's defaults: {@code reg = 0.1}, decoders. */
    public LstsqL2() {
        this(0.1, false);
    }

    /**
     * @param reg     regularisation as a fraction of the largest activity, at least 0
     * @param weights solve for a full weight matrix instead of decoders
     * @throws IllegalArgumentException if {@code reg < 0}
     */
    public LstsqL2(final double reg, final boolean weights) {
        if (!(reg >= 0) || reg == Double.POSITIVE_INFINITY) {
            throw new ValidationError("LstsqL2: reg = " + reg + "; expected reg >= 0");
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
        final LeastSquaresSystem sys = LeastSquaresSystem.of("LstsqL2", activities, targets);
        return sys.result(RegularizedCholesky.solve("LstsqL2", sys, reg * sys.maxA()));
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof LstsqL2 s && Double.compare(reg, s.reg) == 0 && weights == s.weights;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(reg) * 31 + Boolean.hashCode(weights);
    }

    @Override
    public String toString() {
        return "LstsqL2(reg=" + reg + (weights ? ", weights=True)" : ")");
    }
}
