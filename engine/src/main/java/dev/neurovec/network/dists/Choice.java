package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import java.util.Arrays;

/**
 * Discrete distribution over a fixed set of option vectors, as Nengo's {@code Choice}. With
 * {@code p = weights / sum(weights)} (uniform when no weights are given) and
 * {@code cdf = cumsum(p)}, sample {@code k} is {@code options[i_k]} where
 * {@code i_k = #{j : cdf[j] < u_k}} ({@code searchsorted}, side left) and {@code u_k} is the k-th
 * {@link RandomState#randomSample} draw. Nengo draws the indices this way whether or not weights are
 * given (it calls {@code searchsorted(cumsum(p), rng.rand(n))}, not {@code rng.choice}), so one
 * uniform draw is consumed per sample in both cases.
 */
public final class Choice extends Distribution {
    private final double[][] options;
    private final double[] weights;
    private final double[] cdf;

    /**
     * Equally likely scalar options.
     *
     * @param values the options, at least one
     */
    public Choice(final double... values) {
        this(toColumn(values), null);
    }

    /**
     * @param options the option vectors (rows), at least one, all the same non-zero length; copied
     * @param weights relative weights (non-negative, positive sum), one per option; null for equal weights
     * @throws IllegalArgumentException if the options or weights are malformed
     */
    public Choice(final double[][] options, final double[] weights) {
        if (options == null || options.length == 0) {
            throw new ValidationError("Choice: options is empty; expected at least one option");
        }
        final int d = options[0].length;
        for (int i = 0; i < options.length; i++) {
            if (options[i].length != d || d == 0) {
                throw new ValidationError("Choice: options[" + i + "] has " + options[i].length
                    + " elements; expected " + Math.max(d, 1) + " like options[0]");
            }
        }
        this.options = copy(options);
        final int n = options.length;
        final double[] w;
        if (weights == null) {
            w = new double[n];
            Arrays.fill(w, 1.0);
        } else {
            if (weights.length != n) {
                throw new ValidationError("Choice: weights has " + weights.length
                    + " elements; expected one per option (" + n + ")");
            }
            for (int i = 0; i < n; i++) {
                if (!(weights[i] >= 0) || weights[i] == Double.POSITIVE_INFINITY) {
                    throw new ValidationError("Choice: weights[" + i + "] = " + weights[i]
                        + "; expected a finite value >= 0");
                }
            }
            w = weights.clone();
        }
        double total = 0;
        for (final double v : w) {
            total += v;
        }
        if (!(total > 0)) {
            throw new ValidationError("Choice: sum(weights) = " + total + "; expected > 0");
        }
        this.weights = weights == null ? null : w;
        this.cdf = new double[n];
        double c = 0;
        for (int i = 0; i < n; i++) {
            c += w[i] / total;
            cdf[i] = c;
        }
    }

    /** @return the number of dimensions of each option */
    public int dimensions() {
        return options[0].length;
    }

    /** @return a copy of the options */
    public double[][] options() {
        return copy(options);
    }

    /** @return a copy of the weights as given, or null when the options are equally likely */
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    @Override
    public double[][] sample(final int n, final int d, final RandomState rng) {
        checkShape(n, d);
        if (d != options[0].length) {
            throw new ValidationError(this + ": d = " + d + "; expected the options' dimensionality "
                + options[0].length);
        }
        final double[][] out = new double[n][];
        for (int k = 0; k < n; k++) {
            out[k] = options[index(rng.randomSample())].clone();
        }
        return out;
    }

    /** One sample: copies the chosen option into {@code out}, whose length must be the options' dimensionality. */
    @Override
    public void sampleInto(final double[] out, final RandomState rng) {
        if (out.length != options[0].length) {
            throw new ValidationError(this + ": d = " + out.length + "; expected the options' dimensionality "
                + options[0].length);
        }
        System.arraycopy(options[index(rng.randomSample())], 0, out, 0, out.length);
    }

    /**
     * Left-sided search: the number of cdf entries strictly below {@code u}. Clamped to the last
     * option because round-off can leave {@code cdf[n-1]} just under 1 (numpy would index past the end).
     */
    private int index(final double u) {
        int lo = 0;
        int hi = cdf.length;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(lo, cdf.length - 1);
    }

    private static double[][] toColumn(final double[] values) {
        if (values == null) {
            return null;
        }
        final double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = new double[] {values[i]};
        }
        return out;
    }

    private static double[][] copy(final double[][] a) {
        final double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Choice c && Arrays.deepEquals(options, c.options) && Arrays.equals(weights, c.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(options) * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Choice(options=" + Arrays.deepToString(options)
            + (weights == null ? ")" : ", weights=" + Arrays.toString(weights) + ")");
    }
}
