package dev.neurovec.ops.scalar;

import dev.neurovec.ops.FilterOps;

/**
 * Scalar twin of {@link FilterOps}. The low-pass loops are also the SIMD backend's kernels: C2 already compiles
 * them to 512-bit code (reference/java-stack.md measured 7.5 µs scalar against 8.9 µs Vector API for 100k floats).
 *
 * <p>The state-space update holds the old components of one element in eight locals (zero beyond {@code k}), so it
 * can overwrite the state in place without a scratch array.
 */
public final class ScalarFilterOps implements FilterOps {

    @Override
    public void lowpass(final float[] u, final int uOff, final float[] y, final int yOff, final int n, final float a,
                        final float b) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] = a * y[yOff + i] + b * u[uOff + i];
        }
    }

    @Override
    public void lowpassPerElement(final float[] u, final int uOff, final float[] y, final int yOff, final float[] a,
                                  final int aOff, final float[] b, final int bOff, final int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] = a[aOff + i] * y[yOff + i] + b[bOff + i] * u[uOff + i];
        }
    }

    @Override
    public void stateSpaceNoD(final float[] u, final int uOff, final float[] x, final int xOff, final float[] y,
                              final int yOff, final int n, final int k, final float[] a, final float[] bVec,
                              final float[] c) {
        assert k >= 1 && k <= MAX_STATE_ORDER : "k=" + k;
        for (int i = 0; i < n; i++) {
            final int e = xOff + i;
            final float x0 = x[e];
            final float x1 = k > 1 ? x[e + n] : 0f;
            final float x2 = k > 2 ? x[e + 2 * n] : 0f;
            final float x3 = k > 3 ? x[e + 3 * n] : 0f;
            final float x4 = k > 4 ? x[e + 4 * n] : 0f;
            final float x5 = k > 5 ? x[e + 5 * n] : 0f;
            final float x6 = k > 6 ? x[e + 6 * n] : 0f;
            final float x7 = k > 7 ? x[e + 7 * n] : 0f;
            final float in = u[uOff + i];
            float out = 0f;
            for (int s = 0; s < k; s++) {
                final float next = rowTimesState(a, s * k, k, x0, x1, x2, x3, x4, x5, x6, x7) + bVec[s] * in;
                x[e + s * n] = next;
                out += c[s] * next;
            }
            y[yOff + i] = out;
        }
    }

    @Override
    public void stateSpaceGeneral(final float[] u, final int uOff, final float[] x, final int xOff, final float[] y,
                                  final int yOff, final int n, final int k, final float[] a, final float[] bVec,
                                  final float[] c, final float d) {
        assert k >= 1 && k <= MAX_STATE_ORDER : "k=" + k;
        for (int i = 0; i < n; i++) {
            final int e = xOff + i;
            final float x0 = x[e];
            final float x1 = k > 1 ? x[e + n] : 0f;
            final float x2 = k > 2 ? x[e + 2 * n] : 0f;
            final float x3 = k > 3 ? x[e + 3 * n] : 0f;
            final float x4 = k > 4 ? x[e + 4 * n] : 0f;
            final float x5 = k > 5 ? x[e + 5 * n] : 0f;
            final float x6 = k > 6 ? x[e + 6 * n] : 0f;
            final float x7 = k > 7 ? x[e + 7 * n] : 0f;
            final float in = u[uOff + i];
            float out = 0f;
            for (int s = 0; s < k; s++) {
                out += c[s] * x[e + s * n];
            }
            y[yOff + i] = out + d * in;
            for (int s = 0; s < k; s++) {
                x[e + s * n] = rowTimesState(a, s * k, k, x0, x1, x2, x3, x4, x5, x6, x7) + bVec[s] * in;
            }
        }
    }

    /** {@code Σ_{t<k} a[row + t]·x_t}, in ascending {@code t}. */
    private static float rowTimesState(final float[] a, final int row, final int k, final float x0, final float x1,
                                       final float x2, final float x3, final float x4, final float x5,
                                       final float x6, final float x7) {
        float sum = a[row] * x0;
        if (k > 1) {
            sum += a[row + 1] * x1;
        }
        if (k > 2) {
            sum += a[row + 2] * x2;
        }
        if (k > 3) {
            sum += a[row + 3] * x3;
        }
        if (k > 4) {
            sum += a[row + 4] * x4;
        }
        if (k > 5) {
            sum += a[row + 5] * x5;
        }
        if (k > 6) {
            sum += a[row + 6] * x6;
        }
        if (k > 7) {
            sum += a[row + 7] * x7;
        }
        return sum;
    }
}
