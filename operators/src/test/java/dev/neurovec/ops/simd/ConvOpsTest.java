package dev.neurovec.ops.simd;

import dev.neurovec.ops.Conv2dShape;
import dev.neurovec.ops.ConvOps;
import dev.neurovec.ops.Padding;
import dev.neurovec.ops.Pool2dShape;
import dev.neurovec.ops.scalar.ScalarConvOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.neurovec.ops.simd.TwinCheck.SEED;
import static dev.neurovec.ops.simd.TwinCheck.Tolerance;
import static dev.neurovec.ops.simd.TwinCheck.assertTwinAgrees;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConvOpsTest {

    private static final int OFF = 3;

    private final ConvOps scalar = new ScalarConvOps();
    private final ConvOps simd = new SimdConvOps();

    @Test
    void shouldMatchScalarTwinForConvolutionAndItsVjps() {
        final int[][] shapes = {
            // h, w, cin, cout, kh, kw, sh, sw, batch
            {5, 7, 3, 16, 3, 3, 1, 1, 1}, {8, 8, 1, 32, 3, 3, 2, 2, 1}, {6, 5, 3, 20, 5, 3, 1, 2, 1},
            {4, 4, 2, 5, 3, 3, 1, 1, 3}, {5, 6, 4, 3, 3, 2, 2, 1, 17}, {3, 3, 16, 16, 3, 3, 1, 1, 16},
            {1, 1, 3, 17, 3, 3, 1, 1, 1}, {7, 9, 1, 1, 1, 1, 1, 1, 2}};
        for (final int[] d : shapes) {
            for (final Padding padding : Padding.values()) {
                if (padding == Padding.VALID && (d[4] > d[0] || d[5] > d[1])) {
                    continue;
                }
                final Conv2dShape s = Conv2dShape.of(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], padding, d[8]);
                final long seed = SEED + java.util.Arrays.hashCode(d) + padding.ordinal();
                final Random r = new Random(seed);
                final float[][] arrays = {TwinCheck.withEdges(r, s.inputLength() + 2 * OFF, -1f, 1f),
                    TwinCheck.uniform(r, s.kernelLength() + 2 * OFF, -1f, 1f),
                    TwinCheck.uniform(r, s.outputLength() + 2 * OFF, -1f, 1f)};
                final int taps = d[4] * d[5];
                assertTwinAgrees("conv2dInc " + s, seed, arrays, Tolerance.sum(taps * d[2]), scalar, simd,
                    (o, a) -> o.conv2dInc(a[0], OFF, a[1], OFF, a[2], OFF, s));
                assertTwinAgrees("conv2dInputVjp " + s, seed, arrays, Tolerance.sum(taps * d[3]), scalar, simd,
                    (o, a) -> o.conv2dInputVjp(a[1], OFF, a[2], OFF, a[0], OFF, s));
                assertTwinAgrees("conv2dKernelVjp " + s, seed, arrays,
                    Tolerance.sum(s.outHeight() * s.outWidth() * d[8]), scalar, simd,
                    (o, a) -> o.conv2dKernelVjp(a[0], OFF, a[2], OFF, a[1], OFF, s));
            }
        }
    }

    @Test
    void shouldMatchScalarTwinExactlyForAveragePooling() {
        final int[][] shapes = {{6, 7, 3, 2, 2, 2, 2, 1}, {5, 5, 16, 3, 3, 2, 2, 1}, {4, 6, 5, 2, 3, 1, 2, 7},
            {8, 8, 32, 2, 2, 2, 2, 1}};
        for (final int[] d : shapes) {
            for (final Padding padding : Padding.values()) {
                final Pool2dShape s = Pool2dShape.of(d[0], d[1], d[2], d[3], d[4], d[5], d[6], padding, d[7]);
                final long seed = SEED + java.util.Arrays.hashCode(d) + padding.ordinal();
                final Random r = new Random(seed);
                final float[][] arrays = {TwinCheck.withEdges(r, s.inputLength() + 2 * OFF, -1f, 1f),
                    TwinCheck.uniform(r, s.outputLength() + 2 * OFF, -1f, 1f)};
                assertTwinAgrees("avgPool2d " + s, seed, arrays, Tolerance.exact(), scalar, simd,
                    (o, a) -> o.avgPool2d(a[0], OFF, a[1], OFF, s));
                assertTwinAgrees("avgPool2dVjp " + s, seed, arrays, Tolerance.exact(), scalar, simd,
                    (o, a) -> o.avgPool2dVjp(a[1], OFF, a[0], OFF, s));
            }
        }
    }
}
