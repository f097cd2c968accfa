package dev.neurovec.conformance;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.processes.WhiteSignal;
import dev.neurovec.network.synapses.Alpha;
import dev.neurovec.network.synapses.LinearFilter;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.network.synapses.Synapse;
import dev.neurovec.network.synapses.Triangle;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.concurrent.TimeUnit;

import static dev.neurovec.conformance.Allclose.DEFAULT_ATOL;
import static dev.neurovec.conformance.Allclose.DEFAULT_RTOL;
import static dev.neurovec.conformance.Allclose.assertAllclose;
import static dev.neurovec.conformance.Allclose.assertSignalsAllclose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Ports the intent of Nengo's {@code nengo/tests/test_synapses.py} (nengo-semantics.md §1.8, §3.2):
 * a signal filtered on a probe or on a connection equals {@code synapse.filt(x)} delayed by one step
 * ({@code test_direct}, {@code test_lowpass}, {@code test_alpha}, {@code test_triangle},
 * {@code test_decoders}, {@code test_linearfilter}), two filters in series equal their combined
 * discrete transfer function ({@code test_combined_delay}), and {@code synapse = null} delivers in
 * the same step while {@code synapse = 0} delays by one. Float32 tolerances are NengoDL's overrides
 * for these tests (§7.2).
 */
abstract class SynapsesContract extends ConformanceContract {
    private static final long SEED = 4321;
    private static final double DT = 0.001;
    /** {@code run_synapse}'s input: {@code WhiteSignal(runtime, high=100)} over 0.2 s. */
    private static final double RUNTIME = 0.2;

    /** The 4th-order discrete Butterworth filter of {@code test_linearfilter} ({@code scipy.signal.butter(4, 0.1)}). */
    static final double[] BUTTER_NUM = {0.0004166, 0.0016664, 0.0024996, 0.0016664, 0.0004166};
    /** Its denominator. */
    static final double[] BUTTER_DEN = {1., -3.18063855, 3.86119435, -2.11215536, 0.43826514};

    /** {@code test_alpha}: Nengo's float64 atol. */
    static final double ALPHA_ATOL_F64 = 5e-6;
    /** NengoDL's float32 override for {@code test_lowpass}, {@code test_triangle}, {@code test_decoders}. */
    static final double LOWPASS_ATOL_F32 = 5e-7;
    /** NengoDL's float32 override for {@code test_alpha}. */
    static final double ALPHA_ATOL_F32 = 5e-5;
    /** NengoDL's float32 override for {@code test_linearfilter} (poles near the unit circle amplify round-off). */
    static final double LINEARFILTER_ATOL_F32 = 1e-4;

    /** The probed input, the same input filtered by a probe, and filtered by a connection into a passthrough. */
    private record Run(double[][] x, double[][] probed, double[][] connected) {
    }

    private Run runSynapse(final Synapse synapse, final Precision precision, final int nNeurons) {
        final Network net = new Network("run_synapse").seed(SEED);
        final Node u = net.node(new WhiteSignal(RUNTIME, 100));
        final Ensemble a = nNeurons > 0 ? net.ensemble(nNeurons, 1) : null;
        if (a != null) {
            net.connect(u, a).synapse(null);
        }
        final Probe ref = a != null ? net.probe(a) : net.probe(u);
        final Probe filtered = (a != null ? net.probe(a) : net.probe(u)).synapse(synapse);
        final Node relay = net.passthrough(1);
        net.connect(a != null ? a : u, relay).synapse(synapse);
        final Probe connected = net.probe(relay);
        try (Simulator sim = new Simulator(net, options(precision).withDt(DT).withSeed(SEED + 1))) {
            sim.run(RUNTIME);
            return new Run(sim.dataDouble(ref), sim.dataDouble(filtered), sim.dataDouble(connected));
        }
    }

    /** Both filtered signals lag {@code y = filt(x)} by one step ({@code signals_allclose(delay=dt)}). */
    private static void assertDelayedByOneStep(final String what, final double[][] y, final Run run,
                                               final double atol, final double rtol) {
        assertAllclose(what + ": filtered probe, first step", new double[][] {{0}}, Allclose.rows(run.probed(), 0, 1),
            0, 0);
        assertSignalsAllclose(what + ": filtered probe", y, run.probed(), atol, rtol, 0, 1);
        assertAllclose(what + ": filtered connection, first step", new double[][] {{0}},
            Allclose.rows(run.connected(), 0, 1), 0, 0);
        assertSignalsAllclose(what + ": filtered connection", y, run.connected(), atol, rtol, 0, 1);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldScaleWithOneStepDelayWhenFilterIsDiscreteGain(final Precision precision) {
        final double a = 0.7;
        final LinearFilter synapse = new LinearFilter(new double[] {a}, new double[] {1}, false);
        final Run run = runSynapse(synapse, precision, 0);
        final double[][] y = synapse.filt(run.x(), DT);
        assertDelayedByOneStep("test_direct", y, run, DEFAULT_ATOL, DEFAULT_RTOL);
        final double[][] ax = new double[run.x().length][1];
        for (int k = 0; k < ax.length; k++) {
            ax[k][0] = a * run.x()[k][0];
        }
        assertAllclose("test_direct: filt is a gain", ax, y, DEFAULT_ATOL, DEFAULT_RTOL);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldMatchOfflineFiltWhenLowpassFiltersOnline(final Precision precision) {
        final double tau = 0.03;
        final Run run = runSynapse(new Lowpass(tau), precision, 0);
        final double[][] y = new Lowpass(tau).filt(run.x(), DT);
        assertDelayedByOneStep("test_lowpass", y, run, precision == Precision.FLOAT64 ? DEFAULT_ATOL : LOWPASS_ATOL_F32,
            DEFAULT_RTOL);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldMatchSecondOrderLinearFilterWhenAlphaFiltersOnline(final Precision precision) {
        final double tau = 0.03;
        final Run run = runSynapse(new Alpha(tau), precision, 0);
        final double[][] y = new LinearFilter(new double[] {1}, new double[] {tau * tau, 2 * tau, 1}).filt(run.x(), DT);
        assertDelayedByOneStep("test_alpha", y, run, precision == Precision.FLOAT64 ? ALPHA_ATOL_F64 : ALPHA_ATOL_F32,
            DEFAULT_RTOL);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldMatchTriangularConvolutionWhenTriangleFiltersOnline(final Precision precision) {
        final double tau = 0.03;
        final Run run = runSynapse(new Triangle(tau), precision, 0);
        final double[][] yfilt = new Triangle(tau).filt(run.x(), DT);
        // the documented FIR: taps n..1 normalised to sum 1, n = round(tau/dt) + 1
        final int nTaps = (int) Math.rint(tau / DT) + 1;
        final double[] num = new double[nTaps];
        double sum = 0;
        for (int i = 0; i < nTaps; i++) {
            num[i] = nTaps - i;
            sum += num[i];
        }
        final double[][] y = new double[run.x().length][1];
        for (int k = 0; k < y.length; k++) {
            for (int j = 0; j < nTaps && j <= k; j++) {
                y[k][0] += num[j] / sum * run.x()[k - j][0];
            }
        }
        assertAllclose("test_triangle: filt is the convolution", y, yfilt, DEFAULT_ATOL, 0);
        assertDelayedByOneStep("test_triangle", y, run,
            precision == Precision.FLOAT64 ? DEFAULT_ATOL : LOWPASS_ATOL_F32, 0);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldFilterDecodedOutputWhenProbingEnsembleWithSynapse(final Precision precision) {
        final double tau = 0.01;
        final Run run = runSynapse(new Lowpass(tau), precision, 100);
        final double[][] y = new Lowpass(tau).filt(run.x(), DT);
        assertDelayedByOneStep("test_decoders", y, run,
            precision == Precision.FLOAT64 ? DEFAULT_ATOL : LOWPASS_ATOL_F32, DEFAULT_RTOL);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldMatchOfflineFiltWhenDiscreteButterworthFiltersOnline(final Precision precision) {
        final LinearFilter synapse = new LinearFilter(BUTTER_NUM, BUTTER_DEN, false);
        final Run run = runSynapse(synapse, precision, 0);
        final double[][] y = synapse.filt(run.x(), DT);
        assertDelayedByOneStep("test_linearfilter", y, run,
            precision == Precision.FLOAT64 ? DEFAULT_ATOL : LINEARFILTER_ATOL_F32, DEFAULT_RTOL);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldEqualSquaredDiscreteTransferFunctionWhenTwoLowpassFiltersAreInSeries(final Precision precision) {
        final int nt = 50;
        final double tau = 0.005;
        // zero-order hold of 1/(tau s + 1): H(z) = b / (z - a), a = exp(-dt/tau), b = 1 - a (§1.8)
        final double a = Math.exp(-DT / tau);
        final double b = 1 - a;
        final LinearFilter sys2 = new LinearFilter(new double[] {b * b}, new double[] {1, -2 * a, a * a}, false);
        final Network net = new Network("test_combined_delay");
        final Node u = net.node(1.0);
        final Node x = net.passthrough(1);
        net.connect(u, x).synapse(new Lowpass(tau));
        final Probe p1 = net.probe(x).synapse(new Lowpass(tau));
        final Probe p2 = net.probe(u).synapse(sys2);
        try (Simulator sim = new Simulator(net, options(precision).withDt(DT))) {
            sim.runSteps(nt);
            final double[][] d1 = sim.dataDouble(p1);
            assertAllclose("two lowpass filters vs the squared transfer function", sim.dataDouble(p2), d1, DEFAULT_ATOL,
                DEFAULT_RTOL);
            // two steps of delay: one per filter for p1; one filter step plus the filter's own delay for p2
            assertEquals(0.0, d1[0][0], "step 1");
            assertEquals(0.0, d1[1][0], "step 2");
            assertNotEquals(0.0, d1[2][0], "step 3");
            assertAllclose("step 3 is b^2", b * b, d1[2], DEFAULT_ATOL, DEFAULT_RTOL);
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldDelayOneStepWhenSynapseIsZeroButNotWhenNull(final Precision precision) {
        final Network net = new Network("synapse_none_vs_zero");
        final Node u = net.node(t -> t);
        final Node same = net.passthrough(1);
        final Node delayed = net.passthrough(1);
        net.connect(u, same).synapse(null);
        net.connect(u, delayed).synapse(0);
        final Probe pu = net.probe(u);
        final Probe pSame = net.probe(same);
        final Probe pDelayed = net.probe(delayed);
        final Probe pProbeZero = net.probe(u).synapse(0);
        try (Simulator sim = simulator(net, precision)) {
            sim.runSteps(10);
            final double[][] x = sim.dataDouble(pu);
            assertAllclose("synapse=None: same step", x, sim.dataDouble(pSame), 0, 0);
            final double[][] expected = new double[10][1];
            for (int k = 1; k < 10; k++) {
                expected[k][0] = x[k - 1][0];
            }
            assertAllclose("synapse=0 on a connection: the previous step's value", expected, sim.dataDouble(pDelayed),
                0, 0);
            assertAllclose("synapse=0 on a probe: the previous step's value", expected, sim.dataDouble(pProbeZero), 0,
                0);
        }
    }
}
