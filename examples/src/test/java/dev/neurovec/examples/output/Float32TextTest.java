package dev.neurovec.examples.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Float32TextTest {
    @Test
    void shouldPrintFloat32TimesAsTheTutorialShowsThem() {
        final String[] expected = {"0.001", "0.002", "0.003", "0.004", "0.00500000035", "0.006", "0.007", "0.008",
            "0.00900000054", "0.0100000007"};
        for (int k = 1; k <= 10; k++) {
            assertEquals(expected[k - 1], Float32Text.of((float) k * 0.001f), "step " + k);
        }
    }

    @Test
    void shouldPrintAMinibatchOfOneAsNumpyDoes() {
        final float[][] y = new float[10][2];
        for (int k = 0; k < 10; k++) {
            final float t = (float) (k + 1) * 0.001f;
            y[k][0] = t + 0.5f;
            y[k][1] = t + (float) -0.1;
        }
        assertEquals("[[[ 0.501 -0.099]\n  [ 0.502 -0.098]\n  [ 0.503 -0.097]\n  [ 0.504 -0.096]\n"
            + "  [ 0.505 -0.095]\n  [ 0.506 -0.094]\n  [ 0.507 -0.093]\n  [ 0.508 -0.092]\n  [ 0.509 -0.091]\n"
            + "  [ 0.51  -0.09 ]]]", Float32Text.batchOfOne(y));
        assertEquals("[[0.5 -0.1]]", Float32Text.of(new float[][] {{0.5f, -0.1f}}));
    }

    @Test
    void shouldKeepShortestDigitsToEightDecimals() {
        assertEquals("0.1", Float32Text.shortest(0.1f));
        assertEquals("-0.098", Float32Text.shortest(-0.1f + 0.002f));
        assertEquals("1234.5", Float32Text.shortest(1234.5f));
        assertEquals("0", Float32Text.shortest(1e-9f));
        assertEquals("-0", Float32Text.of(-0f));
        assertEquals("NaN", Float32Text.of(Float.NaN));
    }
}
