package dev.neurovec.ops.simd;

import dev.neurovec.ops.LossOps;
import dev.neurovec.ops.scalar.ScalarLossOps;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API {@link LossOps}. The squared-error sums are reductions, which C2 leaves scalar: here the squares of each
 * block of {@link #BLOCK} floats are accumulated lane-wise in float, folded by {@link Reductions#sum} and added to a
 * double, so the order depends only on {@code n} and the float partial sums stay short (relative error of order
 * {@code BLOCK/LANES · 2⁻²⁴}). The softmax cross-entropy and the arg-max are the scalar twin: rows are short
 * (tens of classes) and the kernel runs once per training batch.
 */
public final class SimdLossOps implements LossOps {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    /** Floats whose squares share one float accumulator before being added to the double sum. */
    static final int BLOCK = 1024;

    private final LossOps scalar = new ScalarLossOps();

    /** Constructs the kernels (stateless). */
    public SimdLossOps() {
    }

    @Override
    public double mseInc(final float[] pred, final int pOff, final float[] target, final int tOff, final int n,
                         final float[] grad, final int gOff, final float gradScale) {
        return squaredErrorInc(pred, pOff, target, tOff, n, grad, gOff, gradScale, false);
    }

    @Override
    public double nanMseInc(final float[] pred, final int pOff, final float[] target, final int tOff, final int n,
                            final float[] grad, final int gOff, final float gradScale) {
        return squaredErrorInc(pred, pOff, target, tOff, n, grad, gOff, gradScale, true);
    }

    @Override
    public int countFinite(final float[] x, final int xOff, final int n) {
        final int bound = n - n % V;
        int count = 0;
        for (int i = 0; i < bound; i += V) {
            final FloatVector v = FloatVector.fromArray(S, x, xOff + i);
            count += v.sub(v).compare(VectorOperators.EQ, 0f).trueCount();
        }
        return count + scalar.countFinite(x, xOff + bound, n - bound);
    }

    @Override
    public double sparseSoftmaxCrossEntropyInc(final float[] logits, final int lOff, final int[] labels,
                                               final int labOff, final int rows, final int classes,
                                               final float[] grad, final int gOff, final float gradScale) {
        return scalar.sparseSoftmaxCrossEntropyInc(logits, lOff, labels, labOff, rows, classes, grad, gOff,
            gradScale);
    }

    @Override
    public int argmaxMatches(final float[] logits, final int lOff, final int[] labels, final int labOff,
                             final int rows, final int classes) {
        return scalar.argmaxMatches(logits, lOff, labels, labOff, rows, classes);
    }

    private static double squaredErrorInc(final float[] pred, final int pOff, final float[] target, final int tOff,
                                          final int n, final float[] grad, final int gOff, final float gradScale,
                                          final boolean skipNaN) {
        double total = 0.0;
        int i = 0;
        while (i < n) {
            final int end = Math.min(n, i + BLOCK);
            final int bound = end - (end - i) % V;
            total += blockVectors(pred, pOff, target, tOff, i, bound, grad, gOff, gradScale, skipNaN);
            for (i = bound; i < end; i++) {
                final float t = target[tOff + i];
                final float d = pred[pOff + i] - t;
                if (!skipNaN || t == t) {
                    total += (double) (d * d);
                    grad[gOff + i] += d * 2f * gradScale;
                }
            }
        }
        return total;
    }

    /** Squares summed lane-wise over {@code [from, bound)}, folded to one float; gradients added on the way. */
    private static float blockVectors(final float[] pred, final int pOff, final float[] target, final int tOff,
                                      final int from, final int bound, final float[] grad, final int gOff,
                                      final float gradScale, final boolean skipNaN) {
        FloatVector acc = FloatVector.zero(S);
        final FloatVector zero = acc;
        for (int i = from; i < bound; i += V) {
            final FloatVector t = FloatVector.fromArray(S, target, tOff + i);
            FloatVector d = FloatVector.fromArray(S, pred, pOff + i).sub(t);
            final FloatVector g = FloatVector.fromArray(S, grad, gOff + i);
            FloatVector updated = g.add(d.mul(2f).mul(gradScale));
            if (skipNaN) {
                final VectorMask<Float> missing = t.compare(VectorOperators.NE, t);
                d = d.blend(zero, missing);
                updated = updated.blend(g, missing);
            }
            acc = d.fma(d, acc);
            updated.intoArray(grad, gOff + i);
        }
        FloatVector t = acc;
        if (V == 16) {
            t = t.add(t.rearrange(Reductions.SWAP8));
        }
        t = t.add(t.rearrange(Reductions.SWAP4));
        t = t.add(t.rearrange(Reductions.SWAP2));
        t = t.add(t.rearrange(Reductions.SWAP1));
        float sum = t.lane(0);
        return sum;
    }
}
