package dev.neurovec.network.solvers;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The regularised Gram system shared by {@link NnlsL2} and {@link NnlsL2nz}:
 * {@code G = A^T A + m diag(sigma^2)}, {@code B = A^T max(Y, 0)}, and column by column
 * {@code X_j = argmin_{x >= 0} |G x - B_j|}.
 */
final class NnlsGram {

    private NnlsGram() {
    }

    /**
     * @param solver name for messages
     * @param sys    the system
     * @param sigmas one regularisation per neuron
     * @return non-negative decoders, n x d
     */
    static DMatrixRMaj solve(final String solver, final LeastSquaresSystem sys, final double[] sigmas) {
        final DMatrixRMaj g = RegularizedCholesky.gram(sys, sigmas);
        final DMatrixRMaj clipped = sys.y.copy();
        for (int i = 0; i < clipped.data.length; i++) {
            clipped.data[i] = Math.max(clipped.data[i], 0.0);
        }
        final DMatrixRMaj b = new DMatrixRMaj(sys.n, sys.d);
        CommonOps_DDRM.multTransA(sys.a, clipped, b);
        final DMatrixRMaj x = new DMatrixRMaj(sys.n, sys.d);
        final double[] column = new double[sys.n];
        for (int j = 0; j < sys.d; j++) {
            for (int i = 0; i < sys.n; i++) {
                column[i] = b.data[i * sys.d + j];
            }
            final double[] xj = ActiveSetNnls.solve(solver, g, column);
            for (int i = 0; i < sys.n; i++) {
                x.data[i * sys.d + j] = xj[i];
            }
        }
        return x;
    }
}
