package dev.neurovec.network.synapses;

import dev.neurovec.errors.ValidationError;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import java.util.Arrays;

/**
 * A single-input single-output linear system {@code x' = A x + B u, y = C x + D u} (continuous) or
 * {@code x[k+1] = A x[k] + B u[k], y[k] = C x[k] + D u[k]} (discrete), with {@code k} states
 * ({@code k = 0}: a pure gain {@code y = D u}). The arrays are the caller's to read, not to modify.
 *
 * @param a state matrix, k x k
 * @param b input vector, length k (the column B)
 * @param c output vector, length k (the row C)
 * @param d feed-through gain
 */
public record StateSpace(double[][] a, double[] b, double[] c, double d) {

    /** Tolerances of numpy's {@code allclose(0, b0, atol=1e-14)}, scipy's test for a zero leading numerator. */
    private static final double LEADING_ZERO_ATOL = 1e-14;
    private static final double LEADING_ZERO_RTOL = 1e-5;

    /** @return the number of states k */
    public int order() {
        return b.length;
    }

    /**
     * The controllable canonical realisation of {@code num(s) / den(s)}, as {@code scipy.signal.tf2ss}
     * (nengo-semantics.md §1.8). First normalise: drop leading zeros of {@code den}, divide both by
     * {@code den[0]}, and drop leading numerator coefficients that are zero to within 1e-14 (scipy's
     * {@code normalize}). Then with {@code K = len(den)} and {@code num} left-padded to length K:
     * {@code D = num[0]}; if {@code K > 1}, {@code A}'s first row is {@code -den[1:]} with ones on the
     * subdiagonal, {@code B = e_0} and {@code C = num[1:] - num[0] den[1:]}; if {@code K = 1} there is no state.
     *
     * @param num numerator coefficients, highest power first
     * @param den denominator coefficients, highest power first
     * @return the realisation
     * @throws IllegalArgumentException if a polynomial is empty, not finite, {@code den} is zero, or
     *                                  {@code num} is longer than {@code den} after normalisation (improper)
     */
    public static StateSpace fromTransferFunction(final double[] num, final double[] den) {
        checkPolynomial("num", num);
        checkPolynomial("den", den);
        int denStart = 0;
        while (denStart < den.length - 1 && den[denStart] == 0.0) {
            denStart++;
        }
        final double lead = den[denStart];
        if (lead == 0.0) {
            throw new ValidationError("LinearFilter: den = " + Arrays.toString(den)
                + "; expected a non-zero denominator");
        }
        final double[] dn = new double[den.length - denStart];
        for (int i = 0; i < dn.length; i++) {
            dn[i] = den[denStart + i] / lead;
        }
        double[] nm = new double[num.length];
        for (int i = 0; i < nm.length; i++) {
            nm[i] = num[i] / lead;
        }
        int numStart = 0;
        while (numStart < nm.length - 1
            && Math.abs(nm[numStart]) <= LEADING_ZERO_ATOL + LEADING_ZERO_RTOL * Math.abs(nm[numStart])) {
            numStart++;
        }
        nm = Arrays.copyOfRange(nm, numStart, nm.length);
        final int k = dn.length;
        if (nm.length > k) {
            throw new ValidationError("LinearFilter: num has " + nm.length + " coefficients but den has " + k
                + " after normalisation (num = " + Arrays.toString(num) + ", den = " + Arrays.toString(den)
                + "); expected len(num) <= len(den) (a proper transfer function)");
        }
        final double[] padded = new double[k];
        System.arraycopy(nm, 0, padded, k - nm.length, nm.length);
        final double d = padded[0];
        final int states = k - 1;
        final double[][] a = new double[states][states];
        final double[] b = new double[states];
        final double[] c = new double[states];
        for (int j = 0; j < states; j++) {
            a[0][j] = -dn[j + 1];
            c[j] = padded[j + 1] - padded[0] * dn[j + 1];
        }
        for (int i = 1; i < states; i++) {
            a[i][i - 1] = 1.0;
        }
        if (states > 0) {
            b[0] = 1.0;
        }
        return new StateSpace(a, b, c, d);
    }

    private static void checkPolynomial(final String name, final double[] p) {
        if (p == null || p.length == 0) {
            throw new ValidationError("LinearFilter: " + name
                + " is empty; expected at least one coefficient");
        }
        for (int i = 0; i < p.length; i++) {
            if (!Double.isFinite(p[i])) {
                throw new ValidationError("LinearFilter: " + name + "[" + i + "] = " + p[i]
                    + "; expected finite coefficients");
            }
        }
    }

    /**
     * Zero-order hold ({@code scipy.signal.cont2discrete(method="zoh")}): the input is held constant over
     * each step, so {@code [[Ad, Bd], [0, 1]] = exp([[A, B], [0, 0]] dt)}; {@code C} and {@code D} are
     * unchanged. Exact for piecewise-constant input; for a lowpass {@code Ad = exp(-dt/tau)}.
     *
     * @param dt the step, in seconds, greater than 0
     * @return the discrete system
     */
    public StateSpace zeroOrderHold(final double dt) {
        final int k = order();
        if (k == 0) {
            return this;
        }
        final double[][] em = new double[k + 1][k + 1];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                em[i][j] = a[i][j] * dt;
            }
            em[i][k] = b[i] * dt;
        }
        final double[][] ms = MatrixExponential.expm(em);
        final double[][] ad = new double[k][k];
        final double[] bd = new double[k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(ms[i], 0, ad[i], 0, k);
            bd[i] = ms[i][k];
        }
        return new StateSpace(ad, bd, c.clone(), d);
    }

    /**
     * The generalised bilinear transform ({@code scipy.signal.cont2discrete(method="gbt", alpha)}):
     * with {@code M = I - alpha dt A}, {@code Ad = M^-1 (I + (1 - alpha) dt A)}, {@code Bd = M^-1 dt B},
     * {@code Cd = C M^-1} and {@code Dd = D + alpha C Bd}. {@code alpha} = 0 is forward Euler, 1/2
     * bilinear (Tustin) and 1 backward differences.
     *
     * @param dt    the step, in seconds, greater than 0
     * @param alpha the weighting, in [0, 1]
     * @return the discrete system
     */
    public StateSpace generalizedBilinear(final double dt, final double alpha) {
        final int k = order();
        if (k == 0) {
            return this;
        }
        final DMatrixRMaj am = new DMatrixRMaj(a);
        final DMatrixRMaj ima = CommonOps_DDRM.identity(k);
        CommonOps_DDRM.addEquals(ima, -alpha * dt, am);
        final DMatrixRMaj ipa = CommonOps_DDRM.identity(k);
        CommonOps_DDRM.addEquals(ipa, (1.0 - alpha) * dt, am);
        final DMatrixRMaj bdt = new DMatrixRMaj(k, 1, true, b.clone());
        CommonOps_DDRM.scale(dt, bdt);
        final DMatrixRMaj ad = new DMatrixRMaj(k, k);
        final DMatrixRMaj bd = new DMatrixRMaj(k, 1);
        final DMatrixRMaj cd = new DMatrixRMaj(k, 1);
        solve(ima, ipa, ad);
        solve(ima, bdt, bd);
        final DMatrixRMaj imaT = CommonOps_DDRM.transpose(ima, null);
        solve(imaT, new DMatrixRMaj(k, 1, true, c.clone()), cd);
        double cb = 0;
        for (int i = 0; i < k; i++) {
            cb += c[i] * bd.data[i];
        }
        final double[][] adOut = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(ad.data, i * k, adOut[i], 0, k);
        }
        return new StateSpace(adOut, bd.data.clone(), cd.data.clone(), d + alpha * cb);
    }

    private static void solve(final DMatrixRMaj m, final DMatrixRMaj rhs, final DMatrixRMaj out) {
        final LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(m.numRows);
        if (!lu.setA(m.copy())) {
            throw new ValidationError("LinearFilter: I - alpha dt A is singular; expected a step dt "
                + "that is not a pole of the discretisation");
        }
        lu.solve(rhs, out);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof StateSpace s && Arrays.deepEquals(a, s.a) && Arrays.equals(b, s.b)
            && Arrays.equals(c, s.c) && Double.compare(d, s.d) == 0;
    }

    @Override
    public int hashCode() {
        return ((Arrays.deepHashCode(a) * 31 + Arrays.hashCode(b)) * 31 + Arrays.hashCode(c)) * 31
            + Double.hashCode(d);
    }

    @Override
    public String toString() {
        return "StateSpace(a=" + Arrays.deepToString(a) + ", b=" + Arrays.toString(b) + ", c=" + Arrays.toString(c)
            + ", d=" + d + ")";
    }
}
