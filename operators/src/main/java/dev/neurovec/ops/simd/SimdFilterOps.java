package dev.neurovec.ops.simd;

import dev.neurovec.ops.FilterOps;
import dev.neurovec.ops.scalar.ScalarFilterOps;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API {@link FilterOps}. The low-pass kernels are the scalar twin: C2 already emits 512-bit code for
 * {@code y = a·y + b·u} (reference/java-stack.md §3: 7.5 µs scalar against 8.9 µs Vector API for 100k floats; see
 * also {@code benchmarks/RESULTS.md}). The state-space filters are vectorized across elements: the twin updates
 * one element at a time through its {@code k} state components, which C2 does not vectorize.
 *
 * <p>The fma chains are listed in {@link StateSpaceVectors}; the tail runs the same chains with {@code Math.fma}, so an
 * element's result does not depend on its position in the run.
 */
public final class SimdFilterOps implements FilterOps {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    private final FilterOps scalar = new ScalarFilterOps();

    /** Constructs the kernels (stateless). */
    public SimdFilterOps() {
    }

    @Override
    public void lowpass(final float[] u, final int uOff, final float[] y, final int yOff, final int n, final float a,
                        final float b) {
        scalar.lowpass(u, uOff, y, yOff, n, a, b);
    }

    @Override
    public void lowpassPerElement(final float[] u, final int uOff, final float[] y, final int yOff, final float[] a,
                                  final int aOff, final float[] b, final int bOff, final int n) {
        scalar.lowpassPerElement(u, uOff, y, yOff, a, aOff, b, bOff, n);
    }

    @Override
    public void stateSpaceNoD(final float[] u, final int uOff, final float[] x, final int xOff, final float[] y,
                              final int yOff, final int n, final int k, final float[] a, final float[] bVec,
                              final float[] c) {
        assert k >= 1 && k <= MAX_STATE_ORDER : "k=" + k;
        final int bound = n - n % V;
        StateSpaceVectors.noFeedThrough(u, uOff, x, xOff, y, yOff, n, bound, k, a, bVec, c);
        for (int i = bound; i < n; i++) {
            StateSpaceVectors.noFeedThroughLane(u, uOff + i, x, xOff + i, y, yOff + i, n, k, a, bVec, c);
        }
    }

    @Override
    public void stateSpaceGeneral(final float[] u, final int uOff, final float[] x, final int xOff, final float[] y,
                                  final int yOff, final int n, final int k, final float[] a, final float[] bVec,
                                  final float[] c, final float d) {
        assert k >= 1 && k <= MAX_STATE_ORDER : "k=" + k;
        final int bound = n - n % V;
        StateSpaceVectors.feedThrough(u, uOff, x, xOff, y, yOff, n, bound, k, a, bVec, c, d);
        for (int i = bound; i < n; i++) {
            StateSpaceVectors.feedThroughLane(u, uOff + i, x, xOff + i, y, yOff + i, n, k, a, bVec, c, d);
        }
    }
}
