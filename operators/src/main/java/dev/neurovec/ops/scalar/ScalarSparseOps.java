package dev.neurovec.ops.scalar;

import dev.neurovec.ops.SparseOps;

/** Scalar twin of {@link SparseOps}: row by row over the CSR arrays. */
public final class ScalarSparseOps implements SparseOps {

    @Override
    public void csrMmInc(final float[] val, final int[] colIdx, final int[] rowPtr, final int m, final float[] x,
                         final int xOff, final float[] y, final int yOff, final int n) {
        for (int i = 0; i < m; i++) {
            for (int b = 0; b < n; b++) {
                float sum = 0f;
                for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                    sum += val[p] * x[xOff + colIdx[p] * n + b];
                }
                y[yOff + i * n + b] += sum;
            }
        }
    }

    @Override
    public void csrMmTransInc(final float[] val, final int[] colIdx, final int[] rowPtr, final int m,
                              final float[] x, final int xOff, final float[] y, final int yOff, final int n) {
        for (int i = 0; i < m; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                for (int b = 0; b < n; b++) {
                    y[yOff + colIdx[p] * n + b] += val[p] * x[xOff + i * n + b];
                }
            }
        }
    }

    @Override
    public void csrValueGradInc(final int[] colIdx, final int[] rowPtr, final int m, final float[] dy,
                                final int dyOff, final float[] x, final int xOff, final int n, final float[] dVal) {
        for (int i = 0; i < m; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                float sum = 0f;
                for (int b = 0; b < n; b++) {
                    sum += dy[dyOff + i * n + b] * x[xOff + colIdx[p] * n + b];
                }
                dVal[p] += sum;
            }
        }
    }
}
