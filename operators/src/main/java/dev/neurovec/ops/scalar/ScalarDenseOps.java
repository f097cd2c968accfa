package dev.neurovec.ops.scalar;

import dev.neurovec.ops.DenseOps;

/** Scalar twin of {@link DenseOps}: triple loops in formula order, one float accumulator per output. */
public final class ScalarDenseOps implements DenseOps {

    @Override
    public void gemv(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                     final int yOff, final int m, final int k) {
        for (int i = 0; i < m; i++) {
            float sum = 0f;
            for (int p = 0; p < k; p++) {
                sum += a[aOff + i * k + p] * x[xOff + p];
            }
            y[yOff + i] = sum;
        }
    }

    @Override
    public void gemvInc(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                        final int yOff, final int m, final int k) {
        for (int i = 0; i < m; i++) {
            float sum = 0f;
            for (int p = 0; p < k; p++) {
                sum += a[aOff + i * k + p] * x[xOff + p];
            }
            y[yOff + i] += sum;
        }
    }

    @Override
    public void gemvTransInc(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                             final int yOff, final int m, final int k) {
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                y[yOff + p] += a[aOff + i * k + p] * x[xOff + i];
            }
        }
    }

    @Override
    public void gemm(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                     final int cOff, final int m, final int k, final int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    sum += a[aOff + i * k + p] * b[bOff + p * n + j];
                }
                c[cOff + i * n + j] = sum;
            }
        }
    }

    @Override
    public void gemmInc(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                        final int cOff, final int m, final int k, final int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    sum += a[aOff + i * k + p] * b[bOff + p * n + j];
                }
                c[cOff + i * n + j] += sum;
            }
        }
    }

    @Override
    public void gemmTransAInc(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                              final int cOff, final int m, final int k, final int n) {
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                float sum = 0f;
                for (int i = 0; i < m; i++) {
                    sum += a[aOff + i * k + p] * b[bOff + i * n + j];
                }
                c[cOff + p * n + j] += sum;
            }
        }
    }

    @Override
    public void gemmTransBInc(final float[] a, final int aOff, final float[] b, final int bOff, final float[] c,
                              final int cOff, final int m, final int k, final int n) {
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                float sum = 0f;
                for (int j = 0; j < n; j++) {
                    sum += a[aOff + i * n + j] * b[bOff + p * n + j];
                }
                c[cOff + i * k + p] += sum;
            }
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
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += x[xOff + i] * y[yOff + i];
        }
        return sum;
    }

    @Override
    public int spikeColumnsInc(final float[] aT, final int aTOff, final int m, final float[] x, final int xOff,
                               final int k, final int[] scratch, final float[] y, final int yOff) {
        int active = 0;
        for (int j = 0; j < k; j++) {
            if (x[xOff + j] != 0f) {
                scratch[active++] = j;
            }
        }
        for (int t = 0; t < active; t++) {
            final int j = scratch[t];
            final float xj = x[xOff + j];
            for (int i = 0; i < m; i++) {
                y[yOff + i] += xj * aT[aTOff + j * m + i];
            }
        }
        return active;
    }
}
