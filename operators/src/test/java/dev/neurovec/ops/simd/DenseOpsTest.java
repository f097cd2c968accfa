package dev.neurovec.ops.simd;

import dev.neurovec.ops.DenseOps;
import dev.neurovec.ops.scalar.ScalarDenseOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.neurovec.ops.simd.TwinCheck.SEED;
import static dev.neurovec.ops.simd.TwinCheck.SIZES;
import static dev.neurovec.ops.simd.TwinCheck.Tolerance;
import static dev.neurovec.ops.simd.TwinCheck.assertTwinAgrees;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DenseOpsTest {

    private static final int[] ROWS = {1, 3, 4, 5, 8, 9, 17, 33};
    private static final int[] DEPTHS = {1, 3, 15, 16, 17, 33, 100};
    private static final int[] COLUMNS = {1, 2, 3, 15, 16, 17, 31, 33, 64, 65, 100};
    private static final int OFF = 3;

    private final DenseOps scalar = new ScalarDenseOps();
    private final DenseOps simd = new SimdDenseOps();

    private static void compare(final String what, final long seed, final int length, final float[][] arrays,
                                final DenseOps scalar, final DenseOps simd,
                                final java.util.function.BiConsumer<DenseOps, float[][]> call) {
        assertTwinAgrees(what, seed, arrays, Tolerance.sum(length), scalar, simd, call);
    }

    @Test
    void shouldMatchScalarTwinForGemvWhenTailIsOdd() {
        for (final int m : SIZES) {
            for (final int k : SIZES) {
                if ((long) m * k > 1_100_000) {
                    continue;
                }
                final long seed = SEED + 31L * m + k;
                final Random r = new Random(seed);
                final float[][] arrays = {TwinCheck.withEdges(r, m * k + 2 * OFF, -1f, 1f),
                    TwinCheck.uniform(r, k + OFF, -1f, 1f), TwinCheck.uniform(r, m + 2 * OFF, -1f, 1f)};
                compare("gemv " + TwinCheck.shape(m, k), seed, k, arrays, scalar, simd,
                    (o, x) -> o.gemv(x[0], OFF, x[1], OFF, x[2], OFF, m, k));
                compare("gemvInc " + TwinCheck.shape(m, k), seed, k, arrays, scalar, simd,
                    (o, x) -> o.gemvInc(x[0], OFF, x[1], OFF, x[2], OFF, m, k));
                final float[][] trans = {arrays[0], TwinCheck.uniform(r, m + OFF, -1f, 1f),
                    TwinCheck.uniform(r, k + 2 * OFF, -1f, 1f)};
                compare("gemvTransInc " + TwinCheck.shape(m, k), seed, m, trans, scalar, simd,
                    (o, x) -> o.gemvTransInc(x[0], OFF, x[1], OFF, x[2], OFF, m, k));
            }
        }
    }

    @Test
    void shouldMatchScalarTwinForGemmWhenShapesStraddleVectorWidths() {
        for (final int m : ROWS) {
            for (final int k : DEPTHS) {
                for (final int n : COLUMNS) {
                    final long seed = SEED + 1_000_003L * m + 1009L * k + n;
                    final Random r = new Random(seed);
                    final float[][] arrays = {TwinCheck.withEdges(r, m * k + 2 * OFF, -1f, 1f),
                        TwinCheck.uniform(r, k * n + OFF, -1f, 1f), TwinCheck.uniform(r, m * n + 2 * OFF, -1f, 1f)};
                    final String s = TwinCheck.shape(m, k, n);
                    compare("gemm " + s, seed, k, arrays, scalar, simd,
                        (o, x) -> o.gemm(x[0], OFF, x[1], OFF, x[2], OFF, m, k, n));
                    compare("gemmInc " + s, seed, k, arrays, scalar, simd,
                        (o, x) -> o.gemmInc(x[0], OFF, x[1], OFF, x[2], OFF, m, k, n));
                    final float[][] transA = {arrays[0], TwinCheck.uniform(r, m * n + OFF, -1f, 1f),
                        TwinCheck.uniform(r, k * n + 2 * OFF, -1f, 1f)};
                    compare("gemmTransAInc " + s, seed, m, transA, scalar, simd,
                        (o, x) -> o.gemmTransAInc(x[0], OFF, x[1], OFF, x[2], OFF, m, k, n));
                    final float[][] transB = {TwinCheck.uniform(r, m * n + OFF, -1f, 1f),
                        TwinCheck.uniform(r, k * n + OFF, -1f, 1f), TwinCheck.uniform(r, m * k + 2 * OFF, -1f, 1f)};
                    compare("gemmTransBInc " + s, seed, n, transB, scalar, simd,
                        (o, x) -> o.gemmTransBInc(x[0], OFF, x[1], OFF, x[2], OFF, m, k, n));
                }
            }
        }
    }

    @Test
    void shouldMatchScalarTwinForStridedGemmWhenProductsAreInterleaved() {
        final int count = 3;
        for (final int n : new int[] {1, 5, 16, 33}) {
            final int m = 5;
            final int k = 17;
            final long seed = SEED + n;
            final Random r = new Random(seed);
            final int aStride = m * k + 2;
            final int bStride = k * n + 1;
            final int cStride = m * n + 3;
            final float[][] arrays = {TwinCheck.uniform(r, count * aStride + OFF, -1f, 1f),
                TwinCheck.uniform(r, count * bStride + OFF, -1f, 1f),
                TwinCheck.uniform(r, count * cStride + OFF, -1f, 1f)};
            compare("gemmStridedInc n=" + n, seed, k, arrays, scalar, simd,
                (o, x) -> o.gemmStridedInc(x[0], OFF, aStride, x[1], OFF, bStride, x[2], OFF, cStride, count, m, k,
                    n));
        }
    }

    @Test
    void shouldMatchScalarTwinForDotWhenLengthIsAroundVectorWidths() {
        for (final int n : SIZES) {
            final long seed = SEED + n;
            final Random r = new Random(seed);
            final float[] x = TwinCheck.withEdges(r, n + OFF, -1f, 1f);
            final float[] y = TwinCheck.uniform(r, n + 1, -1f, 1f);
            final float e = scalar.dot(x, OFF, y, 1, n);
            final float v = simd.dot(x, OFF, y, 1, n);
            float mag = 0f;
            for (int i = 0; i < n; i++) {
                mag += Math.abs(x[OFF + i] * y[1 + i]);
            }
            assertTrue(Math.abs(e - v) <= 2.0 * (n + 2) * TwinCheck.EPS * mag + Float.MIN_NORMAL,
                "dot n=" + n + " scalar=" + e + " simd=" + v + " seed=" + seed);
        }
    }

    @Test
    void shouldPropagateSpikesOnlyFromActiveColumnsWhenInputIsSparse() {
        for (final int m : SIZES) {
            for (final int k : new int[] {1, 16, 17, 100, 1023}) {
                final long seed = SEED + 7919L * m + k;
                final Random r = new Random(seed);
                final float[] x = new float[k + OFF];
                for (int j = 0; j < k; j++) {
                    x[OFF + j] = r.nextInt(10) == 0 ? 1000f : 0f;
                }
                x[OFF + r.nextInt(k)] = Float.MIN_VALUE;
                final float[][] arrays = {TwinCheck.uniform(r, k * m + OFF, -1f, 1f), x,
                    TwinCheck.uniform(r, m + 2 * OFF, -1f, 1f)};
                final int[] scratchScalar = new int[k];
                final int[] scratchSimd = new int[k];
                final int[] counts = new int[2];
                assertTwinAgrees("spikeColumnsInc " + TwinCheck.shape(m, k), seed, arrays, Tolerance.sum(k),
                    scalar, simd, (o, a) -> {
                        final boolean isScalar = o == scalar;
                        counts[isScalar ? 0 : 1] = o.spikeColumnsInc(a[0], OFF, m, a[1], OFF, k,
                            isScalar ? scratchScalar : scratchSimd, a[2], OFF);
                    });
                assertEquals(counts[0], counts[1], "active count seed=" + seed);
                assertArrayEquals(java.util.Arrays.copyOf(scratchScalar, counts[0]),
                    java.util.Arrays.copyOf(scratchSimd, counts[1]), "active columns seed=" + seed);
            }
        }
    }

    @Test
    void shouldGiveSameRowBitsWhenRowsAreSplitAcrossCalls() {
        final int m = 37;
        final int k = 1023;
        final int n = 19;
        final Random r = new Random(SEED);
        final float[] a = TwinCheck.uniform(r, m * k, -1f, 1f);
        final float[] x = TwinCheck.uniform(r, k * n, -1f, 1f);
        final float[] whole = new float[m * n];
        final float[] split = new float[m * n];
        final float[] wholeV = new float[m];
        final float[] splitV = new float[m];
        simd.gemm(a, 0, x, 0, whole, 0, m, k, n);
        simd.gemv(a, 0, x, 0, wholeV, 0, m, k);
        for (int start = 0, len = 1; start < m; start += len, len = len % 11 + 2) {
            final int rows = Math.min(len, m - start);
            simd.gemm(a, start * k, x, 0, split, start * n, rows, k, n);
            simd.gemv(a, start * k, x, 0, splitV, start, rows, k);
        }
        assertArrayEquals(whole, split, "gemm rows split seed=" + SEED);
        assertArrayEquals(wholeV, splitV, "gemv rows split seed=" + SEED);
    }
}
