package dev.neurovec.network.dists;

/**
 * The R_d low-discrepancy sequence on the unit cube {@code [0, 1)^d}, as Nengo's
 * {@code QuasirandomSequence} (nengo-semantics.md §1.10). With {@code phi_d} the positive root of
 * {@code x^(d+1) = x + 1} and {@code alpha_j = phi_d^-(j+1)}, point {@code i} (1-based) is
 * {@code z_ij = (s_j + i * alpha_j) mod 1}, where the offset {@code s} is {@code d} uniform draws; for
 * {@code d = 1} the points tile the interval evenly, {@code z_i = (s + i/n) mod 1} (i from 0). The
 * rows are then shuffled (numpy's legacy row shuffle), so that parameters drawn from successive
 * columns are not correlated through the sequence order.
 */
public final class QuasirandomSequence extends Distribution {
    private static final int NEWTON_MAX_ITERATIONS = 100;
    private static final double NEWTON_TOLERANCE = 1e-10;

    /** Creates the (parameterless) sequence. */
    public QuasirandomSequence() {
        // Stateless: all randomness (offset, shuffle) comes from the stream passed to sample.
    }

    /**
     * The generalised golden ratio {@code phi_d}: the root of {@code x^(d+1) - x - 1} by Newton's
     * method from {@code x = 1}, stopped when a step is below 1e-10 (as Nengo does).
     *
     * @param d dimensions, at least 1
     * @return {@code phi_d} (the golden ratio for d = 1, the plastic number for d = 2)
     */
    public static double phi(final int d) {
        double x = 1.0;
        for (int it = 0; it < NEWTON_MAX_ITERATIONS; it++) {
            final double dx = (Math.pow(x, d + 1) - x - 1) / ((d + 1) * Math.pow(x, d) - 1);
            x -= dx;
            if (Math.abs(dx) < NEWTON_TOLERANCE) {
                return x;
            }
        }
        throw new IllegalStateException("QuasirandomSequence: phi did not converge for d = " + d);
    }

    @Override
    public double[][] sample(final int n, final int d, final RandomState rng) {
        checkShape(n, d);
        final double[] seed = new double[d];
        for (int j = 0; j < d; j++) {
            seed[j] = rng.uniform(0.0, 1.0);
        }
        final double[][] z = new double[n][d];
        if (d == 1) {
            final double step = 1.0 / n;
            for (int i = 0; i < n; i++) {
                z[i][0] = (seed[0] + step * i) % 1.0;
            }
        } else {
            final double phiInv = 1.0 / phi(d);
            final double[] alpha = new double[d];
            for (int j = 0; j < d; j++) {
                alpha[j] = Math.pow(phiInv, j + 1);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    z[i][j] = (seed[j] + (i + 1) * alpha[j]) % 1.0;
                }
            }
        }
        rng.shuffle(z);
        return z;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof QuasirandomSequence;
    }

    @Override
    public int hashCode() {
        return QuasirandomSequence.class.hashCode();
    }

    @Override
    public String toString() {
        return "QuasirandomSequence()";
    }
}
