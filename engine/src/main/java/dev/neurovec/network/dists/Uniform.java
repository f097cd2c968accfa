package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

/**
 * Uniform distribution on {@code [low, high)}: {@code x = low + (high - low) * U}, or, when
 * {@code integer}, a uniform integer in {@code [low, high)} ({@code rng.randint(low, high)}), as
 * Nengo's {@code Uniform}. Samples are drawn in C (row-major) order, one draw per element, so
 * {@code sample(n, d)} equals {@code n*d} sequential {@link RandomState#uniform} draws.
 */
public final class Uniform extends Distribution {
    private final double low;
    private final double high;
    private final boolean integer;

    /**
     * A continuous uniform distribution.
     *
     * @param low  inclusive lower bound
     * @param high exclusive upper bound, at least {@code low}
     * @throws IllegalArgumentException if {@code low > high} or either bound is not finite
     */
    public Uniform(final double low, final double high) {
        this(low, high, false);
    }

    /**
     * @param low     inclusive lower bound (an integer value when {@code integer})
     * @param high    exclusive upper bound (an integer value greater than {@code low} when {@code integer})
     * @param integer draw integers with {@code randint} instead of reals
     * @throws IllegalArgumentException if the bounds are out of order, not finite, or not integers
     *                                  when {@code integer}
     */
    public Uniform(final double low, final double high, final boolean integer) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new ValidationError("Uniform: low = " + low + ", high = " + high
                + "; expected finite bounds");
        }
        if (!(low <= high)) {
            throw new ValidationError("Uniform: low = " + low + ", high = " + high
                + "; expected low <= high");
        }
        if (integer && (low != Math.rint(low) || high != Math.rint(high) || low == high)) {
            throw new ValidationError("Uniform: low = " + low + ", high = " + high
                + "; expected integer bounds with low < high when integer = true");
        }
        this.low = low;
        this.high = high;
        this.integer = integer;
    }

    /** @return the inclusive lower bound */
    public double low() {
        return low;
    }

    /** @return the exclusive upper bound */
    public double high() {
        return high;
    }

    /** @return whether integers are drawn */
    public boolean integer() {
        return integer;
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
        if (integer) {
            final long lo = (long) low;
            final long hi = (long) high;
            for (int j = 0; j < out.length; j++) {
                out[j] = rng.randint(lo, hi);
            }
        } else {
            for (int j = 0; j < out.length; j++) {
                out[j] = rng.uniform(low, high);
            }
        }
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Uniform u && Double.compare(low, u.low) == 0 && Double.compare(high, u.high) == 0
            && integer == u.integer;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(low) * 31 + Double.hashCode(high)) * 31 + Boolean.hashCode(integer);
    }

    @Override
    public String toString() {
        return "Uniform(low=" + low + ", high=" + high + (integer ? ", integer=True)" : ")");
    }
}
