package dev.neurovec.ops.simd;

import dev.neurovec.ops.FilterOps;
import dev.neurovec.ops.scalar.ScalarFilterOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.neurovec.ops.simd.TwinCheck.SEED;
import static dev.neurovec.ops.simd.TwinCheck.SIZES;
import static dev.neurovec.ops.simd.TwinCheck.Tolerance;
import static dev.neurovec.ops.simd.TwinCheck.assertTwinAgrees;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FilterOpsTest {

    private static final int OFF = 2;

    private final FilterOps scalar = new ScalarFilterOps();
    private final FilterOps simd = new SimdFilterOps();

    @Test
    void shouldMatchScalarTwinExactlyForLowpass() {
        for (final int n : SIZES) {
            final long seed = SEED + n;
            final Random r = new Random(seed);
            final float[][] arrays = {TwinCheck.withEdges(r, n + 2 * OFF, -1f, 1f),
                TwinCheck.uniform(r, n + 2 * OFF, -1f, 1f), TwinCheck.uniform(r, n + OFF, 0.5f, 1f),
                TwinCheck.uniform(r, n + OFF, 0f, 0.5f)};
            assertTwinAgrees("lowpass " + n, seed, arrays, Tolerance.exact(), scalar, simd,
                (o, a) -> o.lowpass(a[0], OFF, a[1], OFF, n, 0.9512f, 0.0488f));
            assertTwinAgrees("lowpassPerElement " + n, seed, arrays, Tolerance.exact(), scalar, simd,
                (o, a) -> o.lowpassPerElement(a[0], OFF, a[1], OFF, a[2], OFF, a[3], OFF, n));
        }
    }

    @Test
    void shouldMatchScalarTwinForStateSpaceOfEveryOrder() {
        for (int k = 1; k <= FilterOps.MAX_STATE_ORDER; k++) {
            for (final int n : SIZES) {
                final long seed = SEED + 100L * k + n;
                final Random r = new Random(seed);
                final float[] a = TwinCheck.uniform(r, k * k, -0.5f, 0.5f);
                final float[] b = TwinCheck.uniform(r, k, -1f, 1f);
                final float[] c = TwinCheck.uniform(r, k, -1f, 1f);
                final float[][] arrays = {TwinCheck.withEdges(r, n + 2 * OFF, -1f, 1f),
                    TwinCheck.uniform(r, k * n + 2 * OFF, -1f, 1f), TwinCheck.uniform(r, n + 2 * OFF, -1f, 1f), a, b,
                    c};
                final int order = k;
                // k+1 products per new component, 2k+1 per General output: compare as sums of that length.
                assertTwinAgrees("stateSpaceNoD k=" + k + " n=" + n, seed, arrays, Tolerance.sum(2 * k + 2), scalar,
                    simd, (o, x) -> o.stateSpaceNoD(x[0], OFF, x[1], OFF, x[2], OFF, n, order, x[3], x[4], x[5]));
                assertTwinAgrees("stateSpaceGeneral k=" + k + " n=" + n, seed, arrays, Tolerance.sum(2 * k + 2),
                    scalar, simd,
                    (o, x) -> o.stateSpaceGeneral(x[0], OFF, x[1], OFF, x[2], OFF, n, order, x[3], x[4], x[5], 0.3f));
            }
        }
    }
}
