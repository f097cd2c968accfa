package dev.neurovec.ops.scalar;

import dev.neurovec.ops.ElementwiseOps;

/**
 * Scalar twin of {@link ElementwiseOps}. These loops are also the production kernels of the SIMD backend (except
 * {@code firstNonFinite}): C2 compiles each of them to 512-bit code on its own, and hand-written Vector API versions
 * measured no faster (see {@code benchmarks/RESULTS.md}, section Kernels).
 */
public final class ScalarElementwiseOps implements ElementwiseOps {

    @Override
    public void fill(final float[] y, final int yOff, final int n, final float v) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] = v;
        }
    }

    @Override
    public void copy(final float[] x, final int xOff, final float[] y, final int yOff, final int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] = x[xOff + i];
        }
    }

    @Override
    public void add(final float[] x, final int xOff, final float[] y, final int yOff, final int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += x[xOff + i];
        }
    }

    @Override
    public void axpy(final float alpha, final float[] x, final int xOff, final float[] y, final int yOff,
                     final int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += alpha * x[xOff + i];
        }
    }

    @Override
    public void scale(final float alpha, final float[] y, final int yOff, final int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] = alpha * y[yOff + i];
        }
    }

    @Override
    public void mul(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                    final int yOff, final int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] = a[aOff + i] * x[xOff + i];
        }
    }

    @Override
    public void mulInc(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                       final int yOff, final int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += a[aOff + i] * x[xOff + i];
        }
    }

    @Override
    public void mulIncBroadcast(final float[] a, final int aOff, final float[] x, final int xOff, final float[] y,
                                final int yOff, final int n, final int batch) {
        for (int i = 0; i < n; i++) {
            final float ai = a[aOff + i];
            for (int b = 0; b < batch; b++) {
                y[yOff + i * batch + b] += ai * x[xOff + i * batch + b];
            }
        }
    }

    @Override
    public int firstNonFinite(final float[] x, final int xOff, final int n) {
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(x[xOff + i])) {
                return i;
            }
        }
        return -1;
    }
}
