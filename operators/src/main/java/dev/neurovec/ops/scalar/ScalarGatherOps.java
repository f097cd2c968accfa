package dev.neurovec.ops.scalar;

import dev.neurovec.ops.GatherOps;

/**
 * Scalar twin of {@link GatherOps}, and the SIMD backend's implementation too: the Vector API's hardware gather was
 * no faster than this loop on this CPU and its scatter-add was 1.5x slower (reference/java-stack.md §3; this module's
 * {@code GatherBench} in {@code benchmarks/RESULTS.md}). A block of one float (minibatch 1) takes a loop without the
 * inner block loop, whose per-element overhead made the general loop 4x slower than a plain indexed copy.
 */
public final class ScalarGatherOps implements GatherOps {

    @Override
    public void gather(final float[] src, final int srcOff, final int[] idx, final int idxOff, final float[] dst,
                       final int dstOff, final int n, final int block) {
        if (block == 1) {
            for (int t = 0; t < n; t++) {
                dst[dstOff + t] = src[srcOff + idx[idxOff + t]];
            }
            return;
        }
        for (int t = 0; t < n; t++) {
            final int from = srcOff + idx[idxOff + t] * block;
            final int to = dstOff + t * block;
            for (int b = 0; b < block; b++) {
                dst[to + b] = src[from + b];
            }
        }
    }

    @Override
    public void scatter(final float[] src, final int srcOff, final int[] idx, final int idxOff, final float[] dst,
                        final int dstOff, final int n, final int block) {
        if (block == 1) {
            for (int t = 0; t < n; t++) {
                dst[dstOff + idx[idxOff + t]] = src[srcOff + t];
            }
            return;
        }
        for (int t = 0; t < n; t++) {
            final int from = srcOff + t * block;
            final int to = dstOff + idx[idxOff + t] * block;
            for (int b = 0; b < block; b++) {
                dst[to + b] = src[from + b];
            }
        }
    }

    @Override
    public void scatterInc(final float[] src, final int srcOff, final int[] idx, final int idxOff, final float[] dst,
                           final int dstOff, final int n, final int block) {
        if (block == 1) {
            for (int t = 0; t < n; t++) {
                dst[dstOff + idx[idxOff + t]] += src[srcOff + t];
            }
            return;
        }
        for (int t = 0; t < n; t++) {
            final int from = srcOff + t * block;
            final int to = dstOff + idx[idxOff + t] * block;
            for (int b = 0; b < block; b++) {
                dst[to + b] += src[from + b];
            }
        }
    }

    @Override
    public void gatherScatter(final float[] src, final int srcOff, final int[] srcIdx, final int srcIdxOff,
                              final float[] dst, final int dstOff, final int[] dstIdx, final int dstIdxOff,
                              final int n, final int block) {
        if (block == 1) {
            for (int t = 0; t < n; t++) {
                dst[dstOff + dstIdx[dstIdxOff + t]] = src[srcOff + srcIdx[srcIdxOff + t]];
            }
            return;
        }
        for (int t = 0; t < n; t++) {
            final int from = srcOff + srcIdx[srcIdxOff + t] * block;
            final int to = dstOff + dstIdx[dstIdxOff + t] * block;
            for (int b = 0; b < block; b++) {
                dst[to + b] = src[from + b];
            }
        }
    }

    @Override
    public void gatherScatterInc(final float[] src, final int srcOff, final int[] srcIdx, final int srcIdxOff,
                                 final float[] dst, final int dstOff, final int[] dstIdx, final int dstIdxOff,
                                 final int n, final int block) {
        if (block == 1) {
            for (int t = 0; t < n; t++) {
                dst[dstOff + dstIdx[dstIdxOff + t]] += src[srcOff + srcIdx[srcIdxOff + t]];
            }
            return;
        }
        for (int t = 0; t < n; t++) {
            final int from = srcOff + srcIdx[srcIdxOff + t] * block;
            final int to = dstOff + dstIdx[dstIdxOff + t] * block;
            for (int b = 0; b < block; b++) {
                dst[to + b] += src[from + b];
            }
        }
    }
}
