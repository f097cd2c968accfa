package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code C(m×k) += A(m×n)·B(k×n)ᵀ}, the weight gradient: both operands are contiguous along the reduction index
 * {@code j}, so each output is a dot product. Outputs are computed in 4×4 blocks (eight loads feed sixteen fmas)
 * and the sixteen accumulators are reduced by two {@link Reductions#fold8} calls.
 *
 * <p>Per output: one vector accumulator over the full vectors of {@code j}, summed in the canonical order of
 * {@link Reductions#sum}, then the leftover products added by fma in order of {@code j}, then added to {@code C}.
 * With {@code n = 1} this is {@code fma(A(i,0), B(p,0), 0)} added to {@code C}, done as a vectorized rank-one update.
 */
final class OuterProduct {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;
    private static final int STRIDE = Reductions.FOLD8_STRIDE;

    private OuterProduct() {
    }

    /** {@code C(i,p) += fma(a[i], b[p], 0)}: the {@code n = 1} case of the dot form, vectorized along {@code p}. */
    static void addRankOne(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                           final int cOff, final int m, final int k) {
        final FloatVector zero = FloatVector.zero(S);
        final int bound = k - k % V;
        for (int i = 0; i < m; i++) {
            final float ai = a[aOff + i];
            final FloatVector av = FloatVector.broadcast(S, ai);
            final int row = cOff + i * k;
            int p = 0;
            for (; p < bound; p += V) {
                final FloatVector product = av.fma(FloatVector.fromArray(S, b, bOff + p), zero);
                FloatVector.fromArray(S, c, row + p).add(product).intoArray(c, row + p);
            }
            for (; p < k; p++) {
                c[row + p] += Math.fma(ai, b[bOff + p], 0f);
            }
        }
    }

    /** {@code C(i,p) += Σ_j A(i,j)·B(p,j)} for {@code n >= 2}. */
    static void addDotBlocks(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                             final int cOff, final int m, final int k, final int n) {
        final int rowBlocks = m - m % 4;
        final int colBlocks = k - k % 4;
        int i = 0;
        for (; i < rowBlocks; i += 4) {
            int p = 0;
            for (; p < colBlocks; p += 4) {
                block4x4(a, aOff + i * n, b, bOff + p * n, c, cOff + i * k + p, k, n);
            }
            for (; p < k; p++) {
                for (int r = 0; r < 4; r++) {
                    single(a, aOff + (i + r) * n, b, bOff + p * n, c, cOff + (i + r) * k + p, n);
                }
            }
        }
        for (; i < m; i++) {
            for (int p = 0; p < k; p++) {
                single(a, aOff + i * n, b, bOff + p * n, c, cOff + i * k + p, n);
            }
        }
    }

    private static void single(final float[] a, final int a0, final float[] b, final int b0, final float[] c,
                               final int ci, final int n) {
        final int bound = n - n % V;
        FloatVector s = FloatVector.zero(S);
        for (int j = 0; j < bound; j += V) {
            s = FloatVector.fromArray(S, a, a0 + j).fma(FloatVector.fromArray(S, b, b0 + j), s);
        }
        c[ci] += finish(a, a0, b, b0, bound, n, Reductions.sum(s));
    }

    private static void block4x4(final float[] a, final int a0, final float[] b, final int b0, final float[] c,
                                 final int c0, final int k, final int n) {
        final int bound = n - n % V;
        FloatVector s00 = FloatVector.zero(S);
        FloatVector s01 = s00;
        FloatVector s02 = s00;
        FloatVector s03 = s00;
        FloatVector s10 = s00;
        FloatVector s11 = s00;
        FloatVector s12 = s00;
        FloatVector s13 = s00;
        FloatVector s20 = s00;
        FloatVector s21 = s00;
        FloatVector s22 = s00;
        FloatVector s23 = s00;
        FloatVector s30 = s00;
        FloatVector s31 = s00;
        FloatVector s32 = s00;
        FloatVector s33 = s00;
        for (int j = 0; j < bound; j += V) {
            final FloatVector b0v = FloatVector.fromArray(S, b, b0 + j);
            final FloatVector b1v = FloatVector.fromArray(S, b, b0 + n + j);
            final FloatVector b2v = FloatVector.fromArray(S, b, b0 + 2 * n + j);
            final FloatVector b3v = FloatVector.fromArray(S, b, b0 + 3 * n + j);
            final FloatVector a0v = FloatVector.fromArray(S, a, a0 + j);
            s00 = a0v.fma(b0v, s00);
            s01 = a0v.fma(b1v, s01);
            s02 = a0v.fma(b2v, s02);
            s03 = a0v.fma(b3v, s03);
            final FloatVector a1v = FloatVector.fromArray(S, a, a0 + n + j);
            s10 = a1v.fma(b0v, s10);
            s11 = a1v.fma(b1v, s11);
            s12 = a1v.fma(b2v, s12);
            s13 = a1v.fma(b3v, s13);
            final FloatVector a2v = FloatVector.fromArray(S, a, a0 + 2 * n + j);
            s20 = a2v.fma(b0v, s20);
            s21 = a2v.fma(b1v, s21);
            s22 = a2v.fma(b2v, s22);
            s23 = a2v.fma(b3v, s23);
            final FloatVector a3v = FloatVector.fromArray(S, a, a0 + 3 * n + j);
            s30 = a3v.fma(b0v, s30);
            s31 = a3v.fma(b1v, s31);
            s32 = a3v.fma(b2v, s32);
            s33 = a3v.fma(b3v, s33);
        }
        final FloatVector top = Reductions.fold8(s00, s01, s02, s03, s10, s11, s12, s13);
        final FloatVector bottom = Reductions.fold8(s20, s21, s22, s23, s30, s31, s32, s33);
        for (int q = 0; q < 4; q++) {
            final int bq = b0 + q * n;
            c[c0 + q] += finish(a, a0, b, bq, bound, n, top.lane(q * STRIDE));
            c[c0 + k + q] += finish(a, a0 + n, b, bq, bound, n, top.lane((4 + q) * STRIDE));
            c[c0 + 2 * k + q] += finish(a, a0 + 2 * n, b, bq, bound, n, bottom.lane(q * STRIDE));
            c[c0 + 3 * k + q] += finish(a, a0 + 3 * n, b, bq, bound, n, bottom.lane((4 + q) * STRIDE));
        }
    }

    private static float finish(final float[] a, final int a0, final float[] b, final int b0, final int from,
                                final int n, final float folded) {
        float sum = folded;
        for (int j = from; j < n; j++) {
            sum = Math.fma(a[a0 + j], b[b0 + j], sum);
        }
        return sum;
    }
}
