package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;

import java.util.Arrays;

/**
 * Non-negative L2-regularised least squares on the Gram system, as Nengo's {@code NnlsL2}: with
 * {@code sigma = reg * max(A)}, {@code G = A^T A + m sigma^2 I} and {@code b_j = A^T max(Y_j, 0)}
 * (targets clipped at zero, as Nengo does), each column solves {@code min |G x - b_j|}, {@code x >= 0},
 * by {@link ActiveSetNnls}. Non-compositional: the constraint does not commute with a linear map of
 * the targets.
 */
public final class NnlsL2 implements Solver {
    private final double reg;
    private final boolean weights;

    /** Nengo's defaults: {@code reg = 0.1}, decoders. */
    public NnlsL2() {
        this(0.1, false);
    }

    /**
     * @param reg     regularisation as a fraction of the largest activity, at least 0
     * @param weights solve for a full weight matrix instead of decoders
     * @throws IllegalArgumentException if {@code reg < 0}
     */
    public NnlsL2(final double reg, final boolean weights) {
        if (!(reg >= 0) || reg == Double.POSITIVE_INFINITY) {
            throw new ValidationError("NnlsL2: reg = " + reg + "; expected reg >= 0");
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
    public boolean compositional() {
        return false;
    }

    @Override
    public SolverResult solve(final double[][] activities, final double[][] targets, final RandomState rng) {
        final LeastSquaresSystem sys = LeastSquaresSystem.of("NnlsL2", activities, targets);
        final double[] sigmas = new double[sys.n];
        Arrays.fill(sigmas, reg * sys.maxA());
        return sys.result(NnlsGram.solve("NnlsL2", sys, sigmas));
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof NnlsL2 s && Double.compare(reg, s.reg) == 0 && weights == s.weights;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(reg) * 31 + Boolean.hashCode(weights);
    }

    @Override
    public String toString() {
        return "NnlsL2(reg=" + reg + (weights ? ", weights=True)" : ")");
    }
}
