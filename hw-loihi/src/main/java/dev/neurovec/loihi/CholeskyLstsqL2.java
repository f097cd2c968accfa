package dev.neurovec.loihi;

import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.solvers.Solver;
import dev.neurovec.network.solvers.SolverResult;

/**
 * Nengo's {@code LstsqL2} (sigma = reg max(A), m sigma^2 added to the diagonal) solved by Cholesky, in the primal
 * form {@code (A'A + m sigma^2 I) X = A'Y} when there are at least as many eval points m as neurons n, else in the
 * dual form {@code X = A' (A A' + m sigma^2 I)^-1 Y} (the same minimiser). It costs {@code min(m, n)^2 max(m, n) / 2}
 * multiply-adds; the large reference networks use it so their decoders solve in about a second (the engine's
 * solver is a Gauss-Jordan stand-in for now).
 */
public final class CholeskyLstsqL2 implements Solver {
    private final double reg;

    /**
     * @param reg regularisation relative to the largest activity (Nengo's default 0.1)
     */
    public CholeskyLstsqL2(final double reg) {
        this.reg = reg;
    }

    @Override
    public boolean weights() {
        return false;
    }

    @Override
    public SolverResult solve(final double[][] a, final double[][] y, final RandomState rng) {
        final int m = a.length;
        final int n = a[0].length;
        final int d = y[0].length;
        double max = 0;
        for (double[] r : a) {
            for (double v : r) {
                max = Math.max(max, v);
            }
        }
        final double ridge = m * (reg * max) * (reg * max);
        final double[][] x = new double[n][d];
        if (m >= n) {
            final double[][] g = new double[n][n];
            final double[][] b = new double[n][d];
            for (int k = 0; k < m; k++) {
                final double[] ak = a[k];
                for (int i = 0; i < n; i++) {
                    final double v = ak[i];
                    if (v == 0) {
                        continue;
                    }
                    final double[] gi = g[i];
                    for (int j = 0; j <= i; j++) {
                        gi[j] += v * ak[j];
                    }
                    for (int c = 0; c < d; c++) {
                        b[i][c] += v * y[k][c];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                g[i][i] += ridge;
            }
            cholesky(g);
            solveInPlace(g, b);
            for (int i = 0; i < n; i++) {
                System.arraycopy(b[i], 0, x[i], 0, d);
            }
        } else {
            final double[][] g = new double[m][m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j <= i; j++) {
                    double acc = 0;
                    final double[] ai = a[i];
                    final double[] aj = a[j];
                    for (int k = 0; k < n; k++) {
                        acc += ai[k] * aj[k];
                    }
                    g[i][j] = acc;
                }
                g[i][i] += ridge;
            }
            cholesky(g);
            final double[][] z = new double[m][];
            for (int i = 0; i < m; i++) {
                z[i] = y[i].clone();
            }
            solveInPlace(g, z);
            for (int k = 0; k < m; k++) {
                for (int i = 0; i < n; i++) {
                    final double v = a[k][i];
                    if (v != 0) {
                        for (int c = 0; c < d; c++) {
                            x[i][c] += v * z[k][c];
                        }
                    }
                }
            }
        }
        final double[] rmses = new double[d];
        java.util.Arrays.fill(rmses, Double.NaN);
        return new SolverResult(x, rmses);
    }

    /** Lower-triangular Cholesky factor in place (reads and writes the lower triangle only). */
    private static void cholesky(final double[][] g) {
        final int n = g.length;
        for (int j = 0; j < n; j++) {
            final double[] gj = g[j];
            double s = gj[j];
            for (int k = 0; k < j; k++) {
                s -= gj[k] * gj[k];
            }
            if (!(s > 0)) {
                throw new ArithmeticException("CholeskyLstsqL2: normal matrix not positive definite at row " + j);
            }
            final double l = Math.sqrt(s);
            gj[j] = l;
            for (int i = j + 1; i < n; i++) {
                final double[] gi = g[i];
                double t = gi[j];
                for (int k = 0; k < j; k++) {
                    t -= gi[k] * gj[k];
                }
                gi[j] = t / l;
            }
        }
    }

    /** Solves {@code L L' X = B} in place of B. */
    private static void solveInPlace(final double[][] l, final double[][] b) {
        final int n = l.length;
        final int d = b[0].length;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < i; k++) {
                final double v = l[i][k];
                for (int c = 0; c < d; c++) {
                    b[i][c] -= v * b[k][c];
                }
            }
            for (int c = 0; c < d; c++) {
                b[i][c] /= l[i][i];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int c = 0; c < d; c++) {
                b[i][c] /= l[i][i];
            }
            for (int k = 0; k < i; k++) {
                final double v = l[i][k];
                for (int c = 0; c < d; c++) {
                    b[k][c] -= v * b[i][c];
                }
            }
        }
    }

    @Override
    public String toString() {
        return "CholeskyLstsqL2(reg=" + reg + ")";
    }
}
