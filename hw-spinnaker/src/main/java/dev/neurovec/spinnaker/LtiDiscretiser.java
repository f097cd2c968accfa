package dev.neurovec.spinnaker;

import dev.neurovec.network.synapses.LinearFilter;
import dev.neurovec.network.synapses.StateSpace;
import dev.neurovec.network.synapses.Synapse;

/**
 * Turns a general linear synapse into the Direct Form I coefficients of the LTI filter region (hardware.md §B2.5):
 * the engine discretises it exactly as the float simulation does ({@link LinearFilter#discretize}, zero-order hold
 * by default), and the discrete state space {@code (A, B, C, D)} becomes the transfer function
 * {@code H(z) = C (zI − A)⁻¹ B + D} by the Faddeev–LeVerrier recursion: with {@code M_1 = I},
 * {@code c_k = −tr(A M_k) / k} and {@code M_{k+1} = A M_k + c_k I}, the denominator is
 * {@code z^K + c_1 z^(K−1) + … + c_K} and {@code adj(zI − A) = Σ_k M_k z^(K−k)}, so the numerator is
 * {@code Σ_k (C M_k B) z^(K−k)} (plus {@code D} times the denominator). The on-core filter needs {@code b_0 = D = 0}
 * (a strictly proper filter); the stored coefficients are {@code a'_k = −c_k} and {@code b'_k}.
 */
final class LtiDiscretiser {
    private LtiDiscretiser() {
    }

    /**
     * @param synapse a synapse other than {@code Lowpass}
     * @param dt      time step in seconds
     * @return its LTI filter, or null when the synapse is not a linear filter
     * @throws UnsupportedOperationException when the discrete filter has a direct feed-through term
     */
    static FilterSpec fromSynapse(final Synapse synapse, final double dt) {
        if (!(synapse instanceof LinearFilter lf)) {
            return null;
        }
        final StateSpace ss = lf.discretize(dt);
        if (ss.d() != 0 || ss.order() == 0) {
            throw new UnsupportedOperationException("synapse " + synapse + " discretises with a feed-through term"
                + " D = " + ss.d() + " at dt = " + dt + "; SpiNNaker's LTI filter needs a strictly proper filter"
                + " (b_0 = 0) of order >= 1");
        }
        final double[][] coeffs = transferFunction(ss);
        final int k = ss.order();
        final double[] a = new double[k];
        final double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            a[i] = -coeffs[1][i + 1];
            b[i] = coeffs[0][i + 1];
        }
        return FilterSpec.lti(a, b);
    }

    /**
     * @param ss a discrete state space of order K
     * @return {@code {num, den}}, each of length K + 1, highest power of z first, {@code den[0] = 1}
     */
    static double[][] transferFunction(final StateSpace ss) {
        final int k = ss.order();
        final double[][] a = ss.a();
        final double[] den = new double[k + 1];
        final double[] num = new double[k + 1];
        den[0] = 1;
        double[][] m = identity(k);
        for (int j = 1; j <= k; j++) {
            double cmb = 0;
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    cmb += ss.c()[r] * m[r][c] * ss.b()[c];
                }
            }
            num[j] = cmb;
            final double[][] am = multiply(a, m);
            double trace = 0;
            for (int i = 0; i < k; i++) {
                trace += am[i][i];
            }
            den[j] = -trace / j;
            for (int i = 0; i < k; i++) {
                am[i][i] += den[j];
            }
            m = am;
        }
        for (int j = 0; j <= k; j++) {
            num[j] += ss.d() * den[j];
        }
        return new double[][] {num, den};
    }

    private static double[][] identity(final int k) {
        final double[][] m = new double[k][k];
        for (int i = 0; i < k; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[][] multiply(final double[][] x, final double[][] y) {
        final int k = x.length;
        final double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int q = 0; q < k; q++) {
                    s += x[i][q] * y[q][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }
}
