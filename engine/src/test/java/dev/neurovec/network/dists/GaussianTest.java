package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GaussianTest {

    @Test
    void shouldDrawSequentialNormalsInCOrderWhenSampled() {
        // An odd element count leaves a cached polar-method value; the next call must use it.
        final RandomState rng = new RandomState(5);
        final Gaussian g = new Gaussian(1.5, 0.25);
        final double[][] a = g.sample(3, 3, rng);
        final double[][] b = g.sample(2, 1, rng);
        final RandomState expected = new RandomState(5);
        for (final double[] row : a) {
            for (final double v : row) {
                assertEquals(expected.normal(1.5, 0.25), v, 0.0);
            }
        }
        assertEquals(expected.normal(1.5, 0.25), b[0][0], 0.0);
        assertEquals(expected.normal(1.5, 0.25), b[1][0], 0.0);
    }

    @Test
    void shouldDrawTheSameValuesIntoARowWhenSampledInto() {
        final double[] row = new double[5];
        new Gaussian(0, 2).sampleInto(row, new RandomState(9));
        assertArrayEquals(new Gaussian(0, 2).sample(1, 5, new RandomState(9))[0], row, 0.0);
    }

    @Test
    void shouldMatchMeanAndStdWhenManySamplesAreDrawn() {
        final double[] s = new Gaussian(-2.0, 3.0).sample(200_000, new RandomState(11));
        double mean = 0;
        for (final double v : s) {
            mean += v;
        }
        mean /= s.length;
        double var = 0;
        for (final double v : s) {
            var += (v - mean) * (v - mean);
        }
        final double std = Math.sqrt(var / s.length);
        // Standard errors: mean 3/sqrt(2e5) = 0.0067, std 3/sqrt(4e5) = 0.0047; 5 sigma.
        assertEquals(-2.0, mean, 0.034);
        assertEquals(3.0, std, 0.024);
    }

    @Test
    void shouldRejectNonPositiveStdWhenConstructed() {
        final ValidationError e = assertThrows(ValidationError.class, () -> new Gaussian(0, 0));
        assertEquals("Gaussian: std = 0.0; expected std > 0", e.getMessage());
        assertEquals("Gaussian(mean=0.0, std=1.0)", Dists.gaussian(0, 1).toString());
    }
}
