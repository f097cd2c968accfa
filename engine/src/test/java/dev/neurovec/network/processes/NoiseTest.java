package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.Gaussian;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.dists.Uniform;
import dev.neurovec.network.synapses.Lowpass;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NoiseTest {

    private static double[][] run(final Process p, final int d, final int steps, final double dt, final long seed) {
        final double[][] state = p.makeState(0, d, dt).values().toArray(new double[0][]);
        final ProcessStep step = p.makeStep(0, d, dt, new RandomState(seed), state);
        final double[][] y = new double[steps][d];
        for (int k = 0; k < steps; k++) {
            step.step((k + 1) * dt, null, y[k]);
        }
        return y;
    }

    @Test
    void shouldScaleEachDrawByInverseRootDtWhenWhiteNoiseIsScaled() {
        final double dt = 0.0005;
        final double[][] y = run(new WhiteNoise(), 3, 10, dt, 12);
        final RandomState rng = new RandomState(12);
        for (final double[] row : y) {
            for (final double v : row) {
                assertEquals(rng.standardNormal() / Math.sqrt(dt), v, 1e-12);
            }
        }
        final double[][] raw = run(new WhiteNoise(new Uniform(2, 3), false, null), 2, 5, dt, 12);
        final RandomState r2 = new RandomState(12);
        assertEquals(r2.uniform(2, 3), raw[0][0], 0.0);
        assertEquals(r2.uniform(2, 3), raw[0][1], 0.0);
    }

    @Test
    void shouldHaveVarianceOneOverDtWhenWhiteNoiseIsScaled() {
        for (final double dt : new double[] {0.001, 0.0001}) {
            final double[][] y = run(new WhiteNoise(), 4, 25_000, dt, 13);
            double sum = 0;
            double sq = 0;
            for (final double[] row : y) {
                for (final double v : row) {
                    sum += v;
                    sq += v * v;
                }
            }
            final int count = 100_000;
            // Relative sd of a variance estimate from 1e5 normals: sqrt(2e-5) = 0.45 %; allow 5 sd.
            assertEquals(1 / dt, sq / count, 0.0225 / dt, "dt = " + dt);
            assertEquals(0.0, sum / count, 5 / Math.sqrt(count * dt), "dt = " + dt);
        }
    }

    @Test
    void shouldFilterTheScaledDrawsWhenFilteredNoise() {
        final double dt = 0.001;
        final Lowpass lp = new Lowpass(0.01);
        final double[][] y = run(new FilteredNoise(lp, new Gaussian(0, 2), true, null), 2, 40, dt, 14);
        final RandomState rng = new RandomState(14);
        final double[][] noise = new double[40][2];
        for (final double[] row : noise) {
            row[0] = rng.normal(0, 2) / Math.sqrt(dt);
            row[1] = rng.normal(0, 2) / Math.sqrt(dt);
        }
        final double[][] expected = lp.filt(noise, dt);
        for (int k = 0; k < 40; k++) {
            assertEquals(expected[k][0], y[k][0], 1e-12);
            assertEquals(expected[k][1], y[k][1], 1e-12);
        }
    }

    @Test
    void shouldHaveDtIndependentStationaryVarianceWhenLowpassFiltered() {
        // Scaled unit noise through y = a y + (1 - a) u has variance (1/dt)(1 - a)/(1 + a) -> 1/(2 tau).
        final double tau = 0.005;
        for (final double dt : new double[] {0.001, 0.0002}) {
            final double[][] y = run(new FilteredNoise(new Lowpass(tau), new Gaussian(0, 1), true, null), 20,
                4000, dt, 15);
            double sq = 0;
            int count = 0;
            for (int k = 500; k < y.length; k++) {
                for (final double v : y[k]) {
                    sq += v * v;
                    count++;
                }
            }
            final double a = Math.exp(-dt / tau);
            final double expected = (1 / dt) * (1 - a) / (1 + a);
            assertEquals(expected, sq / count, 0.06 * expected, "dt = " + dt);
            // ... and the closed form is within 0.5 % of the continuous-time 1/(2 tau) at both steps.
            assertEquals(1 / (2 * tau), expected, 0.005 / (2 * tau), "dt = " + dt);
        }
    }

    @Test
    void shouldAccumulateRootDtIncrementsWhenBrownNoise() {
        final double dt = 0.001;
        final double[][] y = run(new BrownNoise(), 2, 30, dt, 16);
        final RandomState rng = new RandomState(16);
        final double[] x = new double[2];
        for (int k = 0; k < 30; k++) {
            for (int i = 0; i < 2; i++) {
                x[i] += dt * (rng.standardNormal() / Math.sqrt(dt));
                assertEquals(x[i], y[k][i], 1e-13, "step " + k);
            }
        }
    }

    @Test
    void shouldGrowVarianceLinearlyInTimeWhenBrownNoise() {
        final double[][] y = run(new BrownNoise(), 2000, 500, 0.002, 17);
        double sq = 0;
        for (final double v : y[499]) {
            sq += v * v;
        }
        // After t = 1 s the variance is 1; from 2000 paths its relative sd is sqrt(2/2000) = 3.2 %; 4 sd.
        assertEquals(1.0, sq / 2000, 0.13);
    }

    @Test
    void shouldRejectInputsOrMissingStreamsWhenMadeStep() {
        assertEquals("WhiteNoise(Gaussian(mean=0.0, std=1.0), scale=True): sizeIn = 1; expected 0 (no input)",
            assertThrows(ValidationError.class,
                () -> new WhiteNoise().makeStep(1, 1, 0.001, new RandomState(0), new double[0][])).getMessage());
        assertEquals("BrownNoise(Gaussian(mean=0.0, std=1.0))", new BrownNoise().toString());
        assertThrows(ValidationError.class,
            () -> new FilteredNoise().makeStep(0, 1, 0.001, null, new double[][] {new double[1]}));
    }
}
