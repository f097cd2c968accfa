package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Ridge-regularised normal equations solved by Cholesky, as Nengo's {@code Cholesky} sub-solver:
 * {@code X = (A^T A + m diag(sigma^2))^-1 A^T Y}, or, for a scalar {@code sigma} and fewer eval points
 * than neurons ({@code m < n}), the equivalent transposed form {@code X = A^T (A A^T + m sigma^2 I)^-1 Y},
 * which factors the smaller {@code m x m} Gram matrix.
 */
final class RegularizedCholesky {

    private RegularizedCholesky() {
    }

    /**
     * @param solver name for messages
     * @param sys    the system
     * @param sigma  scalar regularisation (noise standard deviation)
     * @return decoders, n x d
     */
    static DMatrixRMaj solve(final String solver, final LeastSquaresSystem sys, final double sigma) {
        final boolean transpose = sys.m < sys.n;
        final int size = transpose ? sys.m : sys.n;
        final DMatrixRMaj g = new DMatrixRMaj(size, size);
        final DMatrixRMaj b;
        if (transpose) {
            CommonOps_DDRM.multTransB(sys.a, sys.a, g);
            b = sys.y.copy();
        } else {
            CommonOps_DDRM.multTransA(sys.a, sys.a, g);
            b = new DMatrixRMaj(sys.n, sys.d);
            CommonOps_DDRM.multTransA(sys.a, sys.y, b);
        }
        final double lambda = sys.m * sigma * sigma;
        for (int i = 0; i < size; i++) {
            g.data[i * size + i] += lambda;
        }
        final DMatrixRMaj x = choleskySolve(solver, g, b, "sigma = " + sigma);
        if (!transpose) {
            return x;
        }
        final DMatrixRMaj out = new DMatrixRMaj(sys.n, sys.d);
        CommonOps_DDRM.multTransA(sys.a, x, out);
        return out;
    }

    /**
     * Per-neuron regularisation (never transposed, as in Nengo).
     *
     * @param solver name for messages
     * @param sys    the system
     * @param sigmas one regularisation per neuron
     * @return decoders, n x d
     */
    static DMatrixRMaj solve(final String solver, final LeastSquaresSystem sys, final double[] sigmas) {
        final DMatrixRMaj g = gram(sys, sigmas);
        final DMatrixRMaj b = new DMatrixRMaj(sys.n, sys.d);
        CommonOps_DDRM.multTransA(sys.a, sys.y, b);
        return choleskySolve(solver, g, b, "per-neuron sigma");
    }

    /**
     * @param sys    the system
     * @param sigmas one regularisation per neuron
     * @return {@code A^T A + m diag(sigma^2)}, n x n
     */
    static DMatrixRMaj gram(final LeastSquaresSystem sys, final double[] sigmas) {
        final DMatrixRMaj g = new DMatrixRMaj(sys.n, sys.n);
        CommonOps_DDRM.multTransA(sys.a, sys.a, g);
        for (int i = 0; i < sys.n; i++) {
            g.data[i * sys.n + i] += sys.m * sigmas[i] * sigmas[i];
        }
        return g;
    }

    private static DMatrixRMaj choleskySolve(final String solver, final DMatrixRMaj g, final DMatrixRMaj b,
                                             final String regularisation) {
        final int size = g.numRows;
        final LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(size);
        if (!chol.setA(g)) {
            throw new ValidationError(solver + ": the " + size + " x " + size
                + " regularised Gram matrix is not positive definite (" + regularisation
                + "); expected reg > 0 or linearly independent neurons");
        }
        final DMatrixRMaj x = new DMatrixRMaj(size, b.numCols);
        chol.solve(b, x);
        return x;
    }
}
