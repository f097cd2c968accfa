package dev.neurovec.ops.scalar;

import dev.neurovec.ops.Conv2dShape;
import dev.neurovec.ops.ConvOps;
import dev.neurovec.ops.DenseOps;
import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.Padding;
import dev.neurovec.ops.Pool2dShape;
import dev.neurovec.ops.SparseOps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The VJPs of the linear kernels by the adjoint identity {@code <dY, f(X)> = <f*(dY), X>}: for a linear map, the
 * central difference of {@code <dY, f(X)>} along any direction is exact, so this is the finite-difference check in
 * closed form. Sums are taken in double over the kernels' float outputs. Runs on both backends.
 */
class LinearAdjointTest {

    private static final long SEED = 11;

    static List<Kernels> backends() {
        return List.of(Kernels.scalar(), Kernels.get());
    }

    private static float[] random(final Random r, final int n) {
        final float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextFloat() * 2 - 1;
        }
        return x;
    }

    private static double inner(final float[] a, final float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    private static double scale(final float[] a, final float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs((double) a[i] * b[i]);
        }
        return s;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldSatisfyAdjointIdentityForDenseProducts(final Kernels kernels) {
        final DenseOps ops = kernels.dense();
        final Random r = new Random(SEED);
        for (final int n : new int[] {1, 5, 16, 37}) {
            final int m = 13;
            final int k = 29;
            final float[] w = random(r, m * k);
            final float[] x = random(r, k * n);
            final float[] dy = random(r, m * n);
            final float[] y = new float[m * n];
            ops.gemm(w, 0, x, 0, y, 0, m, k, n);
            final float[] dx = new float[k * n];
            ops.gemmTransAInc(w, 0, dy, 0, dx, 0, m, k, n);
            final float[] dw = new float[m * k];
            ops.gemmTransBInc(dy, 0, x, 0, dw, 0, m, k, n);
            final double forward = inner(dy, y);
            assertEquals(forward, inner(dx, x), 1e-5 * scale(dx, x), "dX, n=" + n + " on " + kernels);
            assertEquals(forward, inner(dw, w), 1e-5 * scale(dw, w), "dW, n=" + n + " on " + kernels);
        }
        final int m = 21;
        final int k = 40;
        final float[] w = random(r, m * k);
        final float[] x = random(r, k);
        final float[] g = random(r, m);
        final float[] y = new float[m];
        ops.gemv(w, 0, x, 0, y, 0, m, k);
        final float[] gx = new float[k];
        ops.gemvTransInc(w, 0, g, 0, gx, 0, m, k);
        assertEquals(inner(g, y), inner(gx, x), 1e-5 * scale(gx, x), "gemv adjoint on " + kernels);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldSatisfyAdjointIdentityForSparseProducts(final Kernels kernels) {
        final SparseOps ops = kernels.sparse();
        final Random r = new Random(SEED);
        final int rows = 19;
        final int cols = 33;
        final int[] rowPtr = new int[rows + 1];
        final int[] colIdx = new int[rows * cols];
        int nnz = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (r.nextInt(3) == 0) {
                    colIdx[nnz++] = j;
                }
            }
            rowPtr[i + 1] = nnz;
        }
        final float[] val = random(r, nnz);
        for (final int n : new int[] {1, 3, 16, 20}) {
            final float[] x = random(r, cols * n);
            final float[] dy = random(r, rows * n);
            final float[] y = new float[rows * n];
            ops.csrMmInc(val, colIdx, rowPtr, rows, x, 0, y, 0, n);
            final float[] dx = new float[cols * n];
            ops.csrMmTransInc(val, colIdx, rowPtr, rows, dy, 0, dx, 0, n);
            final float[] dVal = new float[nnz];
            ops.csrValueGradInc(colIdx, rowPtr, rows, dy, 0, x, 0, n, dVal);
            final double forward = inner(dy, y);
            assertEquals(forward, inner(dx, x), 1e-5 * scale(dx, x), "dX, n=" + n + " on " + kernels);
            assertEquals(forward, inner(dVal, val), 1e-5 * scale(dVal, val), "dVal, n=" + n + " on " + kernels);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldSatisfyAdjointIdentityForConvolutionAndPooling(final Kernels kernels) {
        final ConvOps ops = kernels.conv();
        final Random r = new Random(SEED);
        for (final int batch : new int[] {1, 4}) {
            for (final Padding padding : Padding.values()) {
                final Conv2dShape s = Conv2dShape.of(7, 6, 3, 16, 3, 3, 2, 1, padding, batch);
                final float[] x = random(r, s.inputLength());
                final float[] k = random(r, s.kernelLength());
                final float[] dy = random(r, s.outputLength());
                final float[] y = new float[s.outputLength()];
                ops.conv2dInc(x, 0, k, 0, y, 0, s);
                final float[] dx = new float[s.inputLength()];
                ops.conv2dInputVjp(k, 0, dy, 0, dx, 0, s);
                final float[] dk = new float[s.kernelLength()];
                ops.conv2dKernelVjp(x, 0, dy, 0, dk, 0, s);
                final double forward = inner(dy, y);
                assertEquals(forward, inner(dx, x), 1e-5 * scale(dx, x), "conv dX " + s + " on " + kernels);
                assertEquals(forward, inner(dk, k), 1e-5 * scale(dk, k), "conv dK " + s + " on " + kernels);

                final Pool2dShape p = Pool2dShape.of(7, 6, 5, 2, 3, 2, 2, padding, batch);
                final float[] px = random(r, p.inputLength());
                final float[] pdy = random(r, p.outputLength());
                final float[] py = new float[p.outputLength()];
                ops.avgPool2d(px, 0, py, 0, p);
                final float[] pdx = new float[p.inputLength()];
                ops.avgPool2dVjp(pdy, 0, pdx, 0, p);
                assertEquals(inner(pdy, py), inner(pdx, px), 1e-5 * scale(pdx, px), "pool " + p + " on " + kernels);
            }
        }
    }
}
