package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

/**
 * A distribution that parameters (encoders, intercepts, transforms, ...) are drawn from, as Nengo's
 * {@code nengo.dists.Distribution}. Implementations are immutable; all randomness comes from the
 * {@link RandomState} passed in, in numpy's C order, so that a seeded build is reproducible and
 * draws the same values Nengo would where the algorithm is the same.
 */
public abstract class Distribution {

    /**
     * Draws {@code n} vectors of {@code d} dimensions.
     *
     * @param n   number of samples, at least 0
     * @param d   dimensions of each sample, at least 1
     * @param rng the stream to draw from
     * @return a new {@code n x d} array
     */
    public abstract double[][] sample(int n, int d, RandomState rng);

    /**
     * Draws {@code n} scalars; the same values as {@code sample(n, 1, rng)} flattened.
     *
     * @param n   number of samples
     * @param rng the stream to draw from
     * @return a new array of length {@code n}
     */
    public double[] sample(final int n, final RandomState rng) {
        final double[][] s = sample(n, 1, rng);
        final double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = s[i][0];
        }
        return out;
    }

    /**
     * Draws one sample of {@code out.length} dimensions into {@code out}: the same values, from the
     * same draws, as {@code sample(1, out.length, rng)[0]}. Noise processes call this once per time
     * step, so the distributions that can draw without allocating (Uniform, Gaussian, Exponential,
     * Choice, TruncatedNormal) override it; the default delegates to
     * {@link #sample(int, int, RandomState)} and copies, which allocates.
     *
     * @param out written, length at least 1
     * @param rng the stream to draw from
     */
    public void sampleInto(final double[] out, final RandomState rng) {
        System.arraycopy(sample(1, out.length, rng)[0], 0, out, 0, out.length);
    }

    /**
     * Checks sample-call arguments; implementations call it first.
     *
     * @param n number of samples
     * @param d dimensions
     */
    protected final void checkShape(final int n, final int d) {
        if (n < 0) {
            throw new ValidationError(this + ": n = " + n + "; expected >= 0");
        }
        if (d < 1) {
            throw new ValidationError(this + ": d = " + d + "; expected >= 1");
        }
    }
}
