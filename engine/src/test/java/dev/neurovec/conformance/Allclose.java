package dev.neurovec.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Nengo's comparison helpers: {@code np.allclose} semantics ({@code |a - e| <= atol + rtol * |e|},
 * element-wise) and {@code nengo.utils.testing.signals_allclose} (a signal compared with a target it
 * lags by {@code delay} steps, ignoring {@code buf} steps at both ends). Failures report the worst
 * element with its row and column.
 */
final class Allclose {
    /** Nengo's {@code allclose} fixture default (pytest-allclose). */
    static final double DEFAULT_RTOL = 1e-5;
    /** Nengo's {@code allclose} fixture default (pytest-allclose). */
    static final double DEFAULT_ATOL = 1e-8;

    private Allclose() {
    }

    static void assertAllclose(final String what, final double[][] expected, final double[][] actual,
                               final double atol, final double rtol) {
        assertEquals(expected.length, actual.length, what + ": rows");
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r].length, actual[r].length, what + ": columns of row " + r);
        }
        check(what, expected, actual, 0, 0, expected.length, atol, rtol);
    }

    static void assertAllclose(final String what, final double[] expected, final double[] actual,
                               final double atol, final double rtol) {
        assertAllclose(what, column(expected), column(actual), atol, rtol);
    }

    static void assertAllclose(final String what, final double expected, final double[] actual,
                               final double atol, final double rtol) {
        final double[] e = new double[actual.length];
        java.util.Arrays.fill(e, expected);
        assertAllclose(what, e, actual, atol, rtol);
    }

    /**
     * {@code signals_allclose}: {@code signal[k + delay]} is close to {@code target[k]} for
     * {@code buf <= k < n - buf - delay}.
     */
    static void assertSignalsAllclose(final String what, final double[][] target, final double[][] signal,
                                      final double atol, final double rtol, final int bufSteps,
                                      final int delaySteps) {
        assertEquals(target.length, signal.length, what + ": rows");
        check(what, target, signal, delaySteps, bufSteps, target.length - bufSteps - delaySteps, atol, rtol);
    }

    private static void check(final String what, final double[][] target, final double[][] signal, final int shift,
                              final int from, final int to, final double atol, final double rtol) {
        if (to <= from) {
            fail(what + ": nothing to compare (rows " + from + " to " + to + ")");
        }
        double worst = -1;
        int wr = -1;
        int wc = -1;
        for (int r = from; r < to; r++) {
            for (int c = 0; c < target[r].length; c++) {
                final double e = target[r][c];
                final double a = signal[r + shift][c];
                final double excess = Math.abs(a - e) - (atol + rtol * Math.abs(e));
                if (!(excess <= worst) || Double.isNaN(a)) {
                    worst = Double.isNaN(a) ? Double.POSITIVE_INFINITY : excess;
                    wr = r;
                    wc = c;
                }
            }
        }
        if (worst > 0) {
            fail(what + ": [" + wr + "][" + wc + "] expected " + target[wr][wc] + ", got " + signal[wr + shift][wc]
                + " (delay " + shift + " steps); |error| exceeds atol " + atol + " + rtol " + rtol + " * |expected| by "
                + worst);
        }
    }

    static double[][] column(final double[] v) {
        final double[][] m = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            m[i][0] = v[i];
        }
        return m;
    }

    static double[] col(final double[][] m, final int c) {
        final double[] v = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            v[i] = m[i][c];
        }
        return v;
    }

    static double rms(final double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s / v.length);
    }

    static double[][] rows(final double[][] m, final int from, final int to) {
        final double[][] out = new double[to - from][];
        for (int i = from; i < to; i++) {
            out[i - from] = m[i].clone();
        }
        return out;
    }
}
