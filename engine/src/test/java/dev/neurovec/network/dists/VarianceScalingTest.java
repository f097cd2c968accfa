package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VarianceScalingTest {

    @Test
    void shouldDrawSymmetricUniformWithFanAverageLimitWhenGlorot() {
        final int n = 40;
        final int d = 60;
        final double[][] s = Dists.glorot().sample(n, d, new RandomState(14));
        final double limit = Math.sqrt(3.0 * 1.0 / ((n + d) / 2.0));
        final double[][] expected = new Uniform(-limit, limit).sample(n, d, new RandomState(14));
        for (int i = 0; i < n; i++) {
            assertArrayEquals(expected[i], s[i], 0.0);
        }
    }

    @Test
    void shouldDrawTruncatedNormalWithSquaredScaleOverFanInWhenHe() {
        final int n = 30;
        final int d = 8;
        final double[][] s = new He(Math.sqrt(2), VarianceScaling.Family.NORMAL).sample(n, d, new RandomState(15));
        final double stddev = Math.sqrt(Math.sqrt(2) * Math.sqrt(2) / d);
        final double[][] expected = new TruncatedNormal(0, stddev).sample(n, d, new RandomState(15));
        for (int i = 0; i < n; i++) {
            assertArrayEquals(expected[i], s[i], 0.0);
        }
    }

    @Test
    void shouldUseRowCountWhenFanOut() {
        final double[][] s = Dists.varianceScaling(2.0, VarianceScaling.Mode.FAN_OUT, VarianceScaling.Family.UNIFORM)
            .sample(50, 3, new RandomState(16));
        final double limit = Math.sqrt(3.0 * 2.0 / 50);
        final double[][] expected = new Uniform(-limit, limit).sample(50, 3, new RandomState(16));
        assertArrayEquals(expected[49], s[49], 0.0);
    }

    @Test
    void shouldHaveVarianceScaleOverFanWhenManySamplesAreDrawn() {
        final double[][] s = new VarianceScaling(1.0, VarianceScaling.Mode.FAN_IN, VarianceScaling.Family.UNIFORM)
            .sample(20_000, 10, new RandomState(17));
        double var = 0;
        for (final double[] row : s) {
            for (final double v : row) {
                var += v * v;
            }
        }
        // Var U(-l, l) = l^2/3 = 1/10; standard error 0.1*sqrt(0.8/2e5) = 2e-4.
        assertEquals(0.1, var / (20_000 * 10), 0.001);
    }

    @Test
    void shouldRejectZeroScaleWhenNormal() {
        assertEquals("VarianceScaling: scale = 0.0; expected scale > 0 for a normal distribution",
            assertThrows(ValidationError.class,
                () -> new VarianceScaling(0.0, VarianceScaling.Mode.FAN_AVG, VarianceScaling.Family.NORMAL))
                .getMessage());
        assertEquals("Glorot(scale=1.0, distribution='uniform')", Dists.glorot().toString());
        assertEquals("He(scale=1.0, distribution='normal')", Dists.he().toString());
        assertEquals(Dists.he(), new He());
        assertNotEquals(new Glorot(1.0, VarianceScaling.Family.UNIFORM),
            new VarianceScaling(1.0, VarianceScaling.Mode.FAN_AVG, VarianceScaling.Family.UNIFORM));
    }
}
