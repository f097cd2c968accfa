package dev.neurovec.network.solvers;

import dev.neurovec.network.dists.RandomState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(10)
class NnlsTest {

    /**
     * KKT conditions of min |E x - f|, x >= 0: x >= 0; the gradient g = E^T (E x - f) vanishes on
     * positive entries and is non-negative on zero entries (to round-off, relative to |E^T f|).
     */
    private static void assertKkt(final double[][] e, final double[][] f, final double[][] x) {
        final double[][] g = TestSystems.mult(TestSystems.transpose(e), TestSystems.residual(e, x, f));
        final double scale = TestSystems.maxAbs(TestSystems.mult(TestSystems.transpose(e), f));
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                assertTrue(x[i][j] >= 0, "x[" + i + "][" + j + "] = " + x[i][j]);
                if (x[i][j] > 0) {
                    assertEquals(0.0, g[i][j] / scale, 1e-10, "gradient at positive x[" + i + "][" + j + "]");
                } else {
                    assertTrue(g[i][j] / scale > -1e-10, "gradient at zero x[" + i + "][" + j + "] = " + g[i][j]);
                }
            }
        }
    }

    @Test
    void shouldSolveSmallProblemsByHandWhenUnregularised() {
        // Column 1 fits (2, 1) by their mean 1.5 and column 2 fits 1 exactly; negative targets give 0.
        final double[][] a = {{1, 0}, {1, 0}, {0, 1}};
        final SolverResult r = new Nnls().solve(a, new double[][] {{2, -1}, {1, -1}, {1, -1}}, new RandomState(0));
        assertArrayEquals(new double[] {1.5, 0.0}, r.decoders()[0], 1e-15);
        assertArrayEquals(new double[] {1.0, 0.0}, r.decoders()[1], 1e-15);
        assertEquals(Math.sqrt(0.5 / 3), r.rmses()[0], 1e-15);
    }

    @Test
    void shouldSatisfyKktConditionsWhenTheUnconstrainedSolutionIsMixedSign() {
        final double[][] a = TestSystems.rectified(70, 25, 5);
        final double[][] y = TestSystems.targets(70);
        final double[][] x = new Nnls().solve(a, y, new RandomState(0)).decoders();
        assertKkt(a, y, x);
        int zeros = 0;
        for (final double[] row : x) {
            zeros += row[0] == 0 ? 1 : 0;
        }
        assertTrue(zeros > 0 && zeros < 25, "the constraint must bind on some, not all, neurons: " + zeros);
    }

    @Test
    void shouldSolveTheClippedGramSystemWhenRegularised() {
        final double[][] a = TestSystems.rectified(60, 20, 6);
        final double[][] y = TestSystems.targets(60);
        final double sigma = 0.1 * TestSystems.maxAbs(a);
        final double[][] g = TestSystems.mult(TestSystems.transpose(a), a);
        for (int i = 0; i < 20; i++) {
            g[i][i] += 60 * sigma * sigma;
        }
        final double[][] clipped = new double[60][2];
        for (int k = 0; k < 60; k++) {
            clipped[k][0] = Math.max(0, y[k][0]);
            clipped[k][1] = Math.max(0, y[k][1]);
        }
        final double[][] b = TestSystems.mult(TestSystems.transpose(a), clipped);
        final SolverResult r = new NnlsL2().solve(a, y, new RandomState(0));
        assertKkt(g, b, r.decoders());
        final double[][] res = TestSystems.residual(a, r.decoders(), y);
        double s = 0;
        for (final double[] row : res) {
            s += row[1] * row[1];
        }
        assertEquals(Math.sqrt(s / 60), r.rmses()[1], 1e-15);
    }

    @Test
    void shouldUseUnitSigmaForSilentNeuronsWhenNonzeroRegularised() {
        final double[][] a = TestSystems.rectified(40, 10, 7);
        for (final double[] row : a) {
            row[3] = 0;
        }
        final double[][] y = TestSystems.targets(40);
        final double base = 0.1 * TestSystems.maxAbs(a);
        final double[][] g = TestSystems.mult(TestSystems.transpose(a), a);
        for (int i = 0; i < 10; i++) {
            int positive = 0;
            for (final double[] row : a) {
                positive += row[i] > 0 ? 1 : 0;
            }
            final double s = i == 3 ? 1.0 : base * Math.sqrt(positive / 40.0);
            g[i][i] += 40 * s * s;
        }
        final double[][] clipped = new double[40][2];
        for (int k = 0; k < 40; k++) {
            clipped[k][0] = Math.max(0, y[k][0]);
            clipped[k][1] = Math.max(0, y[k][1]);
        }
        assertKkt(g, TestSystems.mult(TestSystems.transpose(a), clipped),
            new NnlsL2nz().solve(a, y, new RandomState(0)).decoders());
    }

    @Test
    void shouldBeNonCompositionalWhenNonNegative() {
        assertFalse(new Nnls().compositional());
        assertFalse(new NnlsL2().compositional());
        assertFalse(new NnlsL2nz().compositional());
        assertTrue(new Nnls(true).weights());
        assertEquals("NnlsL2(reg=0.1)", new NnlsL2().toString());
        assertEquals("Nnls()", new Nnls().toString());
    }
}
