package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked broadcast GEMM, {@code C(r, j) (+)= Σ_d A(r, d)·B(d, j)}, with free strides so that one kernel
 * serves {@code A·B} and {@code Aᵀ·B}:
 * <pre>
 * A(r, d) = a[aOff + r*aRow + d*aDepth]      B(d, j) = b[bOff + d*bRow + j]      C(r, j) = c[cOff + r*cRow + j]
 * </pre>
 * Each {@code C(r, j)} is one fma chain over {@code d = 0, 1, ...}, starting from the old {@code C(r, j)} (accumulate)
 * or from zero (overwrite); a block's shape and a column's position never change that chain, so results are
 * identical across block sizes, tails and row splits. Column panels are {@link DenseTuning#GEMM_COLUMN_VECTORS},
 * then 2, then 1 vectors wide; the last partial vector re-covers already finished columns and puts their values
 * back unchanged (no masked store, which allocates on JDK 17), so {@code cols >= LANES} is required.
 */
final class BlockedGemm {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;
    private static final FloatVector IOTA = iota();

    private BlockedGemm() {
    }

    /**
     * Runs the blocked product over all {@code rows×cols} outputs.
     *
     * @param accumulate {@code true} for {@code C +=}, {@code false} for {@code C =}
     */
    static void multiply(final float[] a, final int aOff, final int aRow, final int aDepth, final float[] b,
                         final int bOff, final int bRow, final float[] c, final int cOff, final int cRow,
                         final int rows, final int depth, final int cols, final boolean accumulate) {
        assert cols >= V : "cols=" + cols;
        final int rowBlocks = rows - rows % DenseTuning.GEMM_ROWS;
        int j = 0;
        for (; j + 4 * V <= cols; j += 4 * V) {
            int r = 0;
            for (; r < rowBlocks; r += 4) {
                block4x4(a, aOff + r * aRow, aRow, aDepth, b, bOff + j, bRow, c, cOff + r * cRow + j, cRow, depth,
                    accumulate);
            }
            for (; r < rows; r++) {
                row1x4(a, aOff + r * aRow, aDepth, b, bOff + j, bRow, c, cOff + r * cRow + j, depth, accumulate);
            }
        }
        for (; j + 2 * V <= cols; j += 2 * V) {
            int r = 0;
            for (; r < rowBlocks; r += 4) {
                block4x2(a, aOff + r * aRow, aRow, aDepth, b, bOff + j, bRow, c, cOff + r * cRow + j, cRow, depth,
                    accumulate);
            }
            for (; r < rows; r++) {
                row1x1(a, aOff + r * aRow, aDepth, b, bOff + j, bRow, c, cOff + r * cRow + j, depth, accumulate,
                    0);
                row1x1(a, aOff + r * aRow, aDepth, b, bOff + j + V, bRow, c, cOff + r * cRow + j + V, depth,
                    accumulate, 0);
            }
        }
        for (; j < cols; j += V) {
            final int start = Math.min(j, cols - V);
            final int keep = j - start;
            int r = 0;
            for (; r < rowBlocks; r += 4) {
                block4x1(a, aOff + r * aRow, aRow, aDepth, b, bOff + start, bRow, c, cOff + r * cRow + start, cRow,
                    depth, accumulate, keep);
            }
            for (; r < rows; r++) {
                row1x1(a, aOff + r * aRow, aDepth, b, bOff + start, bRow, c, cOff + r * cRow + start, depth,
                    accumulate, keep);
            }
        }
    }

    private static void block4x4(final float[] a, final int a0, final int aRow, final int aDepth, final float[] b,
                                 final int b0, final int bRow, final float[] c, final int c0, final int cRow,
                                 final int depth, final boolean accumulate) {
        final int c1 = c0 + cRow;
        final int c2 = c1 + cRow;
        final int c3 = c2 + cRow;
        FloatVector s00 = start(c, c0, accumulate);
        FloatVector s01 = start(c, c0 + V, accumulate);
        FloatVector s02 = start(c, c0 + 2 * V, accumulate);
        FloatVector s03 = start(c, c0 + 3 * V, accumulate);
        FloatVector s10 = start(c, c1, accumulate);
        FloatVector s11 = start(c, c1 + V, accumulate);
        FloatVector s12 = start(c, c1 + 2 * V, accumulate);
        FloatVector s13 = start(c, c1 + 3 * V, accumulate);
        FloatVector s20 = start(c, c2, accumulate);
        FloatVector s21 = start(c, c2 + V, accumulate);
        FloatVector s22 = start(c, c2 + 2 * V, accumulate);
        FloatVector s23 = start(c, c2 + 3 * V, accumulate);
        FloatVector s30 = start(c, c3, accumulate);
        FloatVector s31 = start(c, c3 + V, accumulate);
        FloatVector s32 = start(c, c3 + 2 * V, accumulate);
        FloatVector s33 = start(c, c3 + 3 * V, accumulate);
        int ai = a0;
        int bi = b0;
        for (int d = 0; d < depth; d++, ai += aDepth, bi += bRow) {
            final FloatVector bv0 = FloatVector.fromArray(S, b, bi);
            final FloatVector bv1 = FloatVector.fromArray(S, b, bi + V);
            final FloatVector bv2 = FloatVector.fromArray(S, b, bi + 2 * V);
            final FloatVector bv3 = FloatVector.fromArray(S, b, bi + 3 * V);
            final FloatVector av0 = FloatVector.broadcast(S, a[ai]);
            s00 = bv0.fma(av0, s00);
            s01 = bv1.fma(av0, s01);
            s02 = bv2.fma(av0, s02);
            s03 = bv3.fma(av0, s03);
            final FloatVector av1 = FloatVector.broadcast(S, a[ai + aRow]);
            s10 = bv0.fma(av1, s10);
            s11 = bv1.fma(av1, s11);
            s12 = bv2.fma(av1, s12);
            s13 = bv3.fma(av1, s13);
            final FloatVector av2 = FloatVector.broadcast(S, a[ai + 2 * aRow]);
            s20 = bv0.fma(av2, s20);
            s21 = bv1.fma(av2, s21);
            s22 = bv2.fma(av2, s22);
            s23 = bv3.fma(av2, s23);
            final FloatVector av3 = FloatVector.broadcast(S, a[ai + 3 * aRow]);
            s30 = bv0.fma(av3, s30);
            s31 = bv1.fma(av3, s31);
            s32 = bv2.fma(av3, s32);
            s33 = bv3.fma(av3, s33);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + V);
        s02.intoArray(c, c0 + 2 * V);
        s03.intoArray(c, c0 + 3 * V);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + V);
        s12.intoArray(c, c1 + 2 * V);
        s13.intoArray(c, c1 + 3 * V);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + V);
        s22.intoArray(c, c2 + 2 * V);
        s23.intoArray(c, c2 + 3 * V);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + V);
        s32.intoArray(c, c3 + 2 * V);
        s33.intoArray(c, c3 + 3 * V);
    }

    private static void block4x2(final float[] a, final int a0, final int aRow, final int aDepth, final float[] b,
                                 final int b0, final int bRow, final float[] c, final int c0, final int cRow,
                                 final int depth, final boolean accumulate) {
        final int c1 = c0 + cRow;
        final int c2 = c1 + cRow;
        final int c3 = c2 + cRow;
        FloatVector s00 = start(c, c0, accumulate);
        FloatVector s01 = start(c, c0 + V, accumulate);
        FloatVector s10 = start(c, c1, accumulate);
        FloatVector s11 = start(c, c1 + V, accumulate);
        FloatVector s20 = start(c, c2, accumulate);
        FloatVector s21 = start(c, c2 + V, accumulate);
        FloatVector s30 = start(c, c3, accumulate);
        FloatVector s31 = start(c, c3 + V, accumulate);
        int ai = a0;
        int bi = b0;
        for (int d = 0; d < depth; d++, ai += aDepth, bi += bRow) {
            final FloatVector bv0 = FloatVector.fromArray(S, b, bi);
            final FloatVector bv1 = FloatVector.fromArray(S, b, bi + V);
            final FloatVector av0 = FloatVector.broadcast(S, a[ai]);
            s00 = bv0.fma(av0, s00);
            s01 = bv1.fma(av0, s01);
            final FloatVector av1 = FloatVector.broadcast(S, a[ai + aRow]);
            s10 = bv0.fma(av1, s10);
            s11 = bv1.fma(av1, s11);
            final FloatVector av2 = FloatVector.broadcast(S, a[ai + 2 * aRow]);
            s20 = bv0.fma(av2, s20);
            s21 = bv1.fma(av2, s21);
            final FloatVector av3 = FloatVector.broadcast(S, a[ai + 3 * aRow]);
            s30 = bv0.fma(av3, s30);
            s31 = bv1.fma(av3, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + V);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + V);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + V);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + V);
    }

    /** Four rows, one vector of columns; the first {@code keep} lanes are finished columns put back unchanged. */
    private static void block4x1(final float[] a, final int a0, final int aRow, final int aDepth, final float[] b,
                                 final int b0, final int bRow, final float[] c, final int c0, final int cRow,
                                 final int depth, final boolean accumulate, final int keep) {
        final int c1 = c0 + cRow;
        final int c2 = c1 + cRow;
        final int c3 = c2 + cRow;
        final FloatVector old0 = FloatVector.fromArray(S, c, c0);
        final FloatVector old1 = FloatVector.fromArray(S, c, c1);
        final FloatVector old2 = FloatVector.fromArray(S, c, c2);
        final FloatVector old3 = FloatVector.fromArray(S, c, c3);
        final FloatVector zero = FloatVector.zero(S);
        FloatVector s0 = accumulate ? old0 : zero;
        FloatVector s1 = accumulate ? old1 : zero;
        FloatVector s2 = accumulate ? old2 : zero;
        FloatVector s3 = accumulate ? old3 : zero;
        int ai = a0;
        int bi = b0;
        for (int d = 0; d < depth; d++, ai += aDepth, bi += bRow) {
            final FloatVector bv = FloatVector.fromArray(S, b, bi);
            s0 = bv.fma(FloatVector.broadcast(S, a[ai]), s0);
            s1 = bv.fma(FloatVector.broadcast(S, a[ai + aRow]), s1);
            s2 = bv.fma(FloatVector.broadcast(S, a[ai + 2 * aRow]), s2);
            s3 = bv.fma(FloatVector.broadcast(S, a[ai + 3 * aRow]), s3);
        }
        final VectorMask<Float> finished = IOTA.compare(VectorOperators.LT, (float) keep);
        s0.blend(old0, finished).intoArray(c, c0);
        s1.blend(old1, finished).intoArray(c, c1);
        s2.blend(old2, finished).intoArray(c, c2);
        s3.blend(old3, finished).intoArray(c, c3);
    }

    private static void row1x4(final float[] a, final int a0, final int aDepth, final float[] b, final int b0,
                               final int bRow, final float[] c, final int c0, final int depth,
                               final boolean accumulate) {
        FloatVector s0 = start(c, c0, accumulate);
        FloatVector s1 = start(c, c0 + V, accumulate);
        FloatVector s2 = start(c, c0 + 2 * V, accumulate);
        FloatVector s3 = start(c, c0 + 3 * V, accumulate);
        int ai = a0;
        int bi = b0;
        for (int d = 0; d < depth; d++, ai += aDepth, bi += bRow) {
            final FloatVector av = FloatVector.broadcast(S, a[ai]);
            s0 = FloatVector.fromArray(S, b, bi).fma(av, s0);
            s1 = FloatVector.fromArray(S, b, bi + V).fma(av, s1);
            s2 = FloatVector.fromArray(S, b, bi + 2 * V).fma(av, s2);
            s3 = FloatVector.fromArray(S, b, bi + 3 * V).fma(av, s3);
        }
        s0.intoArray(c, c0);
        s1.intoArray(c, c0 + V);
        s2.intoArray(c, c0 + 2 * V);
        s3.intoArray(c, c0 + 3 * V);
    }

    /** One row, one vector of columns; the first {@code keep} lanes are finished columns put back unchanged. */
    private static void row1x1(final float[] a, final int a0, final int aDepth, final float[] b, final int b0,
                               final int bRow, final float[] c, final int c0, final int depth,
                               final boolean accumulate, final int keep) {
        final FloatVector old = FloatVector.fromArray(S, c, c0);
        FloatVector s = accumulate ? old : FloatVector.zero(S);
        int ai = a0;
        int bi = b0;
        for (int d = 0; d < depth; d++, ai += aDepth, bi += bRow) {
            s = FloatVector.fromArray(S, b, bi).fma(FloatVector.broadcast(S, a[ai]), s);
        }
        s.blend(old, IOTA.compare(VectorOperators.LT, (float) keep)).intoArray(c, c0);
    }

    /**
     * The same chains as {@link #multiply} for fewer columns than one vector, one element at a time. The reduction
     * loop runs outside the column loop so that the {@code cols} chains of a row advance together (independent fmas)
     * instead of one latency-bound chain after another; each element still sees its products in ascending order.
     *
     * @param accumulate {@code true} for {@code C +=}, {@code false} for {@code C =}
     */
    static void multiplyNarrow(final float[] a, final int aOff, final int aRow, final int aDepth, final float[] b,
                               final int bOff, final int bRow, final float[] c, final int cOff, final int cRow,
                               final int rows, final int depth, final int cols, final boolean accumulate) {
        for (int r = 0; r < rows; r++) {
            final int c0 = cOff + r * cRow;
            if (!accumulate) {
                for (int j = 0; j < cols; j++) {
                    c[c0 + j] = 0f;
                }
            }
            int ai = aOff + r * aRow;
            int bi = bOff;
            for (int d = 0; d < depth; d++, ai += aDepth, bi += bRow) {
                final float ad = a[ai];
                for (int j = 0; j < cols; j++) {
                    c[c0 + j] = Math.fma(b[bi + j], ad, c[c0 + j]);
                }
            }
        }
    }

    private static FloatVector start(final float[] c, final int index, final boolean accumulate) {
        return accumulate ? FloatVector.fromArray(S, c, index) : FloatVector.zero(S);
    }

    private static FloatVector iota() {
        final float[] lanes = new float[V];
        for (int l = 0; l < V; l++) {
            lanes[l] = l;
        }
        return FloatVector.fromArray(S, lanes, 0);
    }
}
