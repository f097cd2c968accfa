package dev.neurovec.ops.simd;

import dev.neurovec.ops.LossOps;
import dev.neurovec.ops.scalar.ScalarLossOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.neurovec.ops.simd.TwinCheck.SEED;
import static dev.neurovec.ops.simd.TwinCheck.SIZES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LossOpsTest {

    private static final int OFF = 4;

    private final LossOps scalar = new ScalarLossOps();
    private final LossOps simd = new SimdLossOps();

    private static void assertSumClose(final String what, final double expected, final double actual, final int n,
                                       final long seed) {
        assertTrue(Math.abs(expected - actual) <= 1e-5 * Math.abs(expected) + 1e-30,
            what + ": scalar=" + expected + " simd=" + actual + " n=" + n + " seed=" + seed);
    }

    @Test
    void shouldMatchScalarTwinForSquaredErrorsWhenTargetsHaveGaps() {
        for (final int n : new int[] {1, 3, 15, 16, 17, 31, 33, 100, 1023, 4099, 10_000}) {
            final long seed = SEED + n;
            final Random r = new Random(seed);
            final float[] pred = TwinCheck.uniform(r, n + OFF, -3f, 3f);
            final float[] target = TwinCheck.uniform(r, n + 2 * OFF, -3f, 3f);
            for (int e = 0; e < Math.max(1, n / 10); e++) {
                target[OFF + r.nextInt(n)] = Float.NaN;
            }
            final float[] gradScalar = TwinCheck.uniform(r, n + 2 * OFF, -1f, 1f);
            final float[] gradSimd = gradScalar.clone();
            assertSumClose("nanMseInc", scalar.nanMseInc(pred, OFF, target, OFF, n, gradScalar, OFF, 0.5f),
                simd.nanMseInc(pred, OFF, target, OFF, n, gradSimd, OFF, 0.5f), n, seed);
            assertArrayEquals(gradScalar, gradSimd, "nanMseInc gradient seed=" + seed);
            assertEquals(scalar.countFinite(target, OFF, n), simd.countFinite(target, OFF, n), "seed=" + seed);
            for (int i = 0; i < target.length; i++) {
                target[i] = target[i] == target[i] ? target[i] : 0.25f;
            }
            assertSumClose("mseInc", scalar.mseInc(pred, OFF, target, OFF, n, gradScalar, OFF, 1f / n),
                simd.mseInc(pred, OFF, target, OFF, n, gradSimd, OFF, 1f / n), n, seed);
            assertArrayEquals(gradScalar, gradSimd, "mseInc gradient seed=" + seed);
        }
    }

    @Test
    void shouldCountFiniteValuesExactlyWhenInfinitiesAndNaNsAreMixed() {
        for (final int n : SIZES) {
            final long seed = SEED + 5L * n;
            final Random r = new Random(seed);
            final float[] x = TwinCheck.withEdges(r, n + OFF, -1f, 1f);
            final float[] bad = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MAX_VALUE};
            for (int e = 0; e < n / 3; e++) {
                x[OFF + r.nextInt(n)] = bad[r.nextInt(bad.length)];
            }
            assertEquals(scalar.countFinite(x, OFF, n), simd.countFinite(x, OFF, n), "n=" + n + " seed=" + seed);
        }
    }

    @Test
    void shouldMatchScalarTwinForSoftmaxCrossEntropyAndAccuracy() {
        final Random r = new Random(SEED);
        final int rows = 37;
        final int classes = 10;
        final float[] logits = TwinCheck.uniform(r, rows * classes + OFF, -20f, 20f);
        final int[] labels = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
            labels[1 + i] = r.nextInt(classes);
        }
        final float[] g1 = new float[rows * classes + OFF];
        final float[] g2 = new float[rows * classes + OFF];
        assertEquals(scalar.sparseSoftmaxCrossEntropyInc(logits, OFF, labels, 1, rows, classes, g1, OFF, 0.1f),
            simd.sparseSoftmaxCrossEntropyInc(logits, OFF, labels, 1, rows, classes, g2, OFF, 0.1f), 1e-9);
        assertArrayEquals(g1, g2);
        assertEquals(scalar.argmaxMatches(logits, OFF, labels, 1, rows, classes),
            simd.argmaxMatches(logits, OFF, labels, 1, rows, classes));
    }
}
