package dev.neurovec.sim;

import dev.neurovec.golden.Golden;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.neurons.AdaptiveLif;
import dev.neurovec.network.neurons.Izhikevich;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.neurons.RegularSpiking;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden cases {@code spikes_const_*}: neurons with gain 1 and bias J (constant current), explicit
 * initial state, probed every step. Run by each executor (one subclass per executor).
 *
 * <p>Float64 mode must reproduce Nengo's float64 run: identical spike steps, continuous values to
 * {@link #F64_ATOL}. Float32 mode holds values to float32 round-off accumulated over 1000 steps
 * ({@link #F32_ATOL} relative to the value scale) and allows a spike to move by one step only where
 * the crossing falls within float32 round-off of threshold; the count of such shifts is asserted
 * to be small, never hidden.
 */
abstract class GoldenSpikesContract {
    /** float64: differences are only in the last bits of expm1/log1p between numpy and Java. */
    static final double F64_ATOL = 1e-10;
    /** float32: one float ulp at 1.0 is 1.2e-7; voltages accumulate a few ulps over the run. */
    static final double F32_ATOL = 2e-5;
    /** float32 integrator voltages accumulate ~1000 roundings of ~6e-8 each over the run. */
    static final double THRESHOLD_MARGIN = 1e-4;

    abstract SimulatorOptions options();

    /** @return whether this executor runs in the given precision */
    boolean supports(final Precision p) {
        return true;
    }

    @Test
    void shouldMatchNengoLifSpikesInFloat64() {
        Assumptions.assumeTrue(supports(Precision.FLOAT64), options().executor() + " runs float32 only");
        check("spikes_const_LIF", new Lif(0.02, 0.002, 0, 1), Map.of("voltage", 0.0, "refractory_time", 0.0),
            List.of("voltage", "refractory_time"), Precision.FLOAT64);
    }

    @Test
    void shouldMatchNengoLifSpikesInFloat32() {
        check("spikes_const_LIF", new Lif(0.02, 0.002, 0, 1), Map.of("voltage", 0.0, "refractory_time", 0.0),
            List.of("voltage", "refractory_time"), Precision.FLOAT32);
    }

    @Test
    void shouldMatchNengoSpikingReluInBothPrecisions() {
        for (Precision p : Precision.values()) {
            // The case's currents are rationals whose crossings land exactly on threshold in exact
            // arithmetic, so in float32 nearly every spike may fall either side of its step.
            check("spikes_const_SpikingRectifiedLinear", new SpikingRectifiedLinear(1), Map.of("voltage", 0.0),
                List.of("voltage"), p, 125);
        }
    }

    @Test
    void shouldMatchNengoRatesInBothPrecisions() {
        for (Precision p : Precision.values()) {
            check("spikes_const_LIFRate", new LifRate(0.02, 0.002, 1), Map.of(), List.of(), p);
            check("spikes_const_RectifiedLinear", new RectifiedLinear(1), Map.of(), List.of(), p);
        }
    }

    @Test
    void shouldMatchNengoRegularSpikingInBothPrecisions() {
        for (Precision p : Precision.values()) {
            check("spikes_const_RegularSpiking_LIFRate", new RegularSpiking(new LifRate(0.02, 0.002, 1)),
                Map.of("voltage", 0.0), List.of("voltage"), p, 2);
        }
    }

    @Test
    void shouldMatchNengoAdaptiveLifInBothPrecisions() {
        for (Precision p : Precision.values()) {
            check("spikes_const_AdaptiveLIF", new AdaptiveLif(0.1, 0.05, 0.02, 0.002, 0, 1),
                Map.of("voltage", 0.0, "refractory_time", 0.0, "adaptation", 0.0),
                List.of("voltage", "adaptation"), p);
        }
    }

    @Test
    void shouldMatchNengoIzhikevichInBothPrecisions() {
        for (Precision p : Precision.values()) {
            check("spikes_const_Izhikevich", new Izhikevich(0.02, 0.2, -65, 8),
                Map.of("voltage", -65.0, "recovery", 0.0), List.of("voltage", "recovery"), p);
        }
    }

    private void check(final String testCase, final NeuronType type, final Map<String, Double> initial,
                       final List<String> states, final Precision precision) {
        check(testCase, type, initial, states, precision, 2);
    }

    /**
     * @param maxShiftedF32 the number of float32 spikes allowed one step off; for integrate-and-fire
     *                      types each shifted spike must also be a crossing within 1e-4 of threshold
     */
    private void check(final String testCase, final NeuronType type, final Map<String, Double> initial,
                       final List<String> states, final Precision precision, final int maxShiftedF32) {
        if (!supports(precision)) {
            return; // the loops over precisions skip it; single-precision tests assume it instead
        }
        final double[] j = Golden.vector(testCase, "J");
        final int n = j.length;
        final Network net = new Network("golden").seed(0);
        final Ensemble ens = net.ensemble("ens", n, 1).neuronType(type)
            .gain(ones(n)).bias(j).encoders(onesColumn(n));
        initial.forEach((k, v) -> ens.initialState(k, Dists.choice(v)));
        final Probe out = net.probe(ens.neurons(), "output");
        final Map<String, Probe> stateProbes = new java.util.LinkedHashMap<>();
        for (String s : states) {
            stateProbes.put(s, net.probe(ens.neurons(), s));
        }
        final int steps = Golden.params(testCase).path("n_steps").asInt();
        try (Simulator sim = new Simulator(net, options().withPrecision(precision))) {
            sim.runSteps(steps);
            final double[][] output = sim.dataDouble(out);
            final double[][] expected = Golden.matrix(testCase, "output");
            final boolean spiking = type.spiking();
            final double atol = precision == Precision.FLOAT64 ? F64_ATOL : F32_ATOL;
            if (spiking) {
                final double[][] remainder = type instanceof SpikingRectifiedLinear || type instanceof RegularSpiking
                    ? Golden.matrix(testCase, "voltage") : null;
                final int shifted = compareSpikes(testCase, expected, output, precision, remainder);
                if (precision == Precision.FLOAT64) {
                    assertEquals(0, shifted, testCase + ": spike steps differ in float64");
                } else {
                    System.out.println(testCase + " float32: " + shifted + " spikes one step off");
                    assertTrue(shifted <= maxShiftedF32, testCase + ": " + shifted
                        + " spikes moved by a step in float32; expected at most " + maxShiftedF32);
                }
            } else {
                // Rates near threshold depend on J - 1, which cancels: float32 rounding of J is amplified,
                // so the float32 bound is relative to the largest rate of the case.
                assertClose(testCase + " output " + precision, expected, output, atol,
                    precision == Precision.FLOAT64 ? 1.0 : scale(expected));
            }
            for (Map.Entry<String, Probe> e : stateProbes.entrySet()) {
                if (precision == Precision.FLOAT32 && spiking) {
                    continue; // a one-step spike shift moves the whole voltage trace; spikes are checked above
                }
                assertClose(testCase + " " + e.getKey() + " " + precision, Golden.matrix(testCase, e.getKey()),
                    sim.dataDouble(e.getValue()), atol, scale(Golden.matrix(testCase, e.getKey())));
            }
        }
    }

    /**
     * @return the number of spikes that occur one step away from the golden step (a spike on the first or
     *     last step may move out of the window); any other mismatch fails
     */
    private static int compareSpikes(final String testCase, final double[][] expected, final double[][] actual,
                                     final Precision precision, final double[][] remainder) {
        assertEquals(expected.length, actual.length, testCase + ": number of steps");
        int shifted = 0;
        for (int k = 0; k < expected.length; k++) {
            for (int i = 0; i < expected[k].length; i++) {
                final boolean e = expected[k][i] != 0;
                final boolean a = actual[k][i] != 0;
                if (e == a) {
                    if (e) {
                        assertEquals(expected[k][i], actual[k][i], 1e-6 * Math.abs(expected[k][i]),
                            testCase + ": spike height at step " + k + " neuron " + i);
                    }
                    continue;
                }
                final boolean edge = k == 0 || k == expected.length - 1;
                final boolean nearby = edge || (k > 0 && (expected[k - 1][i] != 0) != (actual[k - 1][i] != 0))
                    || (k + 1 < expected.length && (expected[k + 1][i] != 0) != (actual[k + 1][i] != 0));
                assertTrue(precision == Precision.FLOAT32 && nearby, testCase + ": spike mismatch at step " + k
                    + " neuron " + i + " (expected " + expected[k][i] + ", got " + actual[k][i] + ")");
                if (remainder != null) {
                    // A shifted pair must include a step where Nengo's float64 voltage was within float32
                    // round-off of threshold: just below 1 without a spike, or a remainder just above 0 after one.
                    boolean nearThreshold = false;
                    for (int j = Math.max(0, k - 1); j <= Math.min(expected.length - 1, k + 1); j++) {
                        final double v = remainder[j][i];
                        nearThreshold |= expected[j][i] != 0 ? v < THRESHOLD_MARGIN : v > 1 - THRESHOLD_MARGIN;
                    }
                    assertTrue(nearThreshold, testCase + ": spike at step " + k + " neuron " + i
                        + " moved although Nengo's voltage was not within " + THRESHOLD_MARGIN + " of threshold");
                }
                shifted++;
            }
        }
        return shifted / 2;
    }

    static void assertClose(final String what, final double[][] expected, final double[][] actual,
                            final double atol, final double scale) {
        assertEquals(expected.length, actual.length, what + ": rows");
        double worst = 0;
        int wr = -1;
        int wc = -1;
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r].length, actual[r].length, what + ": columns in row " + r);
            for (int c = 0; c < expected[r].length; c++) {
                final double err = Math.abs(expected[r][c] - actual[r][c]);
                if (!(err <= worst)) {
                    worst = err;
                    wr = r;
                    wc = c;
                }
            }
        }
        assertTrue(worst <= atol * scale, what + ": max |error| " + worst + " at [" + wr + "][" + wc + "] (expected "
            + (wr < 0 ? "?" : expected[wr][wc]) + ", got " + (wr < 0 ? "?" : actual[wr][wc]) + "); atol "
            + atol * scale);
    }

    static double scale(final double[][] m) {
        double s = 1;
        for (double[] r : m) {
            for (double v : r) {
                s = Math.max(s, Math.abs(v));
            }
        }
        return s;
    }

    static double[] ones(final int n) {
        final double[] a = new double[n];
        Arrays.fill(a, 1.0);
        return a;
    }

    static double[][] onesColumn(final int n) {
        final double[][] a = new double[n][1];
        for (double[] r : a) {
            r[0] = 1.0;
        }
        return a;
    }
}
