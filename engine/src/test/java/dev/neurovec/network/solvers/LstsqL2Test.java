package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LstsqL2Test {

    /** Checks the ridge normal equations A^T (A X - Y) + m diag(sigma^2) X = 0 relative to |A^T Y|. */
    static void assertRidgeOptimal(final double[][] a, final double[][] y, final double[][] x, final double[] sigmas) {
        final int m = a.length;
        final double[][] g = TestSystems.mult(TestSystems.transpose(a), TestSystems.residual(a, x, y));
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[0].length; j++) {
                g[i][j] += m * sigmas[i] * sigmas[i] * x[i][j];
            }
        }
        final double scale = TestSystems.maxAbs(TestSystems.mult(TestSystems.transpose(a), y));
        assertEquals(0.0, TestSystems.maxAbs(g) / scale, 1e-11);
    }

    private static double[] constant(final int n, final double v) {
        final double[] s = new double[n];
        java.util.Arrays.fill(s, v);
        return s;
    }

    @Test
    void shouldSatisfyRidgeNormalEquationsWhenTall() {
        final double[][] a = TestSystems.rectified(80, 20, 1);
        final double[][] y = TestSystems.targets(80);
        final SolverResult r = new LstsqL2().solve(a, y, new RandomState(0));
        assertEquals(20, r.decoders().length);
        assertEquals(2, r.decoders()[0].length);
        assertRidgeOptimal(a, y, r.decoders(), constant(20, 0.1 * TestSystems.maxAbs(a)));
    }

    @Test
    void shouldSatisfyRidgeNormalEquationsWhenTransposedBecauseWide() {
        // m < n switches to X = A^T (A A^T + m sigma^2 I)^-1 Y, which must solve the same problem.
        final double[][] a = TestSystems.rectified(15, 40, 2);
        final double[][] y = TestSystems.targets(15);
        final SolverResult r = new LstsqL2(0.05, false).solve(a, y, new RandomState(0));
        assertRidgeOptimal(a, y, r.decoders(), constant(40, 0.05 * TestSystems.maxAbs(a)));
    }

    @Test
    void shouldReportRootMeanSquareResidualPerTargetWhenSolved() {
        final double[][] a = TestSystems.rectified(50, 10, 3);
        final double[][] y = TestSystems.targets(50);
        final SolverResult r = new LstsqL2().solve(a, y, new RandomState(0));
        final double[][] res = TestSystems.residual(a, r.decoders(), y);
        for (int j = 0; j < 2; j++) {
            double s = 0;
            for (final double[] row : res) {
                s += row[j] * row[j];
            }
            assertEquals(Math.sqrt(s / 50), r.rmses()[j], 1e-15);
            // Ten neurons with reg 0.1 fit x and x^2 roughly: a real residual, well below the targets' spread.
            assertTrue(r.rmses()[j] > 1e-3 && r.rmses()[j] < 0.3, "rmse " + r.rmses()[j]);
        }
    }

    @Test
    void shouldRecoverExactDecodersWhenUnregularisedAndConsistent() {
        final double[][] a = {{1, 2}, {3, 5}, {-1, 4}};
        final double[][] x = {{0.5, -1}, {2, 0.25}};
        final SolverResult r = new LstsqL2(0.0, false).solve(a, TestSystems.mult(a, x), new RandomState(0));
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(x[i][j], r.decoders()[i][j], 1e-13);
            }
        }
        assertEquals(0.0, r.rmses()[0], 1e-13);
    }

    @Test
    void shouldFailWithShapesWhenRowsDisagree() {
        final ValidationError e = assertThrows(ValidationError.class,
            () -> new LstsqL2().solve(new double[3][2], new double[4][1], new RandomState(0)));
        assertEquals("LstsqL2: activities is 3 x 2 but targets is 4 x 1; "
            + "expected the same number of rows (eval points)",
            e.getMessage());
        assertEquals("LstsqL2: activities is 0 x 0; expected at least one row and one column",
            assertThrows(ValidationError.class,
                () -> new LstsqL2().solve(new double[0][], new double[0][], new RandomState(0))).getMessage());
        assertEquals("LstsqL2: targets row 1 has 2 elements; expected 1",
            assertThrows(ValidationError.class,
                () -> new LstsqL2().solve(new double[2][2], new double[][] {{1}, {1, 2}}, new RandomState(0)))
                .getMessage());
    }

    @Test
    void shouldFailClearlyWhenGramMatrixIsSingular() {
        final double[][] a = {{1, 1}, {2, 2}, {3, 3}};
        final ValidationError e = assertThrows(ValidationError.class,
            () -> new LstsqL2(0.0, false).solve(a, new double[][] {{1}, {2}, {3}}, new RandomState(0)));
        assertEquals("LstsqL2: the 2 x 2 regularised Gram matrix is not positive definite (sigma = 0.0); "
            + "expected reg > 0 or linearly independent neurons", e.getMessage());
    }

    @Test
    void shouldDescribeItselfAndValidateWhenConstructed() {
        assertEquals("LstsqL2: reg = -0.1; expected reg >= 0",
            assertThrows(ValidationError.class, () -> new LstsqL2(-0.1, false)).getMessage());
        assertEquals("LstsqL2(reg=0.1)", new LstsqL2().toString());
        assertEquals("LstsqL2(reg=0.01, weights=True)", new LstsqL2(0.01, true).toString());
        assertEquals(new LstsqL2(0.1, false), new LstsqL2());
        assertTrue(new LstsqL2().compositional());
        assertFalse(new LstsqL2().weights());
    }
}
