package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

/**
 * Uniform distribution on the surface, or in the volume, of the unit hypersphere in {@code d}
 * dimensions, as Nengo's {@code UniformHypersphere}. Draws, in this order: an {@code n x d} block of
 * standard normals (C order), each row normalised to unit length {@code x / |x|}; then, for the
 * volume only, {@code n} radii {@code r = U(min^d, 1)^(1/d)} that scale the rows, so that points are
 * uniform in the ball (with {@code |x| >= minMagnitude}) rather than bunched at its centre.
 */
public final class UniformHypersphere extends Distribution {
    private final boolean surface;
    private final double minMagnitude;

    /**
     * @param surface      true for the surface, false for the volume
     * @param minMagnitude smallest magnitude in the volume, in [0, 1); ignored on the surface
     * @throws IllegalArgumentException if {@code minMagnitude} is outside [0, 1)
     */
    public UniformHypersphere(final boolean surface, final double minMagnitude) {
        if (!(minMagnitude >= 0 && minMagnitude < 1)) {
            throw new ValidationError("UniformHypersphere: minMagnitude = " + minMagnitude
                + "; expected 0 <= minMagnitude < 1");
        }
        this.surface = surface;
        this.minMagnitude = minMagnitude;
    }

    /**
     * @param surface true for the surface, false for the volume (no minimum magnitude)
     */
    public UniformHypersphere(final boolean surface) {
        this(surface, 0.0);
    }

    /** @return true when points lie on the surface */
    public boolean surface() {
        return surface;
    }

    /** @return the smallest magnitude in the volume */
    public double minMagnitude() {
        return minMagnitude;
    }

    @Override
    public double[][] sample(final int n, final int d, final RandomState rng) {
        checkShape(n, d);
        final double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            double sq = 0;
            for (int j = 0; j < d; j++) {
                final double v = rng.standardNormal();
                out[i][j] = v;
                sq += v * v;
            }
            final double norm = Math.sqrt(sq);
            for (int j = 0; j < d; j++) {
                out[i][j] /= norm;
            }
        }
        if (!surface) {
            final double low = Math.pow(minMagnitude, d);
            for (int i = 0; i < n; i++) {
                final double r = Math.pow(rng.uniform(low, 1.0), 1.0 / d);
                for (int j = 0; j < d; j++) {
                    out[i][j] *= r;
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof UniformHypersphere u && surface == u.surface
            && Double.compare(minMagnitude, u.minMagnitude) == 0;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(surface) * 31 + Double.hashCode(minMagnitude);
    }

    @Override
    public String toString() {
        return "UniformHypersphere(" + (surface ? "surface=True" : "")
            + (minMagnitude != 0 ? (surface ? ", " : "") + "min_magnitude=" + minMagnitude : "") + ")";
    }
}
