package dev.neurovec.network.solvers;
import dev.neurovec.network.dists.RandomState;
/** TEMP stand-in. */
public final class LstsqL2 implements Solver {
    private final double reg; private final boolean weights;
    public LstsqL2() { this(0.1, false); }
    public LstsqL2(final double reg, final boolean weights) { this.reg = reg; this.weights = weights; }
    @Override public boolean weights() { return weights; }
    @Override public SolverResult solve(final double[][] a, final double[][] y, final RandomState rng) {
        final int m = a.length, n = a[0].length, d = y[0].length;
        double max = 0; for (double[] r : a) { for (double v : r) { max = Math.max(max, v); } }
        final double s = reg * max;
        final double[][] g = new double[n][n + d];
        for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) { double acc = 0; for (int k = 0; k < m; k++) { acc += a[k][i] * a[k][j]; } g[i][j] = acc; } g[i][i] += m * s * s;
            for (int c = 0; c < d; c++) { double acc = 0; for (int k = 0; k < m; k++) { acc += a[k][i] * y[k][c]; } g[i][n + c] = acc; } }
        for (int p = 0; p < n; p++) { int best = p; for (int r = p + 1; r < n; r++) { if (Math.abs(g[r][p]) > Math.abs(g[best][p])) { best = r; } }
            final double[] t = g[p]; g[p] = g[best]; g[best] = t;
            for (int r = 0; r < n; r++) { if (r != p) { final double f = g[r][p] / g[p][p]; for (int c = p; c < n + d; c++) { g[r][c] -= f * g[p][c]; } } } }
        final double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) { for (int c = 0; c < d; c++) { x[i][c] = g[i][n + c] / g[i][i]; } }
        return new SolverResult(x, new double[d]);
    }
}
