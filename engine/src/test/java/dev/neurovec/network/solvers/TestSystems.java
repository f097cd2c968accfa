package dev.neurovec.network.solvers;

import dev.neurovec.network.dists.RandomState;

/** Small activity matrices and the linear algebra the solver tests check against, written plainly. */
final class TestSystems {

    private TestSystems() {
    }

    /**
     * Rectified-linear tuning curves of {@code n} neurons (random encoder sign, gain, intercept) at
     * {@code m} evenly spaced eval points in [-1, 1].
     */
    static double[][] rectified(final int m, final int n, final long seed) {
        final RandomState rng = new RandomState(seed);
        final double[] enc = new double[n];
        final double[] gain = new double[n];
        final double[] intercept = new double[n];
        for (int i = 0; i < n; i++) {
            enc[i] = rng.randomSample() < 0.5 ? -1 : 1;
            gain[i] = rng.uniform(50, 200);
            intercept[i] = rng.uniform(-0.9, 0.9);
        }
        final double[][] a = new double[m][n];
        for (int k = 0; k < m; k++) {
            final double x = m == 1 ? 0 : -1 + 2.0 * k / (m - 1);
            for (int i = 0; i < n; i++) {
                a[k][i] = Math.max(0, gain[i] * (enc[i] * x - intercept[i]));
            }
        }
        return a;
    }

    /** Targets {@code [x, x^2 - 0.3]} at the same eval points. */
    static double[][] targets(final int m) {
        final double[][] y = new double[m][2];
        for (int k = 0; k < m; k++) {
            final double x = m == 1 ? 0 : -1 + 2.0 * k / (m - 1);
            y[k][0] = x;
            y[k][1] = x * x - 0.3;
        }
        return y;
    }

    static double[][] mult(final double[][] a, final double[][] b) {
        final double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    static double[][] transpose(final double[][] a) {
        final double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** {@code A X - Y}. */
    static double[][] residual(final double[][] a, final double[][] x, final double[][] y) {
        final double[][] r = mult(a, x);
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r[0].length; j++) {
                r[i][j] -= y[i][j];
            }
        }
        return r;
    }

    static double maxAbs(final double[][] a) {
        double m = 0;
        for (final double[] row : a) {
            for (final double v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }
}
