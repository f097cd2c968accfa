package dev.neurovec.ops.simd;

import dev.neurovec.ops.NeuronOps;
import dev.neurovec.ops.scalar.ScalarNeuronOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import static dev.neurovec.ops.simd.TwinCheck.SEED;
import static dev.neurovec.ops.simd.TwinCheck.SIZES;
import static dev.neurovec.ops.simd.TwinCheck.Tolerance;
import static dev.neurovec.ops.simd.TwinCheck.assertTwinAgrees;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NeuronOpsTest {

    private static final int OFF = 5;
    private static final float DT = 0.001f;
    private static final float TAU_RC = 0.02f;
    private static final float TAU_REF = 0.002f;
    /** Transcendental kernels: {@link VectorMath} is within 1 ulp of {@code Math}; a result combines up to three. */
    private static final Tolerance FEW_ULPS = Tolerance.ulps(4, 1e-30f);
    /**
     * LIF state: {@code ref = tauRef + dt + tauRc·log1p(..)} cancels down to about {@code -tauRef/2} and {@code v}
     * can cancel too, so a 1-ulp difference in a partial term is compared absolutely at the scale of the terms.
     */
    private static final Tolerance LIF_REF = Tolerance.ulps(4, 2e-9f);
    private static final Tolerance LIF_VOLTAGE = Tolerance.ulps(4, 1e-7f);
    /** {@code 1 - t²} and {@code s(1 - s)} cancel near saturation; compared at the scale {@code |gradOut|/tauRef}. */
    private static final Tolerance SATURATING_GRAD = Tolerance.ulps(8, 2e-4f);

    private final NeuronOps scalar = new ScalarNeuronOps();
    private final NeuronOps simd = new SimdNeuronOps();

    private void compare(final String what, final long seed, final float[][] arrays, final Tolerance[] tols,
                         final BiConsumer<NeuronOps, float[][]> call) {
        assertTwinAgrees(what, seed, arrays, tols, scalar, simd, call);
    }

    /** Currents around the LIF threshold plus the edge values 0, ±large, exactly 1 and subnormals. */
    private static float[] currents(final Random r, final int n) {
        final float[] j = TwinCheck.withEdges(r, n + 2 * OFF, -1f, 4f);
        for (int e = 0; e < Math.max(1, n / 50); e++) {
            j[OFF + r.nextInt(n)] = 1f;
            j[OFF + r.nextInt(n)] = Math.nextUp(1f);
        }
        return j;
    }

    @Test
    void shouldMatchScalarTwinForLifStepWhenTailIsOdd() {
        for (final int n : SIZES) {
            final long seed = SEED + n;
            final Random r = new Random(seed);
            final float[] j = currents(r, n);
            final float[] v = TwinCheck.uniform(r, n + 2 * OFF, 0f, 1.2f);
            final float[] ref = TwinCheck.uniform(r, n + 2 * OFF, -0.001f, 0.003f);
            for (int e = 0; e < Math.max(1, n / 20); e++) {
                ref[OFF + r.nextInt(n)] = DT;
                ref[OFF + r.nextInt(n)] = 0f;
                ref[OFF + r.nextInt(n)] = 2 * DT;
                v[OFF + r.nextInt(n)] = 1f;
            }
            final float[][] arrays = {j, v, ref, new float[n + 2 * OFF]};
            compare("lifStep n=" + n, seed, arrays,
                new Tolerance[] {Tolerance.exact(), LIF_VOLTAGE, LIF_REF, Tolerance.exact()},
                (o, a) -> o.lifStep(a[0], OFF, a[1], OFF, a[2], OFF, a[3], OFF, n, DT, TAU_RC, TAU_REF, 0f, 1f));
        }
    }

    @Test
    void shouldSpikeAtSameStepsAsScalarTwinWhenRunForManySteps() {
        final int n = 1001;
        final Random r = new Random(SEED);
        final float[] j = TwinCheck.uniform(r, n, 0f, 3f);
        final float[] vS = TwinCheck.uniform(r, n, 0f, 1f);
        final float[] vV = vS.clone();
        final float[] refS = new float[n];
        final float[] refV = new float[n];
        final float[] outS = new float[n];
        final float[] outV = new float[n];
        int spikes = 0;
        for (int step = 0; step < 500; step++) {
            scalar.lifStep(j, 0, vS, 0, refS, 0, outS, 0, n, DT, TAU_RC, TAU_REF, 0f, 1f);
            simd.lifStep(j, 0, vV, 0, refV, 0, outV, 0, n, DT, TAU_RC, TAU_REF, 0f, 1f);
            assertArrayEquals(outS, outV, "spikes at step " + step + " seed=" + SEED);
            for (final float o : outS) {
                spikes += o > 0f ? 1 : 0;
            }
        }
        for (int i = 0; i < n; i++) {
            assertTrue(TwinCheck.ulpDistance(vS[i], vV[i]) <= 64 || Math.abs(vS[i] - vV[i]) < 1e-6f,
                "voltage " + i + ": " + vS[i] + " vs " + vV[i] + " seed=" + SEED);
        }
        assertTrue(spikes > n, "the test inputs must make neurons spike: " + spikes);
    }

    @Test
    void shouldMatchScalarTwinForRateNeuronsWhenInputsIncludeEdges() {
        for (final int n : SIZES) {
            final long seed = SEED + 17L * n;
            final Random r = new Random(seed);
            final float[][] arrays = {currents(r, n), new float[n + 2 * OFF]};
            final Tolerance[] tols = {Tolerance.exact(), FEW_ULPS};
            compare("lifRateStep n=" + n, seed, arrays, tols,
                (o, a) -> o.lifRateStep(a[0], OFF, a[1], OFF, n, TAU_RC, TAU_REF, 1f));
            compare("softLifRateStep n=" + n, seed, arrays, tols,
                (o, a) -> o.softLifRateStep(a[0], OFF, a[1], OFF, n, 0.05f, TAU_RC, TAU_REF, 1f));
            compare("reluStep n=" + n, seed, arrays, new Tolerance[] {Tolerance.exact(), Tolerance.exact()},
                (o, a) -> o.reluStep(a[0], OFF, a[1], OFF, n, 2f));
            final float[][] wide = {TwinCheck.withEdges(r, n + 2 * OFF, -12f, 12f), new float[n + 2 * OFF]};
            compare("sigmoidStep n=" + n, seed, wide, tols,
                (o, a) -> o.sigmoidStep(a[0], OFF, a[1], OFF, n, 0.0025f));
            compare("tanhStep n=" + n, seed, wide, tols, (o, a) -> o.tanhStep(a[0], OFF, a[1], OFF, n, 0.0025f));
        }
    }

    @Test
    void shouldMatchScalarTwinForVjpsWhenInputsIncludeEdges() {
        for (final int n : SIZES) {
            final long seed = SEED + 23L * n;
            final Random r = new Random(seed);
            final float[] gradOut = TwinCheck.uniform(r, n + 2 * OFF, -1f, 1f);
            final float[][] arrays = {currents(r, n), gradOut, TwinCheck.uniform(r, n + 2 * OFF, -1f, 1f)};
            final Tolerance grad = Tolerance.ulps(8, 1e-6f);
            final Tolerance[] tols = {Tolerance.exact(), Tolerance.exact(), grad};
            compare("lifRateVjp n=" + n, seed, arrays, tols,
                (o, a) -> o.lifRateVjp(a[0], OFF, a[1], OFF, a[2], OFF, n, TAU_RC, TAU_REF, 1f));
            compare("softLifRateVjp n=" + n, seed, arrays, tols,
                (o, a) -> o.softLifRateVjp(a[0], OFF, a[1], OFF, a[2], OFF, n, 0.05f, TAU_RC, TAU_REF, 1f));
            compare("reluVjp n=" + n, seed, arrays, new Tolerance[] {Tolerance.exact(), Tolerance.exact(),
                Tolerance.exact()}, (o, a) -> o.reluVjp(a[0], OFF, a[1], OFF, a[2], OFF, n, 2f));
            final float[][] wide = {TwinCheck.withEdges(r, n + 2 * OFF, -12f, 12f), gradOut, arrays[2]};
            final Tolerance[] saturating = {Tolerance.exact(), Tolerance.exact(), SATURATING_GRAD};
            compare("sigmoidVjp n=" + n, seed, wide, saturating,
                (o, a) -> o.sigmoidVjp(a[0], OFF, a[1], OFF, a[2], OFF, n, 0.0025f));
            compare("tanhVjp n=" + n, seed, wide, saturating,
                (o, a) -> o.tanhVjp(a[0], OFF, a[1], OFF, a[2], OFF, n, 0.0025f));
        }
    }

    @Test
    void shouldMatchScalarTwinExactlyForSpikingIntegratorsWhenVoltagesCrossIntegers() {
        for (final int n : SIZES) {
            final long seed = SEED + 29L * n;
            final Random r = new Random(seed);
            final float[] j = TwinCheck.withEdges(r, n + 2 * OFF, -500f, 3000f);
            final float[] v = TwinCheck.uniform(r, n + 2 * OFF, -2f, 2f);
            v[OFF] = -0f;
            v[OFF + n - 1] = 1e9f;
            final float[][] arrays = {j, v, new float[n + 2 * OFF]};
            final Tolerance[] tols = {Tolerance.exact(), Tolerance.exact(), Tolerance.exact()};
            compare("spikingReluStep n=" + n, seed, arrays, tols,
                (o, a) -> o.spikingReluStep(a[0], OFF, a[1], OFF, a[2], OFF, n, DT, 1f));
            compare("regularSpikingStep n=" + n, seed, arrays, tols,
                (o, a) -> o.regularSpikingStep(a[0], OFF, a[1], OFF, a[2], OFF, n, DT, 1f));
        }
    }

    @Test
    void shouldGiveSameBitsWhenRunIsSplitAtAnyBoundary() {
        final int n = 1000;
        final Random r = new Random(SEED);
        final float[] j = currents(r, n);
        final float[] v0 = TwinCheck.uniform(r, n + 2 * OFF, 0f, 1.2f);
        final float[] ref0 = TwinCheck.uniform(r, n + 2 * OFF, -0.001f, 0.003f);
        final float[] vWhole = v0.clone();
        final float[] refWhole = ref0.clone();
        final float[] outWhole = new float[n + 2 * OFF];
        simd.lifStep(j, OFF, vWhole, OFF, refWhole, OFF, outWhole, OFF, n, DT, TAU_RC, TAU_REF, 0f, 1f);
        final float[] softWhole = new float[n + 2 * OFF];
        simd.softLifRateStep(j, OFF, softWhole, OFF, n, 0.05f, TAU_RC, TAU_REF, 1f);
        final float[] tanhWhole = new float[n + 2 * OFF];
        simd.tanhStep(j, OFF, tanhWhole, OFF, n, 0.0025f);
        for (int trial = 0; trial < 20; trial++) {
            final float[] v = v0.clone();
            final float[] ref = ref0.clone();
            final float[] out = new float[n + 2 * OFF];
            final float[] soft = new float[n + 2 * OFF];
            final float[] tanh = new float[n + 2 * OFF];
            for (int start = 0; start < n; ) {
                final int len = Math.min(1 + r.nextInt(40), n - start);
                final int o = OFF + start;
                simd.lifStep(j, o, v, o, ref, o, out, o, len, DT, TAU_RC, TAU_REF, 0f, 1f);
                simd.softLifRateStep(j, o, soft, o, len, 0.05f, TAU_RC, TAU_REF, 1f);
                simd.tanhStep(j, o, tanh, o, len, 0.0025f);
                start += len;
            }
            assertArrayEquals(vWhole, v, "voltage, trial " + trial + " seed=" + SEED);
            assertArrayEquals(refWhole, ref, "refractory, trial " + trial + " seed=" + SEED);
            assertArrayEquals(outWhole, out, "spikes, trial " + trial + " seed=" + SEED);
            assertArrayEquals(softWhole, soft, "soft LIF, trial " + trial + " seed=" + SEED);
            assertArrayEquals(tanhWhole, tanh, "tanh, trial " + trial + " seed=" + SEED);
        }
    }
}
