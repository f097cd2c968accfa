package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;

/**
 * {@link NnlsL2} with per-neuron regularisation, as Nengo's {@code NnlsL2nz}:
 * {@code sigma_i = reg * max(A) * sqrt(mean_k(A[k, i] > 0))}. Neurons that are never active get
 * {@code sigma_i = 1}, not the largest sigma as in {@link LstsqL2nz}: that is what Nengo does, and
 * their columns of {@code A} are zero, so the value only keeps the Gram matrix non-singular.
 */
public final class NnlsL2nz implements Solver {
    private final double reg;
    private final boolean weights;

    /** Nengo's defaults: {@code reg = 0.1}, decoders. */
    public NnlsL2nz() {
        this(0.1, false);
    }

    /**
     * @param reg     regularisation as a fraction of the largest activity, at least 0
     * @param weights solve for a full weight matrix instead of decoders
     * @throws IllegalArgumentException if {@code reg < 0}
     */
    public NnlsL2nz(final double reg, final boolean weights) {
        if (!(reg >= 0) || reg == Double.POSITIVE_INFINITY) {
            throw new ValidationError("NnlsL2nz: reg = " + reg + "; expected reg >= 0");
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
        final LeastSquaresSystem sys = LeastSquaresSystem.of("NnlsL2nz", activities, targets);
        final double base = reg * sys.maxA();
        final double[] sigmas = new double[sys.n];
        for (int i = 0; i < sys.n; i++) {
            int positive = 0;
            for (int k = 0; k < sys.m; k++) {
                if (sys.a.data[k * sys.n + i] > 0) {
                    positive++;
                }
            }
            final double s = base * Math.sqrt((double) positive / sys.m);
            sigmas[i] = s == 0 ? 1.0 : s;
        }
        return sys.result(NnlsGram.solve("NnlsL2nz", sys, sigmas));
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof NnlsL2nz s && Double.compare(reg, s.reg) == 0 && weights == s.weights;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(reg) * 31 + Boolean.hashCode(weights);
    }

    @Override
    public String toString() {
        return "NnlsL2nz(reg=" + reg + (weights ? ", weights=True)" : ")");
    }
}
