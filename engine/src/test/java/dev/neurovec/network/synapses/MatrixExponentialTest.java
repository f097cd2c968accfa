package dev.neurovec.network.synapses;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MatrixExponentialTest {

    @Test
    void shouldExponentiateTheDiagonalWhenDiagonal() {
        final double[][] e = MatrixExponential.expm(new double[][] {{-3, 0, 0}, {0, 0.5, 0}, {0, 0, 12}});
        // Relative accuracy of scaling and squaring: the Padé denominator's alternating sum loses a few
        // digits at the scaled norm, and each squaring doubles the relative error.
        assertEquals(Math.exp(-3), e[0][0], 1e-15 * Math.exp(-3));
        assertEquals(Math.exp(0.5), e[1][1], 1e-15 * Math.exp(0.5));
        assertEquals(Math.exp(12), e[2][2], 2e-14 * Math.exp(12));
        assertEquals(0.0, e[0][2], 0.0);
    }

    @Test
    void shouldTruncateTheSeriesWhenNilpotent() {
        // N^3 = 0, so e^N = I + N + N^2/2 exactly.
        final double[][] e = MatrixExponential.expm(new double[][] {{0, 2, 3}, {0, 0, 4}, {0, 0, 0}});
        assertArrayEquals(new double[] {1, 2, 3 + 2 * 4 / 2.0}, e[0], 1e-14);
        assertArrayEquals(new double[] {0, 1, 4}, e[1], 1e-14);
        assertArrayEquals(new double[] {0, 0, 1}, e[2], 0.0);
    }

    @Test
    void shouldRotateWhenSkewSymmetric() {
        final double theta = 7.3;
        final double[][] e = MatrixExponential.expm(new double[][] {{0, -theta}, {theta, 0}});
        assertArrayEquals(new double[] {Math.cos(theta), -Math.sin(theta)}, e[0], 1e-14);
        assertArrayEquals(new double[] {Math.sin(theta), Math.cos(theta)}, e[1], 1e-14);
    }

    @Test
    void shouldHoldALowpassInputWhenTheNormIsLargeAndScalingIsNeeded() {
        // [[-x, x], [0, 0]] -> [[e^-x, 1 - e^-x], [0, 1]]: the zero-order hold of a lowpass with dt/tau = x.
        for (final double x : new double[] {1e-3, 0.2, 2, 40, 1000}) {
            final double[][] e = MatrixExponential.expm(new double[][] {{-x, x}, {0, 0}});
            assertEquals(Math.exp(-x), e[0][0], 1e-13 * Math.exp(-x), "x = " + x);
            assertEquals(-Math.expm1(-x), e[0][1], 1e-15, "x = " + x);
            assertArrayEquals(new double[] {0, 1}, e[1], 0.0);
        }
    }
}
