package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import java.util.Arrays;

/**
 * A fixed array of samples posing as a distribution, as Nengo's {@code Samples}: {@code sample(n, d)}
 * returns a copy of the array and draws nothing, and fails unless {@code (n, d)} is its shape.
 */
public final class Samples extends Distribution {
    private final double[][] samples;

    /**
     * @param samples the rows to return; all rows the same length (at least 1); copied
     * @throws IllegalArgumentException if the rows are ragged or empty
     */
    public Samples(final double[][] samples) {
        if (samples == null) {
            throw new ValidationError("Samples: samples = null; expected an array");
        }
        final int d = samples.length == 0 ? 1 : samples[0].length;
        for (int i = 0; i < samples.length; i++) {
            if (samples[i].length != d || d == 0) {
                throw new ValidationError("Samples: samples[" + i + "] has " + samples[i].length
                    + " elements; expected " + Math.max(d, 1) + " like samples[0]");
            }
        }
        this.samples = new double[samples.length][];
        for (int i = 0; i < samples.length; i++) {
            this.samples[i] = samples[i].clone();
        }
    }

    @Override
    public double[][] sample(final int n, final int d, final RandomState rng) {
        checkShape(n, d);
        if (n != samples.length) {
            throw new ValidationError("Samples: n = " + n + "; expected the number of samples "
                + samples.length);
        }
        if (n > 0 && d != samples[0].length) {
            throw new ValidationError("Samples: d = " + d + "; expected the sample dimensionality "
                + samples[0].length);
        }
        final double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = samples[i].clone();
        }
        return out;
    }

    /** @return the number of samples (rows) */
    public int count() {
        return samples.length;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Samples s && Arrays.deepEquals(samples, s.samples);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(samples);
    }

    @Override
    public String toString() {
        // The shape, not the values: the string appears in error messages and arrays can be large.
        return "Samples(shape=(" + samples.length + ", " + (samples.length == 0 ? 0 : samples[0].length) + "))";
    }
}
