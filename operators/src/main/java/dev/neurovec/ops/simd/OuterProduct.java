package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code C(m×k) += A(m×n)·B(k×n)ᵀ}, the weight gradient: both operands are contiguous along the reduction index
 * {@code j}, so each output is a dot product. Outputs are computed in 2×4 blocks (six loads feed eight fmas) and
 * the eight accumulators are reduced by one {@link Reductions#fold8}.
 *
 * <p>Per output: one vector accumulator over the full vectors of {@code j}, summed in the canonical order of
 * {@link Reductions#sum}, then the leftover products added by fma in order of {@code j}, then added to {@code C}.
 * With {@code n = 1} this is {@code fma(A(i,0), B(p,0), 0)} added to {@code C}, done as a vectorized rank-one update.
 *
 * <p>Rejected alternative (measured): the broadcast form with a 16×16 tile of {@code B} transposed in registers and
 * reused across rows. Kept across the row loop, the transposed vectors were boxed at its safepoint on JDK 17
 * (1.3 kB per tile); transposed again per eight rows, the method is too large for C1 ("out of virtual registers"),
 * so it runs interpreted, about 1 s per call, until C2 compiles it several seconds later.
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
        if (n < V) {
            // No full vector: the canonical sum is the fma chain from +0 alone. Running the vector blocks with an
            // empty loop still cost a fold per block and, on JDK 17, boxed vectors (conv kernel VJP at batch 2).
            // Four outputs advance together so that their chains overlap (one chain alone is latency-bound and
            // measured slower than the scalar twin at n = 8).
            for (int i = 0; i < m; i++) {
                final int a0 = aOff + i * n;
                final int c0 = cOff + i * k;
                int p = 0;
                for (; p + 4 <= k; p += 4) {
                    final int b0 = bOff + p * n;
                    float s0 = 0f;
                    float s1 = 0f;
                    float s2 = 0f;
                    float s3 = 0f;
                    for (int j = 0; j < n; j++) {
                        final float aj = a[a0 + j];
                        s0 = Math.fma(aj, b[b0 + j], s0);
                        s1 = Math.fma(aj, b[b0 + n + j], s1);
                        s2 = Math.fma(aj, b[b0 + 2 * n + j], s2);
                        s3 = Math.fma(aj, b[b0 + 3 * n + j], s3);
                    }
                    c[c0 + p] += s0;
                    c[c0 + p + 1] += s1;
                    c[c0 + p + 2] += s2;
                    c[c0 + p + 3] += s3;
                }
                for (; p < k; p++) {
                    c[c0 + p] += finish(a, a0, b, bOff + p * n, 0, n, 0f);
                }
            }
            return;
        }
        final int rowBlocks = m - m % 2;
        final int colBlocks = k - k % 4;
        int i = 0;
        for (; i < rowBlocks; i += 2) {
            int p = 0;
            for (; p < colBlocks; p += 4) {
                block2x4(a, aOff + i * n, b, bOff + p * n, c, cOff + i * k + p, k, n);
            }
            for (; p < k; p++) {
                single(a, aOff + i * n, b, bOff + p * n, c, cOff + i * k + p, n);
                single(a, aOff + (i + 1) * n, b, bOff + p * n, c, cOff + (i + 1) * k + p, n);
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
        c[ci] += Reductions.dot(a, a0, b, b0, n);
    }

    /**
     * Outputs {@code C(i..i+1, p..p+3)}: eight accumulators, one {@link Reductions#fold8}. A 4×4 block with two folds
     * exceeded C2's {@code NodeCountInliningCutoff}, left the second fold out of line and boxed its vectors (JMH
     * {@code -prof gc}: 3.6 kB per block), so the block stays at eight.
     */
    private static void block2x4(final float[] a, final int a0, final float[] b, final int b0, final float[] c,
                                 final int c0, final int k, final int n) {
        final int bound = n - n % V;
        final int a1 = a0 + n;
        final int b1 = b0 + n;
        final int b2 = b1 + n;
        final int b3 = b2 + n;
        FloatVector s00 = FloatVector.zero(S);
        FloatVector s01 = s00;
        FloatVector s02 = s00;
        FloatVector s03 = s00;
        FloatVector s10 = s00;
        FloatVector s11 = s00;
        FloatVector s12 = s00;
        FloatVector s13 = s00;
        for (int j = 0; j < bound; j += V) {
            final FloatVector b0v = FloatVector.fromArray(S, b, b0 + j);
            final FloatVector b1v = FloatVector.fromArray(S, b, b1 + j);
            final FloatVector b2v = FloatVector.fromArray(S, b, b2 + j);
            final FloatVector b3v = FloatVector.fromArray(S, b, b3 + j);
            final FloatVector a0v = FloatVector.fromArray(S, a, a0 + j);
            s00 = a0v.fma(b0v, s00);
            s01 = a0v.fma(b1v, s01);
            s02 = a0v.fma(b2v, s02);
            s03 = a0v.fma(b3v, s03);
            final FloatVector a1v = FloatVector.fromArray(S, a, a1 + j);
            s10 = a1v.fma(b0v, s10);
            s11 = a1v.fma(b1v, s11);
            s12 = a1v.fma(b2v, s12);
            s13 = a1v.fma(b3v, s13);
        }
        final FloatVector sums;
        if (V == 16) {
            final FloatVector z0 = s00.blend(s10, Reductions.UPPER8)
                .add(s10.blend(s00, Reductions.UPPER8).rearrange(Reductions.SWAP8));
            final FloatVector z1 = s01.blend(s11, Reductions.UPPER8)
                .add(s11.blend(s01, Reductions.UPPER8).rearrange(Reductions.SWAP8));
            final FloatVector z2 = s02.blend(s12, Reductions.UPPER8)
                .add(s12.blend(s02, Reductions.UPPER8).rearrange(Reductions.SWAP8));
            final FloatVector z3 = s03.blend(s13, Reductions.UPPER8)
                .add(s13.blend(s03, Reductions.UPPER8).rearrange(Reductions.SWAP8));
            final FloatVector w0 = z0.blend(z2, Reductions.UPPER4)
                .add(z2.blend(z0, Reductions.UPPER4).rearrange(Reductions.SWAP4));
            final FloatVector w1 = z1.blend(z3, Reductions.UPPER4)
                .add(z3.blend(z1, Reductions.UPPER4).rearrange(Reductions.SWAP4));
            final FloatVector u = w0.blend(w1, Reductions.UPPER2)
                .add(w1.blend(w0, Reductions.UPPER2).rearrange(Reductions.SWAP2));
            sums = u.add(u.rearrange(Reductions.SWAP1));
        } else {
            final FloatVector z0 = s00.blend(s10, Reductions.UPPER4)
                .add(s10.blend(s00, Reductions.UPPER4).rearrange(Reductions.SWAP4));
            final FloatVector z1 = s01.blend(s11, Reductions.UPPER4)
                .add(s11.blend(s01, Reductions.UPPER4).rearrange(Reductions.SWAP4));
            final FloatVector z2 = s02.blend(s12, Reductions.UPPER4)
                .add(s12.blend(s02, Reductions.UPPER4).rearrange(Reductions.SWAP4));
            final FloatVector z3 = s03.blend(s13, Reductions.UPPER4)
                .add(s13.blend(s03, Reductions.UPPER4).rearrange(Reductions.SWAP4));
            final FloatVector w0 = z0.blend(z2, Reductions.UPPER2)
                .add(z2.blend(z0, Reductions.UPPER2).rearrange(Reductions.SWAP2));
            final FloatVector w1 = z1.blend(z3, Reductions.UPPER2)
                .add(z3.blend(z1, Reductions.UPPER2).rearrange(Reductions.SWAP2));
            sums = w0.blend(w1, Reductions.UPPER1).add(w1.blend(w0, Reductions.UPPER1).rearrange(Reductions.SWAP1));
        }
        // Constant lane indices: a variable index expands lane() into a switch over every lane.
        final int c1 = c0 + k;
        c[c0] += finish(a, a0, b, b0, bound, n, sums.lane(0));
        c[c0 + 1] += finish(a, a0, b, b1, bound, n, sums.lane(STRIDE));
        c[c0 + 2] += finish(a, a0, b, b2, bound, n, sums.lane(2 * STRIDE));
        c[c0 + 3] += finish(a, a0, b, b3, bound, n, sums.lane(3 * STRIDE));
        c[c1] += finish(a, a1, b, b0, bound, n, sums.lane(4 * STRIDE));
        c[c1 + 1] += finish(a, a1, b, b1, bound, n, sums.lane(5 * STRIDE));
        c[c1 + 2] += finish(a, a1, b, b2, bound, n, sums.lane(6 * STRIDE));
        c[c1 + 3] += finish(a, a1, b, b3, bound, n, sums.lane(7 * STRIDE));
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
