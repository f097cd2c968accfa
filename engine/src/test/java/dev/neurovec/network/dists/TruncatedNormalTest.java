package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(10)
class TruncatedNormalTest {

    @Test
    void shouldRedrawOutliersInCOrderWhenBeyondTheLimit() {
        final double[][] s = new TruncatedNormal(1.0, 2.0, 1.5).sample(20, 3, new RandomState(6));
        final RandomState rng = new RandomState(6);
        final double[][] expected = new double[20][3];
        for (final double[] row : expected) {
            for (int j = 0; j < 3; j++) {
                row[j] = rng.normal(1.0, 2.0);
            }
        }
        boolean any = true;
        int passes = 0;
        while (any) {
            any = false;
            final boolean[][] out = new boolean[20][3];
            for (int i = 0; i < 20; i++) {
                for (int j = 0; j < 3; j++) {
                    out[i][j] = Math.abs(expected[i][j] - 1.0) > 1.5;
                    any |= out[i][j];
                }
            }
            for (int i = 0; i < 20; i++) {
                for (int j = 0; j < 3; j++) {
                    if (out[i][j]) {
                        expected[i][j] = rng.normal(1.0, 2.0);
                    }
                }
            }
            passes++;
        }
        assertTrue(passes > 2, "the case must exercise repeated passes");
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], s[i][j], 0.0);
                assertTrue(Math.abs(s[i][j] - 1.0) <= 1.5);
            }
        }
    }

    @Test
    void shouldHaveTheTruncatedVarianceWhenCutAtTwoSigma() {
        final double[] s = new TruncatedNormal(0, 1).sample(200_000, new RandomState(10));
        double var = 0;
        for (final double v : s) {
            assertTrue(Math.abs(v) <= 2.0);
            var += v * v;
        }
        var /= s.length;
        // Var of N(0,1) cut at +-2 = 1 - 2*2*phi(2)/(Phi(2)-Phi(-2)); the mass by Simpson's rule.
        final double phi2 = Math.exp(-2) / Math.sqrt(2 * Math.PI);
        final int m = 2000;
        double mass = 0;
        for (int k = 0; k <= m; k++) {
            final double x = -2 + 4.0 * k / m;
            final double w = k == 0 || k == m ? 1 : (k % 2 == 1 ? 4 : 2);
            mass += w * Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
        }
        mass *= 4.0 / m / 3;
        final double expected = 1 - 4 * phi2 / mass;
        // Standard error of the second moment: about 0.5/sqrt(2e5) = 0.0011; 5 sigma.
        assertEquals(expected, var, 0.006);
    }

    @Test
    void shouldDrawTheSameRowWhenSampledInto() {
        final TruncatedNormal t = new TruncatedNormal(0, 1, 0.5);
        final RandomState a = new RandomState(32);
        final RandomState b = new RandomState(32);
        final double[] row = new double[7];
        for (int k = 0; k < 10; k++) {
            t.sampleInto(row, a);
            assertArrayEquals(t.sample(1, 7, b)[0], row, 0.0);
        }
    }

    @Test
    void shouldRejectNonPositiveLimitWhenConstructed() {
        assertEquals("TruncatedNormal: limit = 0.0; expected limit > 0",
            assertThrows(ValidationError.class, () -> new TruncatedNormal(0, 0)).getMessage());
    }
}
