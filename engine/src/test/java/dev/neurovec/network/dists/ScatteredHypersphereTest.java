package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(10)
class ScatteredHypersphereTest {

    private static double norm(final double[] v) {
        double s = 0;
        for (final double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    @Test
    void shouldPlaceUnitVectorsWhenOnSurface() {
        for (final int d : new int[] {2, 3, 8, 32}) {
            final double[][] s = new ScatteredHypersphere(true).sample(200, d, new RandomState(d));
            for (final double[] row : s) {
                assertEquals(d, row.length);
                assertEquals(1.0, norm(row), 1e-12, "d = " + d);
            }
        }
    }

    @Test
    void shouldComposeBaseTransformAndRotationInDrawOrderWhenSampled() {
        final int n = 30;
        final int d = 4;
        final double[][] s = new ScatteredHypersphere(true).sample(n, d, new RandomState(31));
        final RandomState rng = new RandomState(31);
        final double[][] cube = new QuasirandomSequence().sample(n, d - 1, rng);
        final double[][] rot = ScatteredHypersphere.randomOrthogonal(d, rng);
        for (int i = 0; i < n; i++) {
            final double[] m = ScatteredHypersphere.sphericalTransform(cube[i], d - 1);
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int k = 0; k < d; k++) {
                    v += m[k] * rot[k][j];
                }
                assertEquals(v, s[i][j], 1e-15);
            }
        }
    }

    @Test
    void shouldReturnAnOrthogonalPolarFactorWhenRotationIsDrawn() {
        final int d = 6;
        final double[][] q = ScatteredHypersphere.randomOrthogonal(d, new RandomState(3));
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += q[i][k] * q[j][k];
                }
                assertEquals(i == j ? 1.0 : 0.0, dot, 1e-13);
            }
        }
        // The polar factor Q of M satisfies Q^T M = (M^T M)^(1/2), which is symmetric.
        final RandomState rng = new RandomState(3);
        final double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m[i][j] = rng.standardNormal();
            }
        }
        final double[][] p = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    p[i][j] += q[k][i] * m[k][j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                assertEquals(p[i][j], p[j][i], 1e-12);
            }
            assertTrue(p[i][i] > 0, "diagonal of (M^T M)^(1/2) is positive");
        }
    }

    @Test
    void shouldMapTheCubeUniformlyWhenAnglesAreInverted() {
        // On S^2 (k = 2) the first coordinate x0 = cos(pi theta0) is uniform on [-1, 1] (Archimedes), so
        // x0 = 1 - 2y for cube coordinate y; the second angle is a plain turn, theta = y.
        for (final double y : new double[] {0.05, 0.3, 0.5, 0.8}) {
            assertEquals(1 - 2 * y, Math.cos(Math.PI * ScatteredHypersphere.coordinateQuantile(2, y)), 1e-14);
            assertEquals(y, ScatteredHypersphere.coordinateQuantile(1, y), 1e-15);
        }
        final double[] x = ScatteredHypersphere.sphericalTransform(new double[] {0.25, 0.125}, 2);
        final double s = Math.sqrt(1 - 0.25);
        assertArrayEquals(new double[] {0.5, s * Math.cos(Math.PI / 4), s * Math.sin(Math.PI / 4)}, x, 1e-14);
    }

    @Test
    void shouldFillTheBallWithUniformRadiiWhenInVolume() {
        final int n = 2000;
        final int d = 3;
        final double min = 0.2;
        final double[][] s = new ScatteredHypersphere(false, min, new QuasirandomSequence()).sample(n, d,
            new RandomState(8));
        final double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            final double r = norm(s[i]);
            assertTrue(r >= min - 1e-12 && r < 1 + 1e-12, "radius " + r);
            u[i] = (Math.pow(r, d) - Math.pow(min, d)) / (1 - Math.pow(min, d));
        }
        Arrays.sort(u);
        double ks = 0;
        for (int i = 0; i < n; i++) {
            ks = Math.max(ks, Math.abs(u[i] - (i + 0.5) / n));
        }
        // Quasirandom radii are evenly spread: far below the pseudorandom KS scale 1/sqrt(n) = 0.022.
        assertTrue(ks < 0.002, "KS distance " + ks);
    }

    @Test
    void shouldBeIsotropicWithSmallerErrorThanPseudorandomWhenOnSurface() {
        final int n = 1000;
        for (final int d : new int[] {3, 8}) {
            final double eq = isotropyError(new ScatteredHypersphere(true).sample(n, d, new RandomState(12)));
            final double eu = isotropyError(new UniformHypersphere(true).sample(n, d, new RandomState(12)));
            // E[x] = 0 and E[x x^T] = I/d on the sphere; pseudorandom points miss by ~1/sqrt(n) = 0.03.
            assertTrue(eq < 0.005, "d = " + d + ": scattered isotropy error " + eq);
            assertTrue(eq < eu / 2, "d = " + d + ": scattered " + eq + " vs uniform " + eu);
        }
    }

    private static double isotropyError(final double[][] s) {
        final int d = s[0].length;
        double worst = 0;
        for (int a = 0; a < d; a++) {
            double mean = 0;
            for (final double[] row : s) {
                mean += row[a];
            }
            worst = Math.max(worst, Math.abs(mean / s.length));
            for (int b = 0; b < d; b++) {
                double m2 = 0;
                for (final double[] row : s) {
                    m2 += row[a] * row[b];
                }
                worst = Math.max(worst, Math.abs(m2 / s.length - (a == b ? 1.0 / d : 0.0)));
            }
        }
        return worst;
    }

    @Test
    void shouldReturnSignsOrSignedMagnitudesWhenOneDimensional() {
        final double[][] signs = new ScatteredHypersphere(true).sample(10, 1, new RandomState(2));
        int plus = 0;
        for (final double[] row : signs) {
            assertEquals(1.0, Math.abs(row[0]), 0.0);
            plus += row[0] > 0 ? 1 : 0;
        }
        // Evenly tiled base points: exactly half lie above 1/2.
        assertEquals(5, plus);
        final double[][] line = new ScatteredHypersphere(false, 0.4, new QuasirandomSequence()).sample(11, 1,
            new RandomState(2));
        int positives = 0;
        for (final double[] row : line) {
            assertTrue(Math.abs(row[0]) >= 0.4 && Math.abs(row[0]) < 1.0, "value " + row[0]);
            positives += row[0] > 0 ? 1 : 0;
        }
        assertEquals(5, positives);
    }

    @Test
    void shouldRejectMinMagnitudeOutsideUnitIntervalWhenConstructed() {
        assertEquals("ScatteredHypersphere: minMagnitude = -0.1; expected 0 <= minMagnitude < 1",
            assertThrows(ValidationError.class,
                () -> new ScatteredHypersphere(false, -0.1, new QuasirandomSequence())).getMessage());
        assertEquals("ScatteredHypersphere(surface=True)", Dists.scatteredHypersphere(true).toString());
        assertEquals(new ScatteredHypersphere(false), Dists.scatteredHypersphere(false, 0.0));
    }
}
