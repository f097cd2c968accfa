package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

/**
 * Shifted exponential distribution clipped below {@code high}, as Nengo's {@code Exponential}:
 * {@code x = clip(scale * E + shift, shift, nextDown(high))} with {@code E} a standard exponential
 * draw ({@code -log(1 - U)}, numpy's legacy sampler). Values that would reach {@code high} are
 * clipped to the largest double below it, so every sample is strictly less than {@code high}.
 */
public final class Exponential extends Distribution {
    private final double scale;
    private final double shift;
    private final double high;

    /**
     * An unshifted, unclipped exponential distribution.
     *
     * @param scale the scale (inverse rate), greater than 0
     */
    public Exponential(final double scale) {
        this(scale, 0.0, Double.POSITIVE_INFINITY);
    }

    /**
     * @param scale the scale (inverse rate), greater than 0
     * @param shift the smallest value, finite
     * @param high  exclusive upper clip, greater than {@code shift} (may be infinite)
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public Exponential(final double scale, final double shift, final double high) {
        if (!(scale > 0) || scale == Double.POSITIVE_INFINITY) {
            throw new ValidationError("Exponential: scale = " + scale + "; expected scale > 0");
        }
        if (!Double.isFinite(shift)) {
            throw new ValidationError("Exponential: shift = " + shift + "; expected a finite value");
        }
        if (!(high > shift)) {
            throw new ValidationError("Exponential: shift = " + shift + ", high = " + high
                + "; expected shift < high");
        }
        this.scale = scale;
        this.shift = shift;
        this.high = high;
    }

    /** @return the scale */
    public double scale() {
        return scale;
    }

    /** @return the shift */
    public double shift() {
        return shift;
    }

    /** @return the exclusive upper clip */
    public double high() {
        return high;
    }

    @Override
    public double[][] sample(final int n, final int d, final RandomState rng) {
        checkShape(n, d);
        // Nengo clips to nextafter(high, -inf) so that samples stay strictly below high (§1.10).
        final double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            sampleInto(out[i], rng);
        }
        return out;
    }

    @Override
    public void sampleInto(final double[] out, final RandomState rng) {
        final double top = Math.nextDown(high);
        for (int j = 0; j < out.length; j++) {
            final double x = scale * rng.standardExponential() + shift;
            out[j] = Math.min(Math.max(x, shift), top);
        }
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Exponential e && Double.compare(scale, e.scale) == 0
            && Double.compare(shift, e.shift) == 0 && Double.compare(high, e.high) == 0;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(scale) * 31 + Double.hashCode(shift)) * 31 + Double.hashCode(high);
    }

    @Override
    public String toString() {
        return "Exponential(scale=" + scale + (shift != 0.0 ? ", shift=" + shift : "")
            + (high != Double.POSITIVE_INFINITY ? ", high=" + high : "") + ")";
    }
}
