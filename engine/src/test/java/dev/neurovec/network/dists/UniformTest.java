package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UniformTest {

    @Test
    void shouldDrawSequentialUniformsInCOrderWhenSampled() {
        final double[][] s = new Uniform(-1.0, 0.9).sample(7, 3, new RandomState(42));
        final RandomState expected = new RandomState(42);
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected.uniform(-1.0, 0.9), s[i][j], 0.0, "element " + i + "," + j);
            }
        }
    }

    @Test
    void shouldDrawSequentialRandintsWhenInteger() {
        final double[][] s = new Uniform(-3, 5, true).sample(50, 2, new RandomState(7));
        final RandomState expected = new RandomState(7);
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(expected.randint(-3, 5), s[i][j], 0.0);
                assertTrue(s[i][j] >= -3 && s[i][j] < 5);
            }
        }
    }

    @Test
    void shouldDrawTheSameValuesIntoARowWhenSampledInto() {
        final double[] row = new double[4];
        new Uniform(2, 3).sampleInto(row, new RandomState(3));
        assertArrayEquals(new Uniform(2, 3).sample(1, 4, new RandomState(3))[0], row, 0.0);
    }

    @Test
    void shouldHaveUniformMomentsWhenManySamplesAreDrawn() {
        final double[] s = new Uniform(2.0, 6.0).sample(200_000, new RandomState(1));
        double mean = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (final double v : s) {
            mean += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        mean /= s.length;
        double var = 0;
        for (final double v : s) {
            var += (v - mean) * (v - mean);
        }
        var /= s.length;
        // Standard error of the mean: sqrt(16/12 / 2e5) = 0.0026; 5 sigma.
        assertEquals(4.0, mean, 0.013);
        assertEquals(16.0 / 12.0, var, 0.01);
        assertTrue(min >= 2.0 && max < 6.0);
    }

    @Test
    void shouldRejectReversedBoundsWhenConstructed() {
        final ValidationError e = assertThrows(ValidationError.class, () -> new Uniform(2.0, 1.0));
        assertEquals("Uniform: low = 2.0, high = 1.0; expected low <= high", e.getMessage());
    }

    @Test
    void shouldRejectFractionalBoundsWhenInteger() {
        final ValidationError e =
            assertThrows(ValidationError.class, () -> new Uniform(0.5, 3, true));
        assertEquals("Uniform: low = 0.5, high = 3.0; expected integer bounds with low < high when integer = true",
            e.getMessage());
    }

    @Test
    void shouldRejectNegativeCountWhenSampled() {
        final ValidationError e = assertThrows(ValidationError.class,
            () -> new Uniform(-1.0, 0.9).sample(-1, 1, new RandomState(0)));
        assertEquals("Uniform(low=-1.0, high=0.9): n = -1; expected >= 0", e.getMessage());
    }

    @Test
    void shouldCompareByValueWhenEqualsIsCalled() {
        assertEquals(new Uniform(-1, 1), Dists.uniform(-1, 1));
        assertEquals(new Uniform(-1, 1).hashCode(), Dists.uniform(-1, 1).hashCode());
        assertNotEquals(new Uniform(-1, 1), new Uniform(-1, 1, true));
        assertEquals("Uniform(low=0.0, high=4.0, integer=True)", new Uniform(0, 4, true).toString());
    }
}
