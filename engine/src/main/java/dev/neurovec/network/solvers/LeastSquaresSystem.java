package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A validated solver input: activities {@code A} (m x n) and targets {@code Y} (m x d) copied into
 * EJML matrices, with the reductions the solvers share ({@code max A}, active fractions, RMS residuals).
 */
final class LeastSquaresSystem {
    final DMatrixRMaj a;
    final DMatrixRMaj y;
    final int m;
    final int n;
    final int d;

    private LeastSquaresSystem(final DMatrixRMaj a, final DMatrixRMaj y) {
        this.a = a;
        this.y = y;
        this.m = a.numRows;
        this.n = a.numCols;
        this.d = y.numCols;
    }

    /**
     * Checks and copies the inputs.
     *
     * @param solver     the solver's name, for messages
     * @param activities {@code A}, m x n, at least 1 x 1, finite
     * @param targets    {@code Y}, m x d, at least one column, finite
     * @return the system
     * @throws IllegalArgumentException naming the shapes when they are empty, ragged or disagree
     */
    static LeastSquaresSystem of(final String solver, final double[][] activities, final double[][] targets) {
        final DMatrixRMaj a = toMatrix(solver, "activities", activities);
        final DMatrixRMaj y = toMatrix(solver, "targets", targets);
        if (a.numRows != y.numRows) {
            throw new ValidationError(solver + ": activities is " + a.numRows + " x " + a.numCols
                + " but targets is " + y.numRows + " x " + y.numCols
                + "; expected the same number of rows (eval points)");
        }
        return new LeastSquaresSystem(a, y);
    }

    private static DMatrixRMaj toMatrix(final String solver, final String name, final double[][] rows) {
        if (rows == null || rows.length == 0 || rows[0] == null || rows[0].length == 0) {
            throw new ValidationError(solver + ": " + name + " is " + (rows == null ? "null"
                : rows.length + " x " + (rows.length == 0 || rows[0] == null ? 0 : rows[0].length))
                + "; expected at least one row and one column");
        }
        final int cols = rows[0].length;
        final DMatrixRMaj out = new DMatrixRMaj(rows.length, cols);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != cols) {
                throw new ValidationError(solver + ": " + name + " row " + i + " has "
                    + (rows[i] == null ? 0 : rows[i].length) + " elements; expected " + cols);
            }
            for (int j = 0; j < cols; j++) {
                final double v = rows[i][j];
                if (!Double.isFinite(v)) {
                    throw new ValidationError(solver + ": " + name + "[" + i + "][" + j + "] = " + v
                        + "; expected finite values");
                }
                out.data[i * cols + j] = v;
            }
        }
        return out;
    }

    /** @return {@code max A} (Nengo's {@code A.max()}, the regularisation reference) */
    double maxA() {
        return CommonOps_DDRM.elementMax(a);
    }

    /** @return {@code max |A|} */
    double maxAbsA() {
        return CommonOps_DDRM.elementMaxAbs(a);
    }

    /**
     * @param i neuron (column) index
     * @return the fraction of eval points where neuron {@code i} is active, {@code mean(|A[:, i]| > 0)}
     */
    double activeFraction(final int i) {
        int active = 0;
        for (int k = 0; k < m; k++) {
            if (a.data[k * n + i] != 0) {
                active++;
            }
        }
        return (double) active / m;
    }

    /**
     * @param x decoders, n x d
     * @return {@code sqrt(mean_k (A X - Y)[k, j]^2)} for each target column j (Nengo's {@code info["rmses"]})
     */
    double[] rmses(final DMatrixRMaj x) {
        final DMatrixRMaj r = new DMatrixRMaj(m, d);
        CommonOps_DDRM.mult(a, x, r);
        final double[] out = new double[d];
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < d; j++) {
                final double e = r.data[k * d + j] - y.data[k * d + j];
                out[j] += e * e;
            }
        }
        for (int j = 0; j < d; j++) {
            out[j] = Math.sqrt(out[j] / m);
        }
        return out;
    }

    /**
     * @param x decoders, n x d
     * @return the solver result with these decoders and their RMS residuals
     */
    SolverResult result(final DMatrixRMaj x) {
        return new SolverResult(toArray(x), rmses(x));
    }

    /**
     * @param x an EJML matrix
     * @return a new row-major {@code double[][]} copy
     */
    static double[][] toArray(final DMatrixRMaj x) {
        final double[][] out = new double[x.numRows][x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            System.arraycopy(x.data, i * x.numCols, out[i], 0, x.numCols);
        }
        return out;
    }
}
