package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UniformHypersphereTest {

    private static double norm(final double[] v) {
        double s = 0;
        for (final double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    @Test
    void shouldNormaliseSequentialNormalsWhenOnSurface() {
        final double[][] s = new UniformHypersphere(true).sample(20, 5, new RandomState(13));
        final RandomState expected = new RandomState(13);
        for (final double[] row : s) {
            final double[] g = new double[5];
            for (int j = 0; j < 5; j++) {
                g[j] = expected.standardNormal();
            }
            final double n = norm(g);
            for (int j = 0; j < 5; j++) {
                assertEquals(g[j] / n, row[j], 1e-15);
            }
            assertEquals(1.0, norm(row), 1e-14);
        }
    }

    @Test
    void shouldSpreadRadiiUniformlyInVolumeWhenNotOnSurface() {
        final int n = 20_000;
        final int d = 3;
        final double min = 0.3;
        final double[][] s = new UniformHypersphere(false, min).sample(n, d, new RandomState(17));
        final double[] cdfValues = new double[n];
        for (int i = 0; i < n; i++) {
            final double r = norm(s[i]);
            assertTrue(r >= min - 1e-12 && r <= 1.0 + 1e-12, "radius " + r);
            // In a ball, P(|x| <= r) = (r^d - min^d) / (1 - min^d): these values must be uniform on [0, 1].
            cdfValues[i] = (Math.pow(r, d) - Math.pow(min, d)) / (1 - Math.pow(min, d));
        }
        Arrays.sort(cdfValues);
        double ks = 0;
        for (int i = 0; i < n; i++) {
            ks = Math.max(ks, Math.abs(cdfValues[i] - (i + 0.5) / n));
        }
        // Kolmogorov-Smirnov critical value at alpha = 0.001 is 1.95 / sqrt(n) = 0.0138.
        assertTrue(ks < 0.0138, "KS distance " + ks);
    }

    @Test
    void shouldRejectMinMagnitudeOutsideUnitIntervalWhenConstructed() {
        final ValidationError e =
            assertThrows(ValidationError.class, () -> new UniformHypersphere(false, 1.0));
        assertEquals("UniformHypersphere: minMagnitude = 1.0; expected 0 <= minMagnitude < 1", e.getMessage());
        assertEquals("UniformHypersphere(surface=True)", Dists.uniformHypersphere(true).toString());
        assertEquals("UniformHypersphere(min_magnitude=0.5)", Dists.uniformHypersphere(false, 0.5).toString());
    }
}
