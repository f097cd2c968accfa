package dev.neurovec.network.solvers;

import dev.neurovec.network.dists.RandomState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code solvers} golden case: Nengo 3.2.0's decoders and rmses for an explicit 101 x 30 LIF-rate
 * activity matrix and targets {@code [x, x^2, sin(pi x)]}. Decoders are at most 2.6e-3 in magnitude and
 * rmses about 1e-2. Both sides solve in float64 by the same factorisation (LAPACK vs EJML), so they
 * differ by round-off amplified by the conditioning of the factored matrix; each tolerance is about a
 * hundred times the measured difference and well under a 1e-10 relative error.
 */
@Timeout(10)
class SolverGoldenTest {
    private static final String CASE = "solvers";
    /** Truncated SVD; the kept singular values span a factor of 90, and the cut (0.011 vs 0.009 s_max) is clear. */
    private static final double ATOL_LSTSQ = 1e-14;
    /** Cholesky of A^T A + m sigma^2 I with reg 0.01: the worst-conditioned Gram matrix here (measured 2.3e-15). */
    private static final double ATOL_LSTSQ_L2_REG001 = 1e-13;
    /** Cholesky with reg 0.1 (condition number about 230; measured 3e-17). */
    private static final double ATOL_LSTSQ_L2 = 1e-14;
    /** Cholesky with per-neuron sigma of the same size as reg 0.1 (measured 4e-17). */
    private static final double ATOL_LSTSQ_L2NZ = 1e-14;
    /** Active-set NNLS on the reg 0.1 Gram system: same active set, then one QR solve (measured 1e-17). */
    private static final double ATOL_NNLS_L2 = 1e-14;
    /** rmses are about 1e-2 and inherit the decoders' error through A (max 300). */
    private static final double ATOL_RMSES = 1e-13;

    private static void assertGolden(final Solver solver, final String name, final double atol) {
        final double[][] a = Golden.read(CASE, "A");
        final double[][] y = Golden.read(CASE, "Y");
        final SolverResult r = solver.solve(a, y, new RandomState(0));
        final double[][] expected = Golden.read(CASE, "decoders_" + name);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                worst = Math.max(worst, Math.abs(expected[i][j] - r.decoders()[i][j]));
            }
        }
        final double[] rmses = Golden.readVector(CASE, "rmses_" + name);
        double worstRmse = 0;
        for (int j = 0; j < rmses.length; j++) {
            worstRmse = Math.max(worstRmse, Math.abs(rmses[j] - r.rmses()[j]));
        }
        assertEquals(0.0, worst, atol, name + " decoders");
        assertEquals(0.0, worstRmse, ATOL_RMSES, name + " rmses");
    }

    @Test
    void shouldMatchNengoWhenLstsq() {
        assertGolden(new Lstsq(), "Lstsq", ATOL_LSTSQ);
    }

    @Test
    void shouldMatchNengoWhenLstsqL2WithReg001() {
        assertGolden(new LstsqL2(0.01, false), "LstsqL2_reg0.01", ATOL_LSTSQ_L2_REG001);
    }

    @Test
    void shouldMatchNengoWhenLstsqL2WithReg01() {
        assertGolden(new LstsqL2(), "LstsqL2_reg0.1", ATOL_LSTSQ_L2);
    }

    @Test
    void shouldMatchNengoWhenLstsqL2nz() {
        assertGolden(new LstsqL2nz(), "LstsqL2nz_reg0.1", ATOL_LSTSQ_L2NZ);
    }

    @Test
    void shouldMatchNengoWhenNnlsL2() {
        assertGolden(new NnlsL2(), "NnlsL2_reg0.1", ATOL_NNLS_L2);
    }
}
