package dev.neurovec.ops.simd;

import dev.neurovec.ops.ElementwiseOps;
import dev.neurovec.ops.scalar.ScalarElementwiseOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import static dev.neurovec.ops.simd.TwinCheck.SEED;
import static dev.neurovec.ops.simd.TwinCheck.SIZES;
import static dev.neurovec.ops.simd.TwinCheck.Tolerance;
import static dev.neurovec.ops.simd.TwinCheck.assertTwinAgrees;
import static org.junit.jupiter.api.Assertions.assertEquals;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ElementwiseOpsTest {

    private static final int OFF = 7;

    private final ElementwiseOps scalar = new ScalarElementwiseOps();
    private final ElementwiseOps simd = new SimdElementwiseOps();

    private void compare(final String what, final long seed, final float[][] arrays,
                         final BiConsumer<ElementwiseOps, float[][]> call) {
        assertTwinAgrees(what, seed, arrays, Tolerance.exact(), scalar, simd, call);
    }

    @Test
    void shouldMatchScalarTwinExactlyWhenTailIsOdd() {
        for (final int n : SIZES) {
            final long seed = SEED + n;
            final Random r = new Random(seed);
            final int len = n + 2 * OFF;
            final float[][] arrays = {TwinCheck.withEdges(r, len, -2f, 2f), TwinCheck.withEdges(r, len, -2f, 2f),
                TwinCheck.withEdges(r, len, -2f, 2f)};
            compare("fill " + n, seed, arrays, (o, a) -> o.fill(a[2], OFF, n, 0.5f));
            compare("copy " + n, seed, arrays, (o, a) -> o.copy(a[0], OFF, a[2], OFF, n));
            compare("add " + n, seed, arrays, (o, a) -> o.add(a[0], OFF, a[2], OFF, n));
            compare("axpy " + n, seed, arrays, (o, a) -> o.axpy(-0.75f, a[0], OFF, a[2], OFF, n));
            compare("scale " + n, seed, arrays, (o, a) -> o.scale(1.5f, a[2], OFF, n));
            compare("mul " + n, seed, arrays, (o, a) -> o.mul(a[0], OFF, a[1], OFF, a[2], OFF, n));
            compare("mulInc " + n, seed, arrays, (o, a) -> o.mulInc(a[0], OFF, a[1], OFF, a[2], OFF, n));
            final int elements = Math.max(1, n / 4);
            compare("mulIncBroadcast " + n, seed, arrays,
                (o, a) -> o.mulIncBroadcast(a[0], OFF, a[1], OFF, a[2], OFF, elements, n / elements));
        }
    }

    @Test
    void shouldFindFirstNonFiniteWhereverItIs() {
        final float[] bad = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (final int n : SIZES) {
            final long seed = SEED + 3L * n;
            final Random r = new Random(seed);
            final float[] x = TwinCheck.uniform(r, n + 2 * OFF, -1e30f, 1e30f);
            x[OFF - 1] = Float.NaN;
            x[OFF + n] = Float.NaN;
            assertEquals(-1, simd.firstNonFinite(x, OFF, n), "none, n=" + n + " seed=" + seed);
            for (final int at : new int[] {0, n / 2, n - 1, r.nextInt(n)}) {
                final float[] y = x.clone();
                y[OFF + at] = bad[r.nextInt(bad.length)];
                if (at + 1 < n) {
                    y[OFF + n - 1] = Float.NaN;
                }
                assertEquals(scalar.firstNonFinite(y, OFF, n), simd.firstNonFinite(y, OFF, n),
                    "n=" + n + " at=" + at + " seed=" + seed);
                assertEquals(at, simd.firstNonFinite(y, OFF, n), "n=" + n + " seed=" + seed);
            }
        }
    }
}
