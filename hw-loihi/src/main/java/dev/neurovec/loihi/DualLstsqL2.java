package dev.neurovec.loihi;

import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.solvers.Solver;
import dev.neurovec.network.solvers.SolverResult;

/**
 * Nengo's {@code LstsqL2} (sigma = reg max(A), m sigma^2 on the diagonal) solved in its dual form
 * {@code X = A' (A A' + m sigma^2 I)^-1 Y} by Cholesky, which is the same minimiser and costs
 * {@code m^2 n} instead of {@code n^2 m} when there are fewer eval points m than neurons n. Used by the
 * 2,500-neuron reference network so its decoders solve in about a second.
 */
public final class DualLstsqL2 implements Solver {
    private final double reg;

    /**
     * @param reg regularisation relative to the largest activity (Nengo's default 0.1)
     */
    public DualLstsqL2(final double reg) {
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
        final double sigma = reg * max;
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
                g[j][i] = acc;
            }
            g[i][i] += m * sigma * sigma;
        }
        // Cholesky G = L L'
        for (int j = 0; j < m; j++) {
            double s = g[j][j];
            for (int k = 0; k < j; k++) {
                s -= g[j][k] * g[j][k];
            }
            if (!(s > 0)) {
                throw new ArithmeticException("DualLstsqL2: Gram matrix not positive definite at row " + j);
            }
            g[j][j] = Math.sqrt(s);
            for (int i = j + 1; i < m; i++) {
                double t = g[i][j];
                for (int k = 0; k < j; k++) {
                    t -= g[i][k] * g[j][k];
                }
                g[i][j] = t / g[j][j];
            }
        }
        final double[][] z = new double[m][d];
        for (int c = 0; c < d; c++) {
            for (int i = 0; i < m; i++) {
                double t = y[i][c];
                for (int k = 0; k < i; k++) {
                    t -= g[i][k] * z[k][c];
                }
                z[i][c] = t / g[i][i];
            }
            for (int i = m - 1; i >= 0; i--) {
                double t = z[i][c];
                for (int k = i + 1; k < m; k++) {
                    t -= g[k][i] * z[k][c];
                }
                z[i][c] = t / g[i][i];
            }
        }
        final double[][] x = new double[n][d];
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
        final double[] rmses = new double[d];
        java.util.Arrays.fill(rmses, Double.NaN);
        return new SolverResult(x, rmses);
    }

    @Override
    public String toString() {
        return "DualLstsqL2(reg=" + reg + ")";
    }
}
