package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SamplesTest {

    @Test
    void shouldReturnACopyWithoutDrawingWhenShapesMatch() {
        final double[][] data = {{1, 2}, {3, 4}, {5, 6}};
        final Samples s = new Samples(data);
        final RandomState rng = new RandomState(1);
        final double[][] out = s.sample(3, 2, rng);
        assertArrayEquals(data[2], out[2], 0.0);
        out[0][0] = 42;
        data[1][1] = 42;
        assertEquals(1.0, s.sample(3, 2, rng)[0][0], 0.0);
        assertEquals(4.0, s.sample(3, 2, rng)[1][1], 0.0);
        // Nothing was drawn: the stream is where a fresh one starts.
        assertEquals(new RandomState(1).randomSample(), rng.randomSample(), 0.0);
    }

    @Test
    void shouldRejectMismatchedShapesWhenSampled() {
        final Samples s = Dists.samples(new double[][] {{1, 2}, {3, 4}});
        assertEquals("Samples: n = 3; expected the number of samples 2",
            assertThrows(ValidationError.class, () -> s.sample(3, 2, new RandomState(0))).getMessage());
        assertEquals("Samples: d = 1; expected the sample dimensionality 2",
            assertThrows(ValidationError.class, () -> s.sample(2, 1, new RandomState(0))).getMessage());
        assertEquals("Samples: samples[1] has 1 elements; expected 2 like samples[0]",
            assertThrows(ValidationError.class, () -> new Samples(new double[][] {{1, 2}, {3}}))
                .getMessage());
    }
}
