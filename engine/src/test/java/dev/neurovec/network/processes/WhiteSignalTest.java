package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhiteSignalTest {
    private static final double DT = 0.001;

    /** Runs steps k = 0..steps-1 at t = (k+1) dt and returns the outputs. */
    static double[][] run(final Process p, final int d, final int steps, final long seed) {
        final double[][] state = p.makeState(0, d, DT).values().toArray(new double[0][]);
        final ProcessStep step = p.makeStep(0, d, DT, new RandomState(seed), state);
        final double[][] y = new double[steps][d];
        for (int k = 0; k < steps; k++) {
            step.step((k + 1) * DT, null, y[k]);
        }
        return y;
    }

    /** Forward DFT bin k of one column over n samples starting at sample 0 (re, im). */
    private static double[] dft(final double[][] x, final int col, final int k) {
        final int n = x.length;
        double re = 0;
        double im = 0;
        for (int j = 0; j < n; j++) {
            final double angle = -2 * Math.PI * ((long) k * j % n) / n;
            re += x[j][col] * Math.cos(angle);
            im += x[j][col] * Math.sin(angle);
        }
        return new double[] {re, im};
    }

    /** One period of samples in DFT order: sample j is the step at t = j dt (so row j-1 of run, wrapping). */
    private static double[][] period(final WhiteSignal s, final int d, final long seed) {
        final int n = (int) Math.round(s.period() / DT);
        final double[][] y = run(s, d, n, seed);
        final double[][] ordered = new double[n][];
        for (int j = 0; j < n; j++) {
            ordered[j] = y[Math.floorMod(j - 1, n)];
        }
        return ordered;
    }

    @Test
    void shouldHaveTheDrawnSpectrumWithImaginaryPartsDrawnFirstWhenTransformedBack() {
        final double periodS = 0.2;
        final double high = 40;
        final WhiteSignal s = new WhiteSignal(periodS, high, 0.5, null, null);
        final double[][] x = period(s, 2, 3);
        final int n = 100;
        // Expected coefficients: imaginary parts of all (n+1) x 2 first, then real parts; bins above
        // 40 Hz (k > 8 at 5 Hz spacing) and DC zeroed; power correction sqrt(1 - 92/100); scale sqrt(2n).
        final RandomState rng = new RandomState(3);
        final double sigma = 0.5 * Math.sqrt(0.5);
        final double[][] im = new double[n + 1][2];
        final double[][] re = new double[n + 1][2];
        for (final double[] row : im) {
            row[0] = rng.normal(0, sigma);
            row[1] = rng.normal(0, sigma);
        }
        for (final double[] row : re) {
            row[0] = rng.normal(0, sigma);
            row[1] = rng.normal(0, sigma);
        }
        final double gain = Math.sqrt(2.0 * n) / Math.sqrt(1 - 92.0 / 100);
        for (int col = 0; col < 2; col++) {
            for (int k = 0; k <= n; k++) {
                final double[] bin = dft(x, col, k);
                final boolean kept = k >= 1 && k <= 8;
                assertEquals(kept ? re[k][col] * gain : 0.0, bin[0], 1e-12, "re bin " + k + " col " + col);
                assertEquals(kept ? im[k][col] * gain : 0.0, bin[1], 1e-12, "im bin " + k + " col " + col);
            }
        }
    }

    @Test
    void shouldHaveTheRequestedRmsWhenManyFrequenciesArePresent() {
        final double[][] x = period(new WhiteSignal(5.0, 50, 0.3, null, null), 8, 11);
        double sq = 0;
        for (final double[] row : x) {
            for (final double v : row) {
                sq += v * v;
            }
        }
        final double rms = Math.sqrt(sq / (x.length * 8));
        // 250 kept bins per dimension, 8 dimensions: the mean power has relative sd sqrt(1/2000) = 2.2 %,
        // so the rms is within 1.1 % per sd; allow 4 sd.
        assertEquals(0.3, rms, 0.3 * 0.045);
    }

    @Test
    void shouldHaveNoPowerAboveTheCutoffWhenBandLimited() {
        final double[][] x = period(new WhiteSignal(0.5, 12, 1.0, null, null), 1, 5);
        final int n = x.length;
        double inBand = 0;
        for (int k = 0; k <= n / 2; k++) {
            final double[] bin = dft(x, 0, k);
            final double mag = Math.hypot(bin[0], bin[1]);
            if (k / (n * DT) > 12) {
                assertEquals(0.0, mag, 1e-10, "bin " + k + " above the cut-off");
            } else {
                inBand = Math.max(inBand, mag);
            }
        }
        assertTrue(inBand > 1, "in-band power present: " + inBand);
    }

    @Test
    void shouldRepeatEveryPeriodAndRoundTimeHalfToEvenWhenStepped() {
        final WhiteSignal s = new WhiteSignal(0.05, 100, 0.5, null, null);
        final ProcessStep step = s.makeStep(0, 1, DT, new RandomState(8), new double[0][]);
        final double[] a = new double[1];
        final double[] b = new double[1];
        for (int k = 1; k < 60; k++) {
            step.step(k * DT, null, a);
            step.step(k * DT + 0.05, null, b);
            assertEquals(a[0], b[0], 0.0, "step " + k);
        }
        step.step(0.0025, null, a);
        step.step(0.002, null, b);
        assertEquals(b[0], a[0], 0.0, "t/dt = 2.5 rounds to 2");
        step.step(0.0035, null, a);
        step.step(0.004, null, b);
        assertEquals(b[0], a[0], 0.0, "t/dt = 3.5 rounds to 4");
    }

    @Test
    void shouldStartNearY0WhenAligned() {
        final double[][] free = period(new WhiteSignal(1.0, 10, 0.5, null, null), 2, 21);
        final double[][] aligned = run(new WhiteSignal(1.0, 10, 0.5, 0.2, null), 2, 1000, 21);
        for (int col = 0; col < 2; col++) {
            int best = 0;
            for (int j = 1; j < free.length; j++) {
                if (Math.abs(0.2 - free[j][col]) < Math.abs(0.2 - free[best][col])) {
                    best = j;
                }
            }
            assertEquals(free[best][col], aligned[0][col], 0.0, "column " + col);
            assertTrue(Math.abs(aligned[0][col] - 0.2) < 0.05, "starts near y0: " + aligned[0][col]);
            // The rest is the same signal, rotated.
            assertEquals(free[(best + 37) % 1000][col], aligned[37][col], 0.0);
        }
    }

    @Test
    void shouldRepeatForASeedAndDifferAcrossSeedsWhenGenerated() {
        final WhiteSignal s = new WhiteSignal(0.3, 20);
        assertEquals(run(s, 1, 50, 4)[17][0], run(s, 1, 50, 4)[17][0], 0.0);
        assertNotEquals(run(s, 1, 50, 4)[17][0], run(s, 1, 50, 5)[17][0]);
    }

    @Test
    void shouldRejectCutoffsOutsideTheRepresentableBandWhenValidated() {
        assertEquals("WhiteSignal: high = 0.5, period = 1.0; expected high >= 1/period (1.0 Hz) to produce "
                + "a non-zero signal",
            assertThrows(ValidationError.class, () -> new WhiteSignal(1.0, 0.5)).getMessage());
        assertEquals("WhiteSignal: high = 600.0 Hz exceeds the Nyquist frequency 500.0 Hz for dt = 0.001; "
                + "expected high <= 1/(2 dt)",
            assertThrows(ValidationError.class,
                () -> new WhiteSignal(1.0, 600).makeStep(0, 1, DT, new RandomState(0), new double[0][]))
                .getMessage());
        assertEquals("WhiteSignal: rms = 0.0; expected rms > 0",
            assertThrows(ValidationError.class, () -> new WhiteSignal(1, 5, 0, null, null)).getMessage());
        assertEquals("WhiteSignal(period=1.0, high=5.0, rms=0.5)", new WhiteSignal(1, 5).toString());
    }
}
