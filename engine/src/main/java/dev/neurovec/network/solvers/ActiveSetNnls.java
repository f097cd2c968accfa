package dev.neurovec.network.solvers;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import java.util.Arrays;

/**
 * Non-negative least squares {@code min |E x - f|} subject to {@code x >= 0}, by the Lawson-Hanson
 * active-set method (Solving Least Squares Problems, 1974, ch. 23), the algorithm behind
 * {@code scipy.optimize.nnls} that Nengo's NNLS solvers call. Hand-written because EJML has no
 * constrained solver.
 *
 * <p>Starting from {@code x = 0} with every variable held at zero, repeat: compute the dual
 * {@code w = E^T (f - E x)}; stop when no held variable has {@code w_j > tol}; otherwise free the one
 * with the largest {@code w_j} and solve the unconstrained problem on the free set by pivoted QR; while
 * that solution has a non-positive free entry, move {@code x} towards it as far as feasibility allows
 * and hold the variables that reach zero. The KKT conditions hold at exit, so the result is the unique
 * minimiser when {@code E} has full column rank. Each sub-solve costs {@code O(m p^2)} for {@code p}
 * free variables, which suits decoder-sized problems.
 */
final class ActiveSetNnls {

    private ActiveSetNnls() {
    }

    /**
     * @param solver name for messages
     * @param e      the matrix E, m x n, not modified
     * @param f      the right-hand side, length m, not modified
     * @return the non-negative minimiser, length n
     * @throws IllegalStateException if more than {@code 3 n} free-set changes are needed (scipy's default bound)
     */
    static double[] solve(final String solver, final DMatrixRMaj e, final double[] f) {
        final int m = e.numRows;
        final int n = e.numCols;
        final double[] x = new double[n];
        final double[] z = new double[n];
        final boolean[] free = new boolean[n];
        final boolean[] rejected = new boolean[n];
        final double[] w = new double[n];
        final double tol = tolerance(e, f);
        final int maxIterations = 3 * n;
        int iterations = 0;
        while (true) {
            dual(e, f, x, w);
            int t = -1;
            for (int j = 0; j < n; j++) {
                if (!free[j] && !rejected[j] && w[j] > tol && (t < 0 || w[j] > w[t])) {
                    t = j;
                }
            }
            if (t < 0) {
                return x;
            }
            free[t] = true;
            freeSetSolve(e, f, free, z);
            if (!(z[t] > 0)) {
                // Round-off made the new column look dependent on the free ones; Lawson and Hanson
                // skip such a variable until the free set next changes.
                free[t] = false;
                rejected[t] = true;
                continue;
            }
            Arrays.fill(rejected, false);
            while (true) {
                if (++iterations > maxIterations) {
                    throw new IllegalStateException(solver + ": non-negative least squares did not converge in "
                        + maxIterations + " iterations (" + m + " x " + n + " system)");
                }
                double alpha = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (free[j] && z[j] <= 0) {
                        alpha = Math.min(alpha, x[j] / (x[j] - z[j]));
                    }
                }
                if (alpha == Double.POSITIVE_INFINITY) {
                    System.arraycopy(z, 0, x, 0, n);
                    break;
                }
                for (int j = 0; j < n; j++) {
                    if (free[j]) {
                        final boolean blocking = z[j] <= 0 && x[j] / (x[j] - z[j]) <= alpha;
                        x[j] += alpha * (z[j] - x[j]);
                        if (blocking || x[j] <= 0) {
                            // Blocking variables land exactly at zero in exact arithmetic; hold them there.
                            x[j] = 0;
                            free[j] = false;
                        }
                    }
                }
                freeSetSolve(e, f, free, z);
            }
        }
    }

    /** A dual value below this counts as zero: ten times the round-off of forming {@code E^T r}. */
    private static double tolerance(final DMatrixRMaj e, final double[] f) {
        double colNorm = 0;
        for (int j = 0; j < e.numCols; j++) {
            double s = 0;
            for (int i = 0; i < e.numRows; i++) {
                s += Math.abs(e.data[i * e.numCols + j]);
            }
            colNorm = Math.max(colNorm, s);
        }
        double fMax = 0;
        for (final double v : f) {
            fMax = Math.max(fMax, Math.abs(v));
        }
        return 10 * Math.max(e.numRows, e.numCols) * Math.ulp(1.0) * colNorm * fMax;
    }

    /** {@code w = E^T (f - E x)}. */
    private static void dual(final DMatrixRMaj e, final double[] f, final double[] x, final double[] w) {
        final int m = e.numRows;
        final int n = e.numCols;
        Arrays.fill(w, 0.0);
        for (int i = 0; i < m; i++) {
            double r = f[i];
            for (int j = 0; j < n; j++) {
                r -= e.data[i * n + j] * x[j];
            }
            for (int j = 0; j < n; j++) {
                w[j] += e.data[i * n + j] * r;
            }
        }
    }

    /** {@code z_free = argmin |E_free z - f|}, {@code z_held = 0}, by column-pivoted QR (rank-revealing). */
    private static void freeSetSolve(final DMatrixRMaj e, final double[] f, final boolean[] free, final double[] z) {
        final int m = e.numRows;
        final int n = e.numCols;
        int p = 0;
        for (final boolean b : free) {
            p += b ? 1 : 0;
        }
        Arrays.fill(z, 0.0);
        if (p == 0) {
            return;
        }
        final DMatrixRMaj sub = new DMatrixRMaj(m, p);
        for (int i = 0; i < m; i++) {
            int c = 0;
            for (int j = 0; j < n; j++) {
                if (free[j]) {
                    sub.data[i * p + c++] = e.data[i * n + j];
                }
            }
        }
        final LinearSolverDense<DMatrixRMaj> qr = LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
        if (!qr.setA(sub)) {
            throw new IllegalStateException("NNLS: QR of a " + m + " x " + p + " free-set matrix failed");
        }
        final DMatrixRMaj rhs = new DMatrixRMaj(m, 1, true, f);
        final DMatrixRMaj sol = new DMatrixRMaj(p, 1);
        qr.solve(rhs, sol);
        int c = 0;
        for (int j = 0; j < n; j++) {
            if (free[j]) {
                z[j] = sol.data[c++];
            }
        }
    }
}
