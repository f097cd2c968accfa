package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChoiceTest {

    /** numpy's searchsorted(cdf, u, side="left"), written as a linear scan to be independent of the binary search. */
    private static int firstAtLeast(final double[] cdf, final double u) {
        int i = 0;
        while (i < cdf.length && cdf[i] < u) {
            i++;
        }
        return i;
    }

    @Test
    void shouldPickByOneUniformDrawPerSampleWhenUnweighted() {
        final double[][] s = new Choice(10.0, 20.0, 30.0).sample(200, 1, new RandomState(21));
        final RandomState expected = new RandomState(21);
        final double[] cdf = {1.0 / 3, 1.0 / 3 + 1.0 / 3, 1.0 / 3 + 1.0 / 3 + 1.0 / 3};
        for (final double[] row : s) {
            assertEquals(10.0 * (firstAtLeast(cdf, expected.randomSample()) + 1), row[0], 0.0);
        }
    }

    @Test
    void shouldPickVectorsByWeightedCdfWhenWeighted() {
        final double[][] options = {{1, 0}, {0, 1}, {-1, -1}};
        final double[] weights = {1, 0, 3};
        final double[][] s = new Choice(options, weights).sample(300, 2, new RandomState(2));
        final RandomState expected = new RandomState(2);
        final double[] cdf = {0.25, 0.25, 1.0};
        int counts0 = 0;
        for (final double[] row : s) {
            final int i = firstAtLeast(cdf, expected.randomSample());
            assertArrayEquals(options[i], row, 0.0);
            if (i == 0) {
                counts0++;
            }
        }
        // Binomial(300, 0.25): mean 75, sd 7.5.
        assertEquals(75, counts0, 30);
    }

    @Test
    void shouldNeverPickAZeroWeightOptionWhenDrawsArePositive() {
        final double[][] s = new Choice(new double[][] {{1}, {2}, {3}}, new double[] {1, 0, 1})
            .sample(5000, 1, new RandomState(77));
        for (final double[] row : s) {
            assertEquals(true, row[0] != 2.0);
        }
    }

    @Test
    void shouldDrawTheSameOptionIntoARowWhenSampledInto() {
        final Choice c = new Choice(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new double[] {1, 2, 3});
        final RandomState a = new RandomState(31);
        final RandomState b = new RandomState(31);
        final double[] row = new double[2];
        for (int k = 0; k < 20; k++) {
            c.sampleInto(row, a);
            assertArrayEquals(c.sample(1, 2, b)[0], row, 0.0);
        }
    }

    @Test
    void shouldReturnCopiesWhenSampled() {
        final Choice c = new Choice(new double[][] {{1, 2}}, null);
        final double[][] s = c.sample(2, 2, new RandomState(0));
        s[0][0] = 99;
        assertEquals(1.0, c.sample(1, 2, new RandomState(0))[0][0], 0.0);
        assertEquals(1.0, s[1][0], 0.0);
    }

    @Test
    void shouldRejectWrongDimensionalityWhenSampled() {
        final ValidationError e = assertThrows(ValidationError.class,
            () -> Dists.choice(1, 2).sample(3, 2, new RandomState(0)));
        assertEquals("Choice(options=[[1.0], [2.0]]): d = 2; expected the options' dimensionality 1", e.getMessage());
    }

    @Test
    void shouldRejectBadWeightsWhenConstructed() {
        final double[][] o = {{1}, {2}};
        assertEquals("Choice: weights has 3 elements; expected one per option (2)",
            assertThrows(ValidationError.class, () -> new Choice(o, new double[] {1, 1, 1})).getMessage());
        assertEquals("Choice: weights[1] = -1.0; expected a finite value >= 0",
            assertThrows(ValidationError.class, () -> new Choice(o, new double[] {1, -1})).getMessage());
        assertEquals("Choice: sum(weights) = 0.0; expected > 0",
            assertThrows(ValidationError.class, () -> new Choice(o, new double[] {0, 0})).getMessage());
        assertEquals("Choice: options is empty; expected at least one option",
            assertThrows(ValidationError.class, () -> new Choice()).getMessage());
    }
}
