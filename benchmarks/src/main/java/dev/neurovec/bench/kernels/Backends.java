package dev.neurovec.bench.kernels;

import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.scalar.ScalarKernels;
import dev.neurovec.ops.simd.SimdKernels;

import java.util.Random;

/** Construction helpers shared by the kernel benchmarks. */
final class Backends {

    private Backends() {
    }

    /**
     * The backend named by a JMH parameter.
     *
     * @param name {@code scalar} or {@code simd}
     * @return a fresh backend
     */
    static Kernels named(final String name) {
        switch (name) {
            case "scalar":
                return new ScalarKernels();
            case "simd":
                return new SimdKernels();
            default:
                throw new IllegalArgumentException("unknown backend: " + name + "; expected scalar or simd");
        }
    }

    /**
     * Uniform random floats.
     *
     * @param seed seed
     * @param n    length
     * @param lo   lower bound
     * @param hi   upper bound
     * @return the array
     */
    static float[] uniform(final long seed, final int n, final float lo, final float hi) {
        final Random random = new Random(seed);
        final float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * random.nextFloat();
        }
        return x;
    }

    /**
     * Parses {@code "512x512x64"} into its numbers.
     *
     * @param shape the text
     * @return the dimensions
     */
    static int[] dims(final String shape) {
        final String[] parts = shape.split("x");
        final int[] d = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            d[i] = Integer.parseInt(parts[i]);
        }
        return d;
    }
}
