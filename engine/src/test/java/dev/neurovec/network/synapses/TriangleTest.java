package dev.neurovec.network.synapses;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TriangleTest {
    private static final double DT = 0.001;

    @Test
    void shouldRespondToAnImpulseWithTheNormalisedTriangleWhenFiltering() {
        final int n = new Triangle(0.004).taps(DT);
        assertEquals(5, n);
        final double[][] x = new double[8][1];
        x[0][0] = 1;
        final double[][] y = new Triangle(0.004).filt(x, DT);
        // Coefficients n, n-1, ..., 1 over their sum 15, then exactly zero.
        final double[] expected = {5 / 15.0, 4 / 15.0, 3 / 15.0, 2 / 15.0, 1 / 15.0, 0, 0, 0};
        for (int k = 0; k < 8; k++) {
            assertEquals(expected[k], y[k][0], 1e-16, "sample " + k);
        }
    }

    @Test
    void shouldSettleAtTheInputWhenTheStepHasPassedAllTaps() {
        final double[][] x = new double[20][2];
        for (final double[] row : x) {
            row[0] = 1;
            row[1] = -3;
        }
        final double[][] y = new Triangle(0.01).filt(x, DT);
        assertEquals(1.0, y[19][0], 1e-15);
        assertEquals(-3.0, y[19][1], 1e-14);
        assertEquals(11 / 66.0, y[0][0], 1e-16);
    }

    @Test
    void shouldPassTheInputThroughWhenLengthIsZero() {
        final double[][] x = {{0.5}, {-1}, {2}};
        final double[][] y = new Triangle(0).filt(x, DT);
        assertArrayEquals(new double[] {-1}, y[1], 0.0);
        assertArrayEquals(new double[] {2}, y[2], 0.0);
    }

    @Test
    void shouldRoundHalfTapsToEvenWhenCountingTaps() {
        // t/dt = 2.5 rounds to 2 (numpy's round-half-even), so 3 taps.
        assertEquals(3, new Triangle(0.0025).taps(DT));
        final Map<String, double[]> state = new Triangle(0.0025).makeState(2, 2, DT);
        assertArrayEquals(new String[] {"Y", "X", "Xi"}, state.keySet().toArray(new String[0]));
        assertEquals(6, state.get("X").length);
    }

    @Test
    void shouldValidateAndDescribeItselfWhenConstructed() {
        assertEquals("Triangle: t = -1.0; expected t >= 0",
            assertThrows(ValidationError.class, () -> new Triangle(-1)).getMessage());
        assertEquals("Triangle(t=0.01)", new Triangle(0.01).toString());
        assertEquals(new Triangle(0.01), new Triangle(0.01));
    }
}
