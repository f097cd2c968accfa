package dev.neurovec.network.dists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(10)
class QuasirandomSequenceTest {

    @Test
    void shouldSolveForTheGeneralisedGoldenRatioWhenPhiIsComputed() {
        assertEquals((1 + Math.sqrt(5)) / 2, QuasirandomSequence.phi(1), 1e-15);
        // The plastic number, the real root of x^3 = x + 1, in closed form (Cardano).
        final double plastic = Math.cbrt((9 + Math.sqrt(69)) / 18) + Math.cbrt((9 - Math.sqrt(69)) / 18);
        assertEquals(plastic, QuasirandomSequence.phi(2), 1e-15);
        final double p7 = QuasirandomSequence.phi(7);
        assertEquals(p7 + 1, Math.pow(p7, 8), 1e-13);
    }

    @Test
    void shouldTileTheIntervalEvenlyWhenOneDimensional() {
        final int n = 16;
        final double[][] z = new QuasirandomSequence().sample(n, 1, new RandomState(4));
        final double offset = new RandomState(4).randomSample();
        final double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = z[i][0];
        }
        Arrays.sort(sorted);
        for (int i = 1; i < n; i++) {
            assertEquals(1.0 / n, sorted[i] - sorted[i - 1], 1e-14, "gap " + i);
        }
        assertEquals(offset % (1.0 / n), sorted[0], 1e-14);
    }

    @Test
    void shouldShuffleTheRdSequenceRowsWhenMultidimensional() {
        final int n = 50;
        final int d = 3;
        final double[][] z = new QuasirandomSequence().sample(n, d, new RandomState(9));
        final RandomState rng = new RandomState(9);
        final double[] seed = {rng.randomSample(), rng.randomSample(), rng.randomSample()};
        final double g = QuasirandomSequence.phi(d);
        final double[][] expected = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                expected[i][j] = (seed[j] + (i + 1) * Math.pow(g, -(j + 1))) % 1.0;
            }
        }
        final int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        rng.shuffle(perm);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(expected[perm[i]], z[i], 1e-12, "row " + i);
        }
        final double[][] unshuffled = z.clone();
        Arrays.sort(unshuffled, Comparator.comparingDouble(r -> r[0]));
        assertTrue(!Arrays.deepEquals(unshuffled, z), "rows were not shuffled");
    }

    @Test
    void shouldHaveLowerDiscrepancyThanPseudorandomPointsWhenCoveringTheSquare() {
        final int n = 1000;
        final double[][] q = new QuasirandomSequence().sample(n, 2, new RandomState(1));
        final double[][] u = new Uniform(0, 1).sample(n, 2, new RandomState(1));
        final double dq = boxDiscrepancy(q);
        final double du = boxDiscrepancy(u);
        // R2 has discrepancy O(log n / n) (about 0.005 here); pseudorandom points O(1/sqrt n) (about 0.03).
        assertTrue(dq < 0.01, "quasirandom discrepancy " + dq);
        assertTrue(dq < du / 2, "quasirandom " + dq + " vs pseudorandom " + du);
    }

    /** Largest |fraction of points in [0,a) x [0,b) - a b| over a 20 x 20 grid of anchored boxes. */
    private static double boxDiscrepancy(final double[][] pts) {
        double worst = 0;
        for (int ai = 1; ai <= 20; ai++) {
            for (int bi = 1; bi <= 20; bi++) {
                final double a = ai / 20.0;
                final double b = bi / 20.0;
                int in = 0;
                for (final double[] p : pts) {
                    if (p[0] < a && p[1] < b) {
                        in++;
                    }
                }
                worst = Math.max(worst, Math.abs((double) in / pts.length - a * b));
            }
        }
        return worst;
    }
}
