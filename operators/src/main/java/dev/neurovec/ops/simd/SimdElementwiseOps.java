package dev.neurovec.ops.simd;

import dev.neurovec.ops.ElementwiseOps;
import dev.neurovec.ops.scalar.ScalarElementwiseOps;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API {@link ElementwiseOps}: only {@link #firstNonFinite} is hand-vectorized, because C2 does not vectorize a
 * loop with an early exit. Every other method is the scalar twin, which C2 compiles to 512-bit code by itself
 * (reference/java-stack.md §3: axpy over 100k floats 8.1 µs scalar against 9.2 µs Vector API; this module's own
 * figures are in {@code benchmarks/RESULTS.md}, section Kernels).
 */
public final class SimdElementwiseOps implements ElementwiseOps {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    private final ElementwiseOps scalar = new ScalarElementwiseOps();

    /** Constructs the kernels (stateless). */
    public SimdElementwiseOps() {
    }

    @Override
    public void fill(final float[] y, final int yOff, final int n, final float v) {
        scalar.fill(y, yOff, n, v);
    }

    @Override
    public void copy(final float[] x, final int xOff, final float[] y, final int yOff, final int n) {
        scalar.copy(x, xOff, y, yOff, n);
    }

    @Override
    public void add(final float[] x, final int xOff, final float[] y, final int yOff, final int n) {
        scalar.add(x, xOff, y, yOff, n);
    }

    @Override
    public void axpy(final float alpha, final float[] x, final int xOff, final float[] y, final int yOff,
                     final int n) {
        scalar.axpy(alpha, x, xOff, y, yOff, n);
    }

    @Override
    public void scale(final float alpha, final float[] y, final int yOff, final int n) {
        scalar.scale(alpha, y, yOff, n);
    }

    @Override
    public void mul(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                    final int yOff, final int n) {
        scalar.mul(a, aOff, x, xOff, y, yOff, n);
    }

    @Override
    public void mulInc(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                       final int yOff, final int n) {
        scalar.mulInc(a, aOff, x, xOff, y, yOff, n);
    }

    @Override
    public void mulIncBroadcast(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                                final int yOff, final int n, final int batch) {
        scalar.mulIncBroadcast(a, aOff, x, xOff, y, yOff, n, batch);
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code x - x} is 0 for every finite {@code x} and NaN otherwise, so one subtraction and one compare test a
     * whole vector; only a vector that contains a non-finite value is searched lane by lane.
     */
    @Override
    public int firstNonFinite(final float[] x, final int xOff, final int n) {
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            final FloatVector v = FloatVector.fromArray(S, x, xOff + i);
            if (v.sub(v).compare(VectorOperators.NE, 0f).anyTrue()) {
                return scalar.firstNonFinite(x, xOff + i, V) + i;
            }
        }
        final int tail = scalar.firstNonFinite(x, xOff + bound, n - bound);
        return tail < 0 ? -1 : tail + bound;
    }
}
