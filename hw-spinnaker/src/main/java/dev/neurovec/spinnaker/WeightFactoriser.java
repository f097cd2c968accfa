package dev.neurovec.spinnaker;

/**
 * Turns a neuron-to-neuron weight matrix from a weight solver ({@code LstsqL2(weights=true)}) back into a decoded
 * connection, because nengo_spinnaker supports no neuron-to-neuron connections (hardware.md §B2.2). The engine
 * builds such weights as {@code W = E' · M} with {@code E'} the post ensemble's scaled encoders (n_post × d) and
 * {@code M} the decoders times the transform in the post's space (d × n_pre), so {@code M} is recovered exactly by
 * least squares, {@code M = (E'ᵀE')⁻¹ E'ᵀ W}. A matrix that is not of that form is refused.
 */
final class WeightFactoriser {
    /** Largest relative Frobenius residual {@code |E'M − W| / |W|} accepted as an exact factorisation. */
    static final double MAX_RELATIVE_RESIDUAL = 1e-6;

    private WeightFactoriser() {
    }

    /**
     * @param w     weights, n_post × n_pre
     * @param enc   post scaled encoders, n_post × d
     * @param owner the connection, for messages
     * @return {@code M}, d × n_pre
     */
    static double[][] recover(final double[][] w, final double[][] enc, final String owner) {
        final int nPost = w.length;
        final int nPre = w[0].length;
        final int d = enc[0].length;
        final double[][] g = new double[d][d + nPre];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double s = 0;
                for (int j = 0; j < nPost; j++) {
                    s += enc[j][a] * enc[j][b];
                }
                g[a][b] = s;
            }
            for (int i = 0; i < nPre; i++) {
                double s = 0;
                for (int j = 0; j < nPost; j++) {
                    s += enc[j][a] * w[j][i];
                }
                g[a][d + i] = s;
            }
        }
        for (int p = 0; p < d; p++) {
            int best = p;
            for (int r = p + 1; r < d; r++) {
                if (Math.abs(g[r][p]) > Math.abs(g[best][p])) {
                    best = r;
                }
            }
            final double[] t = g[p];
            g[p] = g[best];
            g[best] = t;
            if (g[p][p] == 0) {
                throw new UnsupportedOperationException(owner + ": the post encoders are rank deficient, so the"
                    + " neuron weight matrix cannot be mapped as decoders; neuron-to-neuron weights are not supported");
            }
            for (int r = 0; r < d; r++) {
                if (r != p) {
                    final double f = g[r][p] / g[p][p];
                    for (int c = p; c < d + nPre; c++) {
                        g[r][c] -= f * g[p][c];
                    }
                }
            }
        }
        final double[][] m = new double[d][nPre];
        for (int a = 0; a < d; a++) {
            for (int i = 0; i < nPre; i++) {
                m[a][i] = g[a][d + i] / g[a][a];
            }
        }
        double res = 0;
        double norm = 0;
        for (int j = 0; j < nPost; j++) {
            for (int i = 0; i < nPre; i++) {
                double s = 0;
                for (int a = 0; a < d; a++) {
                    s += enc[j][a] * m[a][i];
                }
                res += (s - w[j][i]) * (s - w[j][i]);
                norm += w[j][i] * w[j][i];
            }
        }
        if (norm > 0 && Math.sqrt(res / norm) > MAX_RELATIVE_RESIDUAL) {
            throw new UnsupportedOperationException(owner + ": the neuron weight matrix is not post encoders times"
                + " decoders (relative residual " + Math.sqrt(res / norm) + " > " + MAX_RELATIVE_RESIDUAL
                + "); general neuron-to-neuron weights are not supported on SpiNNaker");
        }
        return m;
    }
}
