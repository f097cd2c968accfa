package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

/**
 * Normal distribution with values more than {@code limit} from the mean redrawn, as NengoDL's
 * {@code TruncatedNormal}: draw {@code n x d} normals in C order; then, while any sample has
 * {@code |x - mean| > limit}, redraw exactly those samples in C order (one draw each per pass).
 */
public final class TruncatedNormal extends Distribution {
    private final double mean;
    private final double stddev;
    private final double limit;

    /**
     * Truncated at two standard deviations, NengoDL's default.
     *
     * @param mean   the mean
     * @param stddev the standard deviation, greater than 0
     */
    public TruncatedNormal(final double mean, final double stddev) {
        this(mean, stddev, 2 * stddev);
    }

    /**
     * @param mean   the mean, finite
     * @param stddev the standard deviation, at least 0
     * @param limit  the largest accepted distance from the mean, greater than 0
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public TruncatedNormal(final double mean, final double stddev, final double limit) {
        if (!Double.isFinite(mean)) {
            throw new ValidationError("TruncatedNormal: mean = " + mean + "; expected a finite value");
        }
        if (!(stddev >= 0) || stddev == Double.POSITIVE_INFINITY) {
            throw new ValidationError("TruncatedNormal: stddev = " + stddev + "; expected stddev >= 0");
        }
        if (!(limit > 0)) {
            throw new ValidationError("TruncatedNormal: limit = " + limit + "; expected limit > 0");
        }
        this.mean = mean;
        this.stddev = stddev;
        this.limit = limit;
    }

    /** @return the mean */
    public double mean() {
        return mean;
    }

    /** @return the standard deviation (before truncation) */
    public double stddev() {
        return stddev;
    }

    /** @return the largest accepted distance from the mean */
    public double limit() {
        return limit;
    }

    @Override
    public double[][] sample(final int n, final int d, final RandomState rng) {
        checkShape(n, d);
        final double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                out[i][j] = rng.normal(mean, stddev);
            }
        }
        // NengoDL redraws the outliers of each pass together, in C order. Each element is tested once
        // per pass before it is replaced, so testing and redrawing in one C-order sweep consumes the
        // same draws. With limit >= 2 sigma each pass redraws under 5 % of the remainder.
        boolean redrawn = true;
        while (redrawn) {
            redrawn = false;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    if (Math.abs(out[i][j] - mean) > limit) {
                        out[i][j] = rng.normal(mean, stddev);
                        redrawn = true;
                    }
                }
            }
        }
        return out;
    }

    /** One row: the same draws as {@code sample(1, out.length)}, without allocating. */
    @Override
    public void sampleInto(final double[] out, final RandomState rng) {
        for (int j = 0; j < out.length; j++) {
            out[j] = rng.normal(mean, stddev);
        }
        boolean redrawn = true;
        while (redrawn) {
            redrawn = false;
            for (int j = 0; j < out.length; j++) {
                if (Math.abs(out[j] - mean) > limit) {
                    out[j] = rng.normal(mean, stddev);
                    redrawn = true;
                }
            }
        }
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof TruncatedNormal t && Double.compare(mean, t.mean) == 0
            && Double.compare(stddev, t.stddev) == 0 && Double.compare(limit, t.limit) == 0;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(mean) * 31 + Double.hashCode(stddev)) * 31 + Double.hashCode(limit);
    }

    @Override
    public String toString() {
        return "TruncatedNormal(mean=" + mean + ", stddev=" + stddev + ", limit=" + limit + ")";
    }
}
