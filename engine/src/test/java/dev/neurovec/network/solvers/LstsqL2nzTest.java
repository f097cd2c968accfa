package dev.neurovec.network.solvers;

import dev.neurovec.network.dists.RandomState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LstsqL2nzTest {

    @Test
    void shouldScaleSigmaByActiveFractionAndFillSilentNeuronsWithTheMaximumWhenSolved() {
        final double[][] a = TestSystems.rectified(60, 12, 4);
        for (final double[] row : a) {
            row[5] = 0;
        }
        final double[][] y = TestSystems.targets(60);
        final SolverResult r = new LstsqL2nz(0.2, false).solve(a, y, new RandomState(0));
        final double base = 0.2 * TestSystems.maxAbs(a);
        final double[] sigmas = new double[12];
        double max = 0;
        for (int i = 0; i < 12; i++) {
            int active = 0;
            for (final double[] row : a) {
                active += row[i] != 0 ? 1 : 0;
            }
            sigmas[i] = base * Math.sqrt(active / 60.0);
            max = Math.max(max, sigmas[i]);
        }
        sigmas[5] = max;
        LstsqL2Test.assertRidgeOptimal(a, y, r.decoders(), sigmas);
        assertEquals(0.0, r.decoders()[5][0], 0.0);
        assertEquals("LstsqL2nz(reg=0.2)", new LstsqL2nz(0.2, false).toString());
    }
}
