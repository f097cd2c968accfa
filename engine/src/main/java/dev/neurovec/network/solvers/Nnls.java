package dev.neurovec.network.solvers;

import dev.neurovec.network.dists.RandomState;
import org.ejml.data.DMatrixRMaj;

/**
 * Unregularised non-negative least squares, as Nengo's {@code Nnls}: each target column solves
 * {@code min |A x - Y_j|}, {@code x >= 0}, directly on {@code A} (no Gram matrix and no clipping of
 * {@code Y}, unlike {@link NnlsL2}), by {@link ActiveSetNnls}. Non-compositional.
 */
public final class Nnls implements Solver {
    private final boolean weights;

    /** Decoders (Nengo's default). */
    public Nnls() {
        this(false);
    }

    /**
     * @param weights solve for a full weight matrix instead of decoders
     */
    public Nnls(final boolean weights) {
        this.weights = weights;
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
        final LeastSquaresSystem sys = LeastSquaresSystem.of("Nnls", activities, targets);
        final DMatrixRMaj x = new DMatrixRMaj(sys.n, sys.d);
        final double[] column = new double[sys.m];
        for (int j = 0; j < sys.d; j++) {
            for (int k = 0; k < sys.m; k++) {
                column[k] = sys.y.data[k * sys.d + j];
            }
            final double[] xj = ActiveSetNnls.solve("Nnls", sys.a, column);
            for (int i = 0; i < sys.n; i++) {
                x.data[i * sys.d + j] = xj[i];
            }
        }
        return sys.result(x);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Nnls s && weights == s.weights;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(weights);
    }

    @Override
    public String toString() {
        return weights ? "Nnls(weights=True)" : "Nnls()";
    }
}
