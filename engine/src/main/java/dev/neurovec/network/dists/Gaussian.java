package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

/**
 * Normal distribution {@code x = mean + std * N(0, 1)} with numpy's legacy polar-method draws, as
 * Nengo's {@code Gaussian}. Samples are drawn in C (row-major) order, so {@code sample(n, d)}
 * equals {@code n*d} sequential {@link RandomState#normal} draws.
 */
public final class Gaussian extends Distribution {
    private final double mean;
    private final double std;

    /**
     * @param mean the mean, finite
     * @param std  the standard deviation, greater than 0
     * @throws IllegalArgumentException if {@code std <= 0} or a parameter is not finite
     */
    public Gaussian(final double mean, final double std) {
        if (!Double.isFinite(mean)) {
            throw new ValidationError("Gaussian: mean = " + mean + "; expected a finite value");
        }
        if (!(std > 0) || std == Double.POSITIVE_INFINITY) {
            throw new ValidationError("Gaussian: std = " + std + "; expected std > 0");
        }
        this.mean = mean;
        this.std = std;
    }

    /** @return the mean */
    public double mean() {
        return mean;
    }

    /** @return the standard deviation */
    public double std() {
        return std;
    }

    @Override
    public double[][] sample(final int n, final int d, final RandomState rng) {
        checkShape(n, d);
        final double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            sampleInto(out[i], rng);
        }
        return out;
    }

    @Override
    public void sampleInto(final double[] out, final RandomState rng) {
        for (int j = 0; j < out.length; j++) {
            out[j] = rng.normal(mean, std);
        }
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Gaussian g && Double.compare(mean, g.mean) == 0 && Double.compare(std, g.std) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(mean) * 31 + Double.hashCode(std);
    }

    @Override
    public String toString() {
        return "Gaussian(mean=" + mean + ", std=" + std + ")";
    }
}
