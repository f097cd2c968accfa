package dev.neurovec.ops.simd;

import dev.neurovec.ops.OptimizerOps;
import dev.neurovec.ops.scalar.ScalarOptimizerOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.neurovec.ops.simd.TwinCheck.SEED;
import static dev.neurovec.ops.simd.TwinCheck.SIZES;
import static dev.neurovec.ops.simd.TwinCheck.Tolerance;
import static dev.neurovec.ops.simd.TwinCheck.assertTwinAgrees;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OptimizerOpsTest {

    private static final int OFF = 6;

    private final OptimizerOps scalar = new ScalarOptimizerOps();
    private final OptimizerOps simd = new SimdOptimizerOps();

    @Test
    void shouldMatchScalarTwinBitForBitWhenTailIsOdd() {
        for (final int n : SIZES) {
            final long seed = SEED + n;
            final Random r = new Random(seed);
            final float[][] arrays = {TwinCheck.withEdges(r, n + 2 * OFF, -1f, 1f),
                TwinCheck.withEdges(r, n + 2 * OFF, -1f, 1f), TwinCheck.uniform(r, n + 2 * OFF, -0.1f, 0.1f),
                TwinCheck.uniform(r, n + 2 * OFF, 0f, 0.01f)};
            assertTwinAgrees("sgd " + n, seed, arrays, Tolerance.exact(), scalar, simd,
                (o, a) -> o.sgd(a[0], OFF, a[1], OFF, n, 0.1f));
            assertTwinAgrees("sgdMomentum " + n, seed, arrays, Tolerance.exact(), scalar, simd,
                (o, a) -> o.sgdMomentum(a[0], OFF, a[1], OFF, a[2], OFF, n, 0.1f, 0.9f));
            assertTwinAgrees("sgdNesterov " + n, seed, arrays, Tolerance.exact(), scalar, simd,
                (o, a) -> o.sgdNesterov(a[0], OFF, a[1], OFF, a[2], OFF, n, 0.1f, 0.9f));
            assertTwinAgrees("adam " + n, seed, arrays, Tolerance.exact(), scalar, simd,
                (o, a) -> o.adam(a[0], OFF, a[1], OFF, a[2], OFF, a[3], OFF, n, 1e-3f, 0.9f, 0.999f, 1e-7f, 7));
            assertTwinAgrees("rmsprop " + n, seed, arrays, Tolerance.exact(), scalar, simd,
                (o, a) -> o.rmsprop(a[0], OFF, a[1], OFF, a[3], OFF, n, 1e-3f, 0.9f, 1e-7f));
        }
    }

    @Test
    void shouldGiveSameBitsWhenRunIsSplitAtAnyBoundary() {
        final int n = 1000;
        final Random r = new Random(SEED);
        final float[] p0 = TwinCheck.uniform(r, n, -1f, 1f);
        final float[] g = TwinCheck.uniform(r, n, -1f, 1f);
        final float[] whole = p0.clone();
        final float[] m = new float[n];
        final float[] v = new float[n];
        simd.adam(whole, 0, g, 0, m, 0, v, 0, n, 1e-3f, 0.9f, 0.999f, 1e-7f, 1);
        final float[] split = p0.clone();
        final float[] m2 = new float[n];
        final float[] v2 = new float[n];
        for (int start = 0; start < n; ) {
            final int len = Math.min(1 + r.nextInt(40), n - start);
            simd.adam(split, start, g, start, m2, start, v2, start, len, 1e-3f, 0.9f, 0.999f, 1e-7f, 1);
            start += len;
        }
        assertArrayEquals(whole, split, "seed=" + SEED);
    }
}
