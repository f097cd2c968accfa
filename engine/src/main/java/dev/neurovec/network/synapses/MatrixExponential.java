package dev.neurovec.network.synapses;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The matrix exponential {@code e^M} by scaling and squaring with the degree-13 Padé approximant
 * {@code r_13} (Higham 2005): {@code e^M = (r_13(M / 2^s))^(2^s)}. The number of squarings follows
 * Al-Mohy and Higham (SIAM J. Matrix Anal. Appl. 31(3), 2009): {@code s = max(0, ceil(log2(eta / theta_13)))}
 * with {@code eta = max(|M^8|_1^(1/8), |M^10|_1^(1/10))} rather than {@code |M|_1}, which for the
 * badly scaled, non-normal matrices of a discretised synapse (entries from 1e-3 to 1e2) avoids needless
 * squarings and the round-off they amplify. Hand-written because EJML has no matrix exponential;
 * zero-order-hold discretisation needs it for matrices of a few states, where always using degree 13
 * costs nothing.
 */
final class MatrixExponential {
    /** Largest 1-norm for which the degree-13 approximant is accurate to double precision. */
    private static final double THETA_13 = 5.371920351148152;
    /** Coefficients of the degree-13 Padé numerator; the denominator uses the same with alternating signs. */
    private static final double[] PADE_13 = {
        64764752532480000.0, 32382376266240000.0, 7771770303897600.0, 1187353796428800.0,
        129060195264000.0, 10559470521600.0, 670442572800.0, 33522128640.0, 1323241920.0,
        40840800.0, 960960.0, 16380.0, 182.0, 1.0,
    };

    private MatrixExponential() {
    }

    /**
     * @param m a square matrix, row-major, not modified
     * @return a new matrix {@code e^m}
     */
    static double[][] expm(final double[][] m) {
        final int n = m.length;
        final DMatrixRMaj a = new DMatrixRMaj(m);
        final DMatrixRMaj p2 = mult(a, a);
        final DMatrixRMaj p4 = mult(p2, p2);
        final double d8 = Math.pow(norm1(mult(p4, p4)), 1.0 / 8);
        final double d10 = Math.pow(norm1(mult(p4, mult(p4, p2))), 1.0 / 10);
        final double eta = Math.max(d8, d10);
        final int squarings = eta <= THETA_13 ? 0 : (int) Math.ceil(Math.log(eta / THETA_13) / Math.log(2));
        final double scale = Math.scalb(1.0, -squarings);
        CommonOps_DDRM.scale(scale, a);
        final DMatrixRMaj a2 = mult(a, a);
        final DMatrixRMaj a4 = mult(a2, a2);
        final DMatrixRMaj a6 = mult(a4, a2);
        final DMatrixRMaj eye = CommonOps_DDRM.identity(n);
        final double[] b = PADE_13;
        final DMatrixRMaj inner = sum(b[13], a6, b[11], a4, b[9], a2);
        final DMatrixRMaj u = mult(a, add(mult(a6, inner), sum(b[7], a6, b[5], a4, b[3], a2), b[1], eye));
        final DMatrixRMaj innerV = sum(b[12], a6, b[10], a4, b[8], a2);
        final DMatrixRMaj v = add(mult(a6, innerV), sum(b[6], a6, b[4], a4, b[2], a2), b[0], eye);
        final DMatrixRMaj p = new DMatrixRMaj(n, n);
        final DMatrixRMaj q = new DMatrixRMaj(n, n);
        CommonOps_DDRM.add(v, u, p);
        CommonOps_DDRM.subtract(v, u, q);
        final LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n);
        if (!lu.setA(q)) {
            throw new IllegalStateException("MatrixExponential: Padé denominator is singular (eta = " + eta + ")");
        }
        DMatrixRMaj r = new DMatrixRMaj(n, n);
        lu.solve(p, r);
        for (int k = 0; k < squarings; k++) {
            r = mult(r, r);
        }
        final double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(r.data, i * n, out[i], 0, n);
        }
        return out;
    }

    private static double norm1(final DMatrixRMaj x) {
        double norm = 0;
        for (int j = 0; j < x.numCols; j++) {
            double col = 0;
            for (int i = 0; i < x.numRows; i++) {
                col += Math.abs(x.get(i, j));
            }
            norm = Math.max(norm, col);
        }
        return norm;
    }

    private static DMatrixRMaj mult(final DMatrixRMaj x, final DMatrixRMaj y) {
        final DMatrixRMaj out = new DMatrixRMaj(x.numRows, y.numCols);
        CommonOps_DDRM.mult(x, y, out);
        return out;
    }

    /** {@code c1 X1 + c2 X2 + c3 X3}. */
    private static DMatrixRMaj sum(final double c1, final DMatrixRMaj x1, final double c2, final DMatrixRMaj x2,
                                   final double c3, final DMatrixRMaj x3) {
        final DMatrixRMaj out = new DMatrixRMaj(x1.numRows, x1.numCols);
        CommonOps_DDRM.add(c1, x1, c2, x2, out);
        CommonOps_DDRM.addEquals(out, c3, x3);
        return out;
    }

    /** {@code X + Y + c I}. */
    private static DMatrixRMaj add(final DMatrixRMaj x, final DMatrixRMaj y, final double c, final DMatrixRMaj eye) {
        final DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.add(x, y, out);
        CommonOps_DDRM.addEquals(out, c, eye);
        return out;
    }
}
