package dev.neurovec.ops.simd;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs one kernel call on the scalar twin and on the SIMD kernel with identical copies of the inputs and compares
 * every array afterwards (so stray writes outside an output range are caught too).
 */
final class TwinCheck {

    /** Sizes around the vector widths (8 and 16 floats), from the project's test conventions. */
    static final int[] SIZES = {1, 3, 15, 16, 17, 31, 33, 100, 1023, 4099};

    /** Base seed; override with -Dneurovec.seed=... to explore. */
    static final long SEED = Long.getLong("neurovec.seed", 0x5EED_2025L);

    /** Unit roundoff of float. */
    static final double EPS = Math.ulp(1f) / 2;

    private TwinCheck() {
    }

    /** How one array is compared. */
    enum Mode {
        /** Bit-identical (spikes, masks, integers, exact arithmetic). */
        EXACT,
        /** Within {@code ulps} units in the last place, or {@code absFloor} absolutely. */
        ULPS,
        /** Within a bound proportional to the reduction length and the magnitude of the summed terms. */
        SUM
    }

    /** Comparison settings. */
    record Tolerance(Mode mode, int ulps, float absFloor, int length) {
        static Tolerance exact() {
            return new Tolerance(Mode.EXACT, 0, 0f, 0);
        }

        static Tolerance ulps(final int ulps, final float absFloor) {
            return new Tolerance(Mode.ULPS, ulps, absFloor, 0);
        }

        static Tolerance sum(final int length) {
            return new Tolerance(Mode.SUM, 0, 0f, length);
        }
    }

    /**
     * Compares {@code call} on both backends.
     *
     * @param what   description printed on failure
     * @param seed   seed that produced the inputs, printed on failure
     * @param arrays inputs and outputs (deep-copied per run)
     * @param tol    comparison of every array
     * @param scalar twin
     * @param simd   kernel under test
     * @param call   the call
     * @param <T>    family interface
     */
    static <T> void assertTwinAgrees(final String what, final long seed, final float[][] arrays,
                                     final Tolerance tol, final T scalar, final T simd,
                                     final BiConsumer<T, float[][]> call) {
        final Tolerance[] each = new Tolerance[arrays.length];
        Arrays.fill(each, tol);
        assertTwinAgrees(what, seed, arrays, each, scalar, simd, call);
    }

    /**
     * As above, with one tolerance per array.
     *
     * @param what   description printed on failure
     * @param seed   seed that produced the inputs, printed on failure
     * @param arrays inputs and outputs (deep-copied per run)
     * @param tols   comparison of each array
     * @param scalar twin
     * @param simd   kernel under test
     * @param call   the call
     * @param <T>    family interface
     */
    static <T> void assertTwinAgrees(final String what, final long seed, final float[][] arrays,
                                     final Tolerance[] tols, final T scalar, final T simd,
                                     final BiConsumer<T, float[][]> call) {
        final float[][] expected = deepCopy(arrays);
        call.accept(scalar, expected);
        final float[][] actual = deepCopy(arrays);
        call.accept(simd, actual);
        float[][] magnitude = null;
        if (Arrays.stream(tols).anyMatch(t -> t.mode() == Mode.SUM)) {
            magnitude = deepCopy(arrays);
            for (final float[] m : magnitude) {
                for (int i = 0; i < m.length; i++) {
                    m[i] = Math.abs(m[i]);
                }
            }
            call.accept(scalar, magnitude);
        }
        for (int a = 0; a < arrays.length; a++) {
            for (int i = 0; i < arrays[a].length; i++) {
                final float e = expected[a][i];
                final float v = actual[a][i];
                if (!close(e, v, tols[a], magnitude == null ? 0f : magnitude[a][i])) {
                    fail(what + ": array " + a + " index " + i + ": scalar=" + e + " simd=" + v + " ("
                        + ulpDistance(e, v) + " ulps, mode " + tols[a] + ") seed=" + seed);
                }
            }
        }
    }

    static boolean close(final float e, final float v, final Tolerance tol, final float magnitude) {
        if (Float.floatToRawIntBits(e) == Float.floatToRawIntBits(v) || (e != e && v != v)) {
            return true;
        }
        switch (tol.mode()) {
            case EXACT:
                return false;
            case ULPS:
                return ulpDistance(e, v) <= tol.ulps() || Math.abs(e - v) <= tol.absFloor();
            default:
                final double bound = 2.0 * (tol.length() + 2) * EPS * magnitude + Float.MIN_NORMAL;
                return Math.abs((double) e - v) <= bound;
        }
    }

    /** Units in the last place between two floats; +0 and -0 are equal; NaN against a number is infinite. */
    static long ulpDistance(final float a, final float b) {
        if (a == b || (a != a && b != b)) {
            return 0;
        }
        if (a != a || b != b) {
            return Long.MAX_VALUE;
        }
        return Math.abs(ordered(a) - ordered(b));
    }

    private static long ordered(final float f) {
        final int bits = Float.floatToRawIntBits(f);
        return bits < 0 ? -(long) (bits & 0x7fffffff) : bits;
    }

    static float[][] deepCopy(final float[][] arrays) {
        final float[][] copy = new float[arrays.length][];
        for (int a = 0; a < arrays.length; a++) {
            copy[a] = arrays[a].clone();
        }
        return copy;
    }

    /** Uniform floats in {@code [lo, hi)}. */
    static float[] uniform(final Random random, final int n, final float lo, final float hi) {
        final float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * random.nextFloat();
        }
        return x;
    }

    /** Uniform floats with a few edge values (0, ±large, subnormal) mixed in at random places. */
    static float[] withEdges(final Random random, final int n, final float lo, final float hi) {
        final float[] x = uniform(random, n, lo, hi);
        final float[] edges = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 1e30f, -1e30f};
        for (int e = 0; e < Math.max(1, n / 64); e++) {
            x[random.nextInt(n)] = edges[random.nextInt(edges.length)];
        }
        return x;
    }

    static String shape(final int... dims) {
        return Arrays.toString(dims);
    }
}
