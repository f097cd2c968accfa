package dev.neurovec.network.dists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Timeout(10)
class BetaQuantileGridTest {

    @Test
    void shouldAgreeWithTheColdInverseToAnUlpWhenSeededFromTheGrid() {
        final RandomState rng = new RandomState(19);
        for (final int q : new int[] {1, 2, 5, 16, 63}) {
            final BetaQuantileGrid grid = new BetaQuantileGrid(q / 2.0, 0.5);
            for (int i = 0; i < 300; i++) {
                final double p = i < 3 ? new double[] {0.0, 1.0, 0.5}[i] : rng.randomSample();
                final double cold = IncompleteBeta.inverse(q / 2.0, 0.5, p);
                // Both polish to the x whose computed I_x is closest to p; I_x is good to ~1e-15, which
                // leaves x undecided by that over the density (many ulps where the density is below 1).
                final double a = q / 2.0;
                final double pdf = cold <= 0 || cold >= 1 ? Double.POSITIVE_INFINITY
                    : Math.exp((a - 1) * Math.log(cold) - 0.5 * Math.log1p(-cold) - IncompleteBeta.logBeta(a, 0.5));
                assertEquals(cold, grid.inverse(p), 8 * Math.ulp(cold) + 2e-15 / pdf, "q = " + q + ", p = " + p);
            }
        }
    }

    @Test
    void shouldMatchTheDirectTransformWhenManyPointsAreSampled() {
        final int n = 600;
        final int d = 5;
        final double[][] s = new ScatteredHypersphere(true).sample(n, d, new RandomState(23));
        final RandomState rng = new RandomState(23);
        final double[][] cube = new QuasirandomSequence().sample(n, d - 1, rng);
        final double[][] rot = ScatteredHypersphere.randomOrthogonal(d, rng);
        for (int i = 0; i < n; i += 37) {
            final double[] m = ScatteredHypersphere.sphericalTransform(cube[i], d - 1);
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int k = 0; k < d; k++) {
                    v += m[k] * rot[k][j];
                }
                assertEquals(v, s[i][j], 1e-13, "point " + i);
            }
        }
    }
}
