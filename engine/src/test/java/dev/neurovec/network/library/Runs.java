package dev.neurovec.network.library;

import dev.neurovec.network.Network;
import dev.neurovec.network.Probe;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

/** Runs a network and compares probe data with expected values, for the library tests. */
final class Runs {
    private Runs() {
    }

    /**
     * @param net      the network
     * @param executor which executor
     * @param steps    steps of 1 ms
     * @param probe    the probe to read
     * @return probe data, steps x size
     */
    static double[][] run(final Network net, final ExecutorKind executor, final int steps, final Probe probe) {
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withExecutor(executor))) {
            sim.runSteps(steps);
            return sim.dataDouble(probe);
        }
    }

    /**
     * Root mean square of {@code actual - expected} over rows [from, to) and every column.
     *
     * @param actual   probe data
     * @param expected expected values, same shape
     * @param from     first row, inclusive
     * @param to       last row, exclusive
     * @return the RMSE
     */
    static double rmse(final double[][] actual, final double[][] expected, final int from, final int to) {
        double s = 0;
        int n = 0;
        for (int r = from; r < to; r++) {
            for (int c = 0; c < actual[r].length; c++) {
                final double e = actual[r][c] - expected[r][c];
                s += e * e;
                n++;
            }
        }
        return Math.sqrt(s / n);
    }

    /**
     * Mean over rows [from, to) of each column.
     *
     * @param data probe data
     * @param from first row, inclusive
     * @param to   last row, exclusive
     * @return per-column means
     */
    static double[] mean(final double[][] data, final int from, final int to) {
        final double[] m = new double[data[0].length];
        for (int r = from; r < to; r++) {
            for (int c = 0; c < m.length; c++) {
                m[c] += data[r][c] / (to - from);
            }
        }
        return m;
    }

    /**
     * @param a first vector
     * @param b second vector, same length
     * @return the exact circular convolution {@code c_n = sum_m a_m b_((n - m) mod D)}
     */
    static double[] circularConvolution(final double[] a, final double[] b) {
        final int d = a.length;
        final double[] c = new double[d];
        for (int n = 0; n < d; n++) {
            for (int m = 0; m < d; m++) {
                c[n] += a[m] * b[Math.floorMod(n - m, d)];
            }
        }
        return c;
    }

    /**
     * @param a a vector
     * @return its involution {@code a_(-n mod D)}, the approximate inverse under circular convolution
     */
    static double[] involution(final double[] a) {
        final double[] r = new double[a.length];
        for (int n = 0; n < a.length; n++) {
            r[n] = a[Math.floorMod(-n, a.length)];
        }
        return r;
    }
}
