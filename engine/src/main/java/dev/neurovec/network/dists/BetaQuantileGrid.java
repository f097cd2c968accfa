package dev.neurovec.network.dists;

/**
 * The inverse {@code x(p)} of {@code p = I_x(a, b)} for one shape pair and many {@code p}, as the
 * spherical-coordinate transform needs (one column of angles per sample call). The exact inverse
 * is computed once at {@code p_k = k / CELLS}; each query then starts from linear interpolation
 * between the two entries that bracket it and converges in two or three Halley steps instead of a
 * dozen, to the same polished root as {@link IncompleteBeta#inverse}. The table only seeds the search:
 * results are exact, not interpolated (unlike Nengo's {@code sct-approx} lookup table).
 */
final class BetaQuantileGrid {
    /** Cells of the seed table; a power of two so that {@code p * CELLS} is exact. */
    static final int CELLS = 128;

    private final double a;
    private final double b;
    private final double logB;
    private final double[] xs = new double[CELLS + 1];

    /**
     * @param a first shape, greater than 0
     * @param b second shape, greater than 0
     */
    BetaQuantileGrid(final double a, final double b) {
        this.a = a;
        this.b = b;
        this.logB = IncompleteBeta.logBeta(a, b);
        for (int k = 0; k <= CELLS; k++) {
            xs[k] = IncompleteBeta.inverse(a, b, (double) k / CELLS);
        }
    }

    /**
     * @param p the probability
     * @return the {@code x} in [0, 1] with {@code I_x(a, b) = p}
     */
    double inverse(final double p) {
        if (p <= 0) {
            return 0.0;
        }
        if (p >= 1) {
            return 1.0;
        }
        final double scaled = p * CELLS;
        final int k = Math.min((int) scaled, CELLS - 1);
        final double lo = xs[k];
        final double hi = xs[k + 1];
        return IncompleteBeta.inverseWithin(a, b, p, logB, lo, hi, lo + (hi - lo) * (scaled - k));
    }
}
