package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExponentialTest {

    @Test
    void shouldScaleAndShiftStandardExponentialDrawsWhenSampled() {
        final double[][] s = new Exponential(0.5, 2.0, Double.POSITIVE_INFINITY).sample(4, 2, new RandomState(3));
        final RandomState expected = new RandomState(3);
        for (final double[] row : s) {
            for (final double v : row) {
                assertEquals(0.5 * expected.standardExponential() + 2.0, v, 0.0);
            }
        }
    }

    @Test
    void shouldClipStrictlyBelowHighWhenDrawsExceedIt() {
        final double[] s = new Exponential(1.0, 0.0, 0.1).sample(1000, new RandomState(4));
        int clipped = 0;
        for (final double v : s) {
            assertTrue(v >= 0 && v < 0.1, "sample " + v);
            if (v == Math.nextDown(0.1)) {
                clipped++;
            }
        }
        // P(E >= 0.1) = exp(-0.1) = 0.905, so about 905 of 1000 draws are clipped.
        assertEquals(905, clipped, 50);
    }

    @Test
    void shouldHaveMeanScalePlusShiftWhenUnclipped() {
        final double[] s = Dists.exponential(2.0).sample(200_000, new RandomState(8));
        double mean = 0;
        for (final double v : s) {
            mean += v;
        }
        // Standard error 2/sqrt(2e5) = 0.0045; 5 sigma.
        assertEquals(2.0, mean / s.length, 0.023);
    }

    @Test
    void shouldDrawTheSameValuesIntoARowWhenSampledInto() {
        final double[] row = new double[3];
        new Exponential(1.0).sampleInto(row, new RandomState(12));
        assertArrayEquals(new Exponential(1.0).sample(1, 3, new RandomState(12))[0], row, 0.0);
    }

    @Test
    void shouldRejectHighAtOrBelowShiftWhenConstructed() {
        final ValidationError e =
            assertThrows(ValidationError.class, () -> new Exponential(1.0, 1.0, 0.5));
        assertEquals("Exponential: shift = 1.0, high = 0.5; expected shift < high", e.getMessage());
        assertEquals("Exponential(scale=1.0, high=0.5)", new Exponential(1.0, 0.0, 0.5).toString());
    }
}
