package dev.neurovec.ops.simd;

import dev.neurovec.ops.DenseOps;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API {@link DenseOps}. C2 never vectorizes a float reduction (strict IEEE order), so every dot-product
 * shape is written here; GEMM with a minibatch uses the register-blocked broadcast kernel of {@link BlockedGemm},
 * and the weight-gradient product {@code A·Bᵀ} (both operands contiguous along the reduction) uses 2×4 dot blocks
 * folded in registers ({@link OuterProduct}). Measured ratios against the scalar twin are in
 * {@code benchmarks/RESULTS.md}.
 *
 * <p>Summation orders (fixed by the reduction length alone): a dot-form result is one vector accumulator per output
 * over full vectors, folded in the canonical order of {@link Reductions#sum}, then the leftover products added by
 * fma in index order, then added to the output; a broadcast-form result is one fma chain per output in ascending
 * reduction index, starting from the old output.
 */
public final class SimdDenseOps implements DenseOps {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    /** Constructs the kernels (stateless). */
    public SimdDenseOps() {
    }

    @Override
    public void gemv(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                     final int yOff, final int m, final int k) {
        rowDots(a, aOff, x, xOff, y, yOff, m, k, false);
    }

    @Override
    public void gemvInc(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                        final int yOff, final int m, final int k) {
        rowDots(a, aOff, x, xOff, y, yOff, m, k, true);
    }

    @Override
    public void gemvTransInc(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                             final int yOff, final int m, final int k) {
        if (k >= V) {
            BlockedGemm.multiply(x, xOff, 0, 1, a, aOff, k, y, yOff, 0, 1, m, k, true);
        } else {
            BlockedGemm.multiplyNarrow(x, xOff, 0, 1, a, aOff, k, y, yOff, 0, 1, m, k, true);
        }
    }

    @Override
    public void gemm(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                     final int cOff, final int m, final int k, final int n) {
        broadcastProduct(a, aOff, k, 1, b, bOff, c, cOff, m, k, n, false);
    }

    @Override
    public void gemmInc(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                        final int cOff, final int m, final int k, final int n) {
        broadcastProduct(a, aOff, k, 1, b, bOff, c, cOff, m, k, n, true);
    }

    @Override
    public void gemmTransAInc(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                              final int cOff, final int m, final int k, final int n) {
        if (n == 1) {
            gemvTransInc(a, aOff, b, bOff, c, cOff, m, k);
        } else if (n >= DenseTuning.GEMM_MIN_VECTOR_COLUMNS) {
            BlockedGemm.multiply(a, aOff, 1, k, b, bOff, n, c, cOff, n, k, m, n, true);
        } else {
            BlockedGemm.multiplyNarrow(a, aOff, 1, k, b, bOff, n, c, cOff, n, k, m, n, true);
        }
    }

    @Override
    public void gemmTransBInc(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                              final int cOff, final int m, final int k, final int n) {
        if (n == 1) {
            OuterProduct.addRankOne(a, aOff, b, bOff, c, cOff, m, k);
        } else {
            OuterProduct.addDotBlocks(a, aOff, b, bOff, c, cOff, m, k, n);
        }
    }

    @Override
    public void gemmStridedInc(final float[] a, final int aOff, final int aStride, final float[] b, final int bOff,
                               final int bStride, final float[] c, final int cOff, final int cStride, final int count,
                               final int m, final int k, final int n) {
        for (int g = 0; g < count; g++) {
            gemmInc(a, aOff + g * aStride, b, bOff + g * bStride, c, cOff + g * cStride, m, k, n);
        }
    }

    @Override
    public float dot(final float[] x, final int xOff, final float[] y, final int yOff, final int n) {
        final int bound4 = n - n % (4 * V);
        final int bound = n - n % V;
        FloatVector s0 = FloatVector.zero(S);
        FloatVector s1 = FloatVector.zero(S);
        FloatVector s2 = FloatVector.zero(S);
        FloatVector s3 = FloatVector.zero(S);
        int i = 0;
        // Four independent chains: one fma chain is latency-bound at 4 cycles per vector.
        for (; i < bound4; i += 4 * V) {
            s0 = FloatVector.fromArray(S, x, xOff + i).fma(FloatVector.fromArray(S, y, yOff + i), s0);
            s1 = FloatVector.fromArray(S, x, xOff + i + V).fma(FloatVector.fromArray(S, y, yOff + i + V), s1);
            s2 = FloatVector.fromArray(S, x, xOff + i + 2 * V).fma(FloatVector.fromArray(S, y, yOff + i + 2 * V), s2);
            s3 = FloatVector.fromArray(S, x, xOff + i + 3 * V).fma(FloatVector.fromArray(S, y, yOff + i + 3 * V), s3);
        }
        for (; i < bound; i += V) {
            s0 = FloatVector.fromArray(S, x, xOff + i).fma(FloatVector.fromArray(S, y, yOff + i), s0);
        }
        FloatVector t = s0.add(s1).add(s2.add(s3));
        if (V == 16) {
            t = t.add(t.rearrange(Reductions.SWAP8));
        }
        t = t.add(t.rearrange(Reductions.SWAP4));
        t = t.add(t.rearrange(Reductions.SWAP2));
        t = t.add(t.rearrange(Reductions.SWAP1));
        float sum = t.lane(0);
        for (; i < n; i++) {
            sum = Math.fma(x[xOff + i], y[yOff + i], sum);
        }
        return sum;
    }

    @Override
    public int spikeColumnsInc(final float[] aT, final int aTOff, final int m, final float[] x, final int xOff,
                               final int k, final int[] scratch, final float[] y, final int yOff) {
        final int active = findNonZero(x, xOff, k, scratch);
        int t = 0;
        for (; t + 4 <= active; t += 4) {
            final int j0 = scratch[t];
            final int j1 = scratch[t + 1];
            final int j2 = scratch[t + 2];
            final int j3 = scratch[t + 3];
            addColumns4(aT, aTOff + j0 * m, aTOff + j1 * m, aTOff + j2 * m, aTOff + j3 * m, m, x[xOff + j0],
                x[xOff + j1], x[xOff + j2], x[xOff + j3], y, yOff);
        }
        for (; t < active; t++) {
            final int j = scratch[t];
            addColumn(aT, aTOff + j * m, m, x[xOff + j], y, yOff);
        }
        return active;
    }

    private static void broadcastProduct(final float[] a, final int aOff, final int aRow, final int aDepth,
                                         final float[] b, final int bOff, final float[] c, final int cOff,
                                         final int m, final int k, final int n, final boolean accumulate) {
        if (n == 1) {
            rowDots(a, aOff, b, bOff, c, cOff, m, k, accumulate);
        } else if (n >= DenseTuning.GEMM_MIN_VECTOR_COLUMNS) {
            BlockedGemm.multiply(a, aOff, aRow, aDepth, b, bOff, n, c, cOff, n, m, k, n, accumulate);
        } else {
            BlockedGemm.multiplyNarrow(a, aOff, aRow, aDepth, b, bOff, n, c, cOff, n, m, k, n, accumulate);
        }
    }

    /** {@code y[i] (+)= A(i,:)·x}, eight rows per pass sharing the loads of {@code x}. */
    private static void rowDots(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                                final int yOff, final int m, final int k, final boolean accumulate) {
        int i = 0;
        for (; i + DenseTuning.GEMV_ROWS <= m; i += DenseTuning.GEMV_ROWS) {
            rowBlock8(a, aOff + i * k, x, xOff, y, yOff + i, k, accumulate);
        }
        for (; i < m; i++) {
            final float sum = Reductions.dot(a, aOff + i * k, x, xOff, k);
            y[yOff + i] = accumulate ? y[yOff + i] + sum : sum;
        }
    }

    /**
     * Eight rows of {@link #rowDots}. Kept as its own method so that C2 compiles it with its own inlining budget:
     * inlined into a larger method it hit {@code NodeCountInliningCutoff}, left {@code fold8} out of line and boxed
     * its eight vector arguments (288 B per block, JMH {@code -prof gc}).
     */
    private static void rowBlock8(final float[] a, final int r0, final float[] x, final int xOff, final float[] y,
                                  final int y0, final int k, final boolean accumulate) {
        final int bound = k - k % V;
        FloatVector s0 = FloatVector.zero(S);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        FloatVector s4 = s0;
        FloatVector s5 = s0;
        FloatVector s6 = s0;
        FloatVector s7 = s0;
        for (int p = 0; p < bound; p += V) {
            final FloatVector xv = FloatVector.fromArray(S, x, xOff + p);
            final int ai = r0 + p;
            s0 = FloatVector.fromArray(S, a, ai).fma(xv, s0);
            s1 = FloatVector.fromArray(S, a, ai + k).fma(xv, s1);
            s2 = FloatVector.fromArray(S, a, ai + 2 * k).fma(xv, s2);
            s3 = FloatVector.fromArray(S, a, ai + 3 * k).fma(xv, s3);
            s4 = FloatVector.fromArray(S, a, ai + 4 * k).fma(xv, s4);
            s5 = FloatVector.fromArray(S, a, ai + 5 * k).fma(xv, s5);
            s6 = FloatVector.fromArray(S, a, ai + 6 * k).fma(xv, s6);
            s7 = FloatVector.fromArray(S, a, ai + 7 * k).fma(xv, s7);
        }
        final FloatVector sums;
        if (V == 16) {
            final FloatVector z0 = s0.blend(s4, Reductions.UPPER8).add(s4.blend(s0, Reductions.UPPER8)
                .rearrange(Reductions.SWAP8));
            final FloatVector z1 = s1.blend(s5, Reductions.UPPER8).add(s5.blend(s1, Reductions.UPPER8)
                .rearrange(Reductions.SWAP8));
            final FloatVector z2 = s2.blend(s6, Reductions.UPPER8).add(s6.blend(s2, Reductions.UPPER8)
                .rearrange(Reductions.SWAP8));
            final FloatVector z3 = s3.blend(s7, Reductions.UPPER8).add(s7.blend(s3, Reductions.UPPER8)
                .rearrange(Reductions.SWAP8));
            final FloatVector w0 = z0.blend(z2, Reductions.UPPER4).add(z2.blend(z0, Reductions.UPPER4)
                .rearrange(Reductions.SWAP4));
            final FloatVector w1 = z1.blend(z3, Reductions.UPPER4).add(z3.blend(z1, Reductions.UPPER4)
                .rearrange(Reductions.SWAP4));
            final FloatVector u = w0.blend(w1, Reductions.UPPER2).add(w1.blend(w0, Reductions.UPPER2)
                .rearrange(Reductions.SWAP2));
            sums = u.add(u.rearrange(Reductions.SWAP1));
        } else {
            final FloatVector z0 = s0.blend(s4, Reductions.UPPER4).add(s4.blend(s0, Reductions.UPPER4)
                .rearrange(Reductions.SWAP4));
            final FloatVector z1 = s1.blend(s5, Reductions.UPPER4).add(s5.blend(s1, Reductions.UPPER4)
                .rearrange(Reductions.SWAP4));
            final FloatVector z2 = s2.blend(s6, Reductions.UPPER4).add(s6.blend(s2, Reductions.UPPER4)
                .rearrange(Reductions.SWAP4));
            final FloatVector z3 = s3.blend(s7, Reductions.UPPER4).add(s7.blend(s3, Reductions.UPPER4)
                .rearrange(Reductions.SWAP4));
            final FloatVector w0 = z0.blend(z2, Reductions.UPPER2).add(z2.blend(z0, Reductions.UPPER2)
                .rearrange(Reductions.SWAP2));
            final FloatVector w1 = z1.blend(z3, Reductions.UPPER2).add(z3.blend(z1, Reductions.UPPER2)
                .rearrange(Reductions.SWAP2));
            sums = w0.blend(w1, Reductions.UPPER1).add(w1.blend(w0, Reductions.UPPER1).rearrange(Reductions.SWAP1));
        }
        final int st = Reductions.FOLD8_STRIDE;
        store(y, y0, finishRow(a, r0, x, xOff, bound, k, sums.lane(0)), accumulate);
        store(y, y0 + 1, finishRow(a, r0 + k, x, xOff, bound, k, sums.lane(st)), accumulate);
        store(y, y0 + 2, finishRow(a, r0 + 2 * k, x, xOff, bound, k, sums.lane(2 * st)), accumulate);
        store(y, y0 + 3, finishRow(a, r0 + 3 * k, x, xOff, bound, k, sums.lane(3 * st)), accumulate);
        store(y, y0 + 4, finishRow(a, r0 + 4 * k, x, xOff, bound, k, sums.lane(4 * st)), accumulate);
        store(y, y0 + 5, finishRow(a, r0 + 5 * k, x, xOff, bound, k, sums.lane(5 * st)), accumulate);
        store(y, y0 + 6, finishRow(a, r0 + 6 * k, x, xOff, bound, k, sums.lane(6 * st)), accumulate);
        store(y, y0 + 7, finishRow(a, r0 + 7 * k, x, xOff, bound, k, sums.lane(7 * st)), accumulate);
    }

    private static void store(final float[] y, final int i, final float sum, final boolean accumulate) {
        y[i] = accumulate ? y[i] + sum : sum;
    }

    /** Adds the products past the last full vector, in index order. */
    private static float finishRow(final float[] a, final int row, final float[] x, final int xOff, final int from,
                                   final int k, final float folded) {
        float sum = folded;
        for (int p = from; p < k; p++) {
            sum = Math.fma(a[row + p], x[xOff + p], sum);
        }
        return sum;
    }

    /** Writes the indices of nonzero {@code x[j]} to {@code scratch}; skips all-zero vectors with one compare. */
    private static int findNonZero(final float[] x, final int xOff, final int k, final int[] scratch) {
        final int bound = k - k % V;
        int active = 0;
        int j = 0;
        for (; j < bound; j += V) {
            if (FloatVector.fromArray(S, x, xOff + j).compare(VectorOperators.NE, 0f).anyTrue()) {
                for (int l = j; l < j + V; l++) {
                    if (x[xOff + l] != 0f) {
                        scratch[active++] = l;
                    }
                }
            }
        }
        for (; j < k; j++) {
            if (x[xOff + j] != 0f) {
                scratch[active++] = j;
            }
        }
        return active;
    }

    /** {@code y += x0·col0 + x1·col1 + x2·col2 + x3·col3}, one fma per column in that order (loads y once). */
    private static void addColumns4(final float[] aT, final int c0, final int c1, final int c2, final int c3,
                                    final int m, final float x0, final float x1, final float x2, final float x3,
                                    final float[] y, final int yOff) {
        final FloatVector v0 = FloatVector.broadcast(S, x0);
        final FloatVector v1 = FloatVector.broadcast(S, x1);
        final FloatVector v2 = FloatVector.broadcast(S, x2);
        final FloatVector v3 = FloatVector.broadcast(S, x3);
        final int bound = m - m % V;
        int i = 0;
        for (; i < bound; i += V) {
            FloatVector acc = FloatVector.fromArray(S, y, yOff + i);
            acc = FloatVector.fromArray(S, aT, c0 + i).fma(v0, acc);
            acc = FloatVector.fromArray(S, aT, c1 + i).fma(v1, acc);
            acc = FloatVector.fromArray(S, aT, c2 + i).fma(v2, acc);
            acc = FloatVector.fromArray(S, aT, c3 + i).fma(v3, acc);
            acc.intoArray(y, yOff + i);
        }
        for (; i < m; i++) {
            float acc = y[yOff + i];
            acc = Math.fma(aT[c0 + i], x0, acc);
            acc = Math.fma(aT[c1 + i], x1, acc);
            acc = Math.fma(aT[c2 + i], x2, acc);
            acc = Math.fma(aT[c3 + i], x3, acc);
            y[yOff + i] = acc;
        }
    }

    private static void addColumn(final float[] aT, final int c0, final int m, final float x0, final float[] y,
                                  final int yOff) {
        final FloatVector v0 = FloatVector.broadcast(S, x0);
        final int bound = m - m % V;
        int i = 0;
        for (; i < bound; i += V) {
            FloatVector.fromArray(S, aT, c0 + i).fma(v0, FloatVector.fromArray(S, y, yOff + i)).intoArray(y, yOff + i);
        }
        for (; i < m; i++) {
            y[yOff + i] = Math.fma(aT[c0 + i], x0, y[yOff + i]);
        }
    }
}
