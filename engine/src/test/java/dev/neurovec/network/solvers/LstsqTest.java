package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.dists.ScatteredHypersphere;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LstsqTest {

    /** A = U diag(s) V^T from random orthogonal U (8 x 8, first 5 columns) and V (5 x 5). */
    private static double[][] withSingularValues(final double[] s, final double[][] u, final double[][] v) {
        final int m = u.length;
        final int n = v.length;
        final double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < s.length; k++) {
                    a[i][j] += u[i][k] * s[k] * v[j][k];
                }
            }
        }
        return a;
    }

    @Test
    void shouldDropSingularValuesAtOrBelowRcondTimesLargestWhenSolved() {
        final double[][] u = ScatteredHypersphere.randomOrthogonal(8, new RandomState(1));
        final double[][] v = ScatteredHypersphere.randomOrthogonal(5, new RandomState(2));
        final double[] s = {10, 4, 1, 0.2, 0.05};
        final double[][] a = withSingularValues(s, u, v);
        final double[][] y = new double[8][1];
        for (int i = 0; i < 8; i++) {
            y[i][0] = i % 3 - 0.5 * i;
        }
        // rcond = 0.01 keeps s > 0.1: the first four; the truncated pseudo-inverse is sum_k v_k (u_k . y) / s_k.
        final double[][] x = new Lstsq().solve(a, y, new RandomState(0)).decoders();
        for (int j = 0; j < 5; j++) {
            double expected = 0;
            for (int k = 0; k < 4; k++) {
                double uy = 0;
                for (int i = 0; i < 8; i++) {
                    uy += u[i][k] * y[i][0];
                }
                expected += v[j][k] * uy / s[k];
            }
            assertEquals(expected, x[j][0], 1e-13, "row " + j);
        }
        // With rcond = 0 nothing is dropped: the residual is then orthogonal to every column of A.
        final double[][] full = new Lstsq(0.0, false).solve(a, y, new RandomState(0)).decoders();
        final double[][] g = TestSystems.mult(TestSystems.transpose(a), TestSystems.residual(a, full, y));
        assertEquals(0.0, TestSystems.maxAbs(g), 1e-12);
    }

    @Test
    void shouldRejectNegativeRcondWhenConstructed() {
        assertEquals("Lstsq: rcond = -1.0; expected rcond >= 0",
            assertThrows(ValidationError.class, () -> new Lstsq(-1, false)).getMessage());
        assertEquals("Lstsq(rcond=0.01)", new Lstsq().toString());
    }
}
