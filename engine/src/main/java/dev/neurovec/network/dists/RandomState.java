package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

/**
 * A Mersenne Twister (MT19937) stream that reproduces numpy's legacy {@code RandomState} draw for
 * draw: the same integer seeding, the same 53-bit doubles, the same polar-method Gaussians (with
 * the cached second value), the same masked-rejection integers and the same Fisher-Yates shuffle.
 * Matching the stream lets a network seeded here draw the seeds and uniform parameters Nengo
 * would draw (nengo-semantics.md §1.1, §1.10). Not thread-safe; every consumer owns its instance.
 */
public final class RandomState {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    /** numpy's seed draw bound: {@code randint(2**31 - 1)}. */
    public static final long MAX_SEED_EXCLUSIVE = (1L << 31) - 1;

    private final int[] mt = new int[N];
    private int mti;
    private boolean hasGauss;
    private double gauss;

    /**
     * @param seed a seed in [0, 2^32 - 1], as numpy accepts
     */
    public RandomState(final long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new ValidationError("RandomState: seed = " + seed + "; expected 0 <= seed <= 2^32 - 1");
        }
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            mt[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        mti = N;
    }

    /** @return the next raw 32-bit output, as an unsigned value in a long */
    public long nextUint32() {
        return Integer.toUnsignedLong(next32());
    }

    private int next32() {
        if (mti >= N) {
            generate();
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void generate() {
        int kk;
        int y;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        mti = 0;
    }

    private long next64() {
        final long hi = nextUint32();
        return (hi << 32) | nextUint32();
    }

    /** @return a double in [0, 1) with 53 random bits ({@code random_sample}) */
    public double randomSample() {
        final long a = nextUint32() >>> 5;
        final long b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /**
     * @param low  inclusive lower bound
     * @param high exclusive upper bound
     * @return {@code low + (high - low) * randomSample()}
     */
    public double uniform(final double low, final double high) {
        return low + (high - low) * randomSample();
    }

    /** @return a standard normal draw by numpy's legacy polar method */
    public double standardNormal() {
        if (hasGauss) {
            hasGauss = false;
            final double g = gauss;
            gauss = 0.0;
            return g;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        final double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /**
     * @param mean the mean
     * @param std  the standard deviation
     * @return {@code mean + std * standardNormal()}
     */
    public double normal(final double mean, final double std) {
        return mean + std * standardNormal();
    }

    /** @return a standard exponential draw ({@code -log(1 - U)}) */
    public double standardExponential() {
        return -Math.log(1.0 - randomSample());
    }

    /**
     * Integer in [0, high), as numpy's legacy {@code randint(high)}: masked rejection sampling.
     *
     * @param high exclusive upper bound, at least 1
     * @return the draw
     */
    public long randint(final long high) {
        return randint(0, high);
    }

    /**
     * Integer in [low, high), as numpy's legacy {@code randint(low, high)}.
     *
     * @param low  inclusive lower bound
     * @param high exclusive upper bound, greater than low
     * @return the draw
     */
    public long randint(final long low, final long high) {
        if (high <= low) {
            throw new ValidationError("RandomState.randint: low = " + low + ", high = " + high
                + "; expected low < high");
        }
        return low + interval(high - low - 1);
    }

    /**
     * Uniform integer in [0, max] by masked rejection, numpy's {@code random_interval} and
     * bounded-masked integer routines (they agree for these bounds).
     */
    private long interval(final long max) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        long value;
        if (max <= 0xffffffffL) {
            if (max == 0xffffffffL) {
                return nextUint32();
            }
            do {
                value = nextUint32() & mask;
            } while (value > max);
        } else {
            do {
                value = next64() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }

    /** @return a seed for a child stream, {@code randint(2**31 - 1)} as Nengo draws them */
    public long nextSeed() {
        return randint(MAX_SEED_EXCLUSIVE);
    }

    /**
     * Shuffles rows in place with numpy's legacy Fisher-Yates order.
     *
     * @param rows the rows (or elements) to shuffle
     * @param <T>  row type
     */
    public <T> void shuffle(final T[] rows) {
        for (int i = rows.length - 1; i > 0; i--) {
            final int j = (int) interval(i);
            final T tmp = rows[i];
            rows[i] = rows[j];
            rows[j] = tmp;
        }
    }

    /**
     * Shuffles in place with numpy's legacy Fisher-Yates order.
     *
     * @param values the values to shuffle
     */
    public void shuffle(final int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            final int j = (int) interval(i);
            final int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }

    /**
     * Shuffles in place with numpy's legacy Fisher-Yates order.
     *
     * @param values the values to shuffle
     */
    public void shuffle(final double[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            final int j = (int) interval(i);
            final double tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }

    /**
     * @param n number of elements
     * @return a random permutation of 0..n-1 ({@code permutation(n)})
     */
    public int[] permutation(final int n) {
        final int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p);
        return p;
    }
}
