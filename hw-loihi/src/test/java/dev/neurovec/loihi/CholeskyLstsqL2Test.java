package dev.neurovec.loihi;

import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.solvers.LstsqL2;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Cholesky solver finds the same regularised least-squares decoders as the engine's LstsqL2. */
class CholeskyLstsqL2Test {

    @ParameterizedTest
    @CsvSource({"120, 40, 3", "30, 90, 2"})
    void shouldMatchTheEngineSolverWhenPrimalOrDual(final int m, final int n, final int d) {
        final Random rnd = new Random(3);
        final double[][] a = new double[m][n];
        final double[][] y = new double[m][d];
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) {
                a[k][i] = Math.max(0, rnd.nextGaussian() * 50 + 20);
            }
            for (int c = 0; c < d; c++) {
                y[k][c] = rnd.nextGaussian();
            }
        }
        final double[][] x = new CholeskyLstsqL2(0.1).solve(a, y, new RandomState(0)).decoders();
        final double[][] ref = new LstsqL2(0.1, false).solve(a, y, new RandomState(0)).decoders();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                assertEquals(ref[i][c], x[i][c], 1e-9 * (1 + Math.abs(ref[i][c])), "decoder " + i + "," + c);
            }
        }
    }
}
