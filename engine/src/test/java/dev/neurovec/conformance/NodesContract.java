package dev.neurovec.conformance;

import dev.neurovec.errors.BuildError;
import dev.neurovec.errors.SimulationError;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.neurons.Direct;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.neurovec.conformance.Allclose.DEFAULT_ATOL;
import static dev.neurovec.conformance.Allclose.DEFAULT_RTOL;
import static dev.neurovec.conformance.Allclose.assertAllclose;
import static dev.neurovec.conformance.Allclose.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ports the intent of Nengo's {@code nengo/tests/test_node.py} (nengo-semantics.md §1.2, §3.2):
 * {@code test_time} (t = dt on the first step), {@code test_simple}, {@code test_connected} and
 * {@code test_args} ({@code f(t, x)} nodes fed in the same step), {@code test_passthrough},
 * {@code test_passthrough_filter}, {@code test_circular} (node loops through synapses) and a
 * passthrough loop closed by a synapse, a loop without a synapse ("Cycle detected"),
 * {@code test_delay}, {@code test_unconnected_node}, {@code test_invalid_values} and
 * {@code test_direct_mode_nonfinite_value} (non-finite outputs are a {@code SimulationError} naming
 * the node or connection).
 */
abstract class NodesContract extends ConformanceContract {
    /** {@code test_time} and {@code test_passthrough_filter}: Nengo's atol. */
    static final double TIME_ATOL = 1e-7;
    /** {@code test_time} and {@code test_passthrough_filter}: Nengo's rtol. */
    static final double TIME_RTOL = 1e-4;

    /** The value a signal of this precision holds for {@code v}. */
    static double held(final double v, final Precision precision) {
        return precision == Precision.FLOAT64 ? v : (float) v;
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldPassTimeDtOnFirstStepWhenNodeIsFunctionOfTime(final Precision precision) {
        final Network net = new Network("test_time");
        final Node u = net.node(t -> t);
        final Probe up = net.probe(u);
        try (Simulator sim = simulator(net, precision)) {
            sim.run(1.0);
            final double[] t = sim.trange();
            final double[] x = col(sim.dataDouble(up), 0);
            assertAllclose("node output vs trange", t, x, TIME_ATOL, TIME_RTOL);
            // time is step * dt (§2.2 TimeUpdate): the first call sees t = dt, and no error accumulates.
            // In float32 it is NengoDL's product of float32 step and float32 dt, not a rounded double.
            for (int k = 0; k < x.length; k++) {
                final double expected = precision == Precision.FLOAT64
                        ? (k + 1) * sim.dt()
                        : (float) (k + 1) * (float) sim.dt();
                assertEquals(expected, x[k], "t at step " + (k + 1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldComputeFunctionOfInputInSameStepWhenConnectedWithoutSynapse(final Precision precision) {
        final Network net = new Network("test_connected");
        final Node input = net.node(Math::sin).label("input");
        final Node output = net.node(1, 1, (t, x, out) -> out[0] = x[0] * x[0]).label("output");
        net.connect(input, output).synapse(null);
        final Probe pIn = net.probe(input);
        final Probe pOut = net.probe(output);
        // test_args: t and x arrive together; x[0] is u(t) = t, fed in the same step
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger mismatches = new AtomicInteger();
        final Node u = net.node(t -> t);
        final Node v = net.node(1, 0, (t, x, out) -> {
            calls.incrementAndGet();
            if (x.length != 1 || x[0] != t) {
                mismatches.incrementAndGet();
            }
        });
        net.connect(u, v).synapse(null);
        try (Simulator sim = simulator(net, precision)) {
            sim.run(0.5);
            final double[] t = sim.trange();
            final double[] sin = col(sim.dataDouble(pIn), 0);
            final double[] expectedSin = new double[t.length];
            final double[] squared = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                expectedSin[k] = Math.sin(t[k]);
                squared[k] = sin[k] * sin[k];
            }
            assertAllclose("test_simple: sin node", expectedSin, sin, DEFAULT_ATOL, DEFAULT_RTOL);
            assertAllclose("test_connected: squared in the same step", squared, col(sim.dataDouble(pOut), 0),
                DEFAULT_ATOL, DEFAULT_RTOL);
            assertEquals(500, calls.get(), "test_args: the sink node runs every step");
            assertEquals(0, mismatches.get(), "test_args: x[0] == t on every call");
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRelaySumOfInputsInSameStepWhenNodeIsPassthrough(final Precision precision) {
        final Network net = new Network("test_passthrough");
        final Node in1 = net.node(Math::sin);
        final Node in2 = net.node(t -> t);
        final Node passthrough = net.passthrough(1);
        final Node out = net.node(1, 1, (t, x, y) -> y[0] = x[0]);
        net.connect(in1, passthrough).synapse(null);
        net.connect(in2, passthrough).synapse(null);
        net.connect(passthrough, out).synapse(null);
        final Probe in1P = net.probe(in1);
        final Probe in2P = net.probe(in2);
        final Probe outP = net.probe(out);
        final Probe passP = net.probe(passthrough);
        try (Simulator sim = simulator(net, precision)) {
            sim.run(0.5);
            final double[] a = col(sim.dataDouble(in1P), 0);
            final double[] b = col(sim.dataDouble(in2P), 0);
            final double[] sum = new double[a.length];
            for (int k = 0; k < a.length; k++) {
                sum[k] = a[k] + b[k];
            }
            assertAllclose("passthrough output", sum, col(sim.dataDouble(passP), 0), DEFAULT_ATOL, DEFAULT_RTOL);
            assertAllclose("node after the passthrough", sum, col(sim.dataDouble(outP), 0), DEFAULT_ATOL, DEFAULT_RTOL);
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldFilterWithOneStepDelayWhenPassthroughFeedsFilteredConnection(final Precision precision) {
        final double omega = 2 * Math.PI * 5;
        final Network net = new Network("test_passthrough_filter");
        final Node u = net.node(t -> Math.sin(omega * t));
        final Node passthrough = net.passthrough(1);
        final Node v = net.node(1, 1, (t, x, y) -> y[0] = x[0]);
        final Lowpass synapse = new Lowpass(0.3);
        net.connect(u, passthrough).synapse(null);
        net.connect(passthrough, v).synapse(synapse);
        final Probe up = net.probe(u);
        final Probe vp = net.probe(v);
        try (Simulator sim = simulator(net, precision)) {
            sim.run(1.0);
            final double[][] y = synapse.filt(sim.dataDouble(up), sim.dt());
            Allclose.assertSignalsAllclose("filtered through a passthrough", y, sim.dataDouble(vp), TIME_ATOL,
                TIME_RTOL, 0, 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRouteExactValuesWhenPassthroughChainsUseSlicesAndTransforms(final Precision precision) {
        final Network net = new Network("passthrough_chain");
        final Node c = net.node(1, 2, 3);
        final Node u = net.node(t -> t);
        final Node p1 = net.passthrough(3);
        final Node p2 = net.passthrough(2);
        final Node p3 = net.passthrough(4);
        final Node sink = net.node(2, 2, (t, x, y) -> {
            y[0] = x[0];
            y[1] = x[1];
        });
        final Node unfed = net.node(2, 1, (t, x, y) -> y[0] = x[0] + x[1] + 7);
        net.connect(c, p1).synapse(null);
        net.connect(u, p1.select(1)).transform(-2).synapse(null);
        net.connect(p1.select(2, 2), p2).synapse(null);
        net.connect(p1.slice(0, 2), p3.select(3, 0)).transform(new double[][] {{1, 1}, {0.5, -1}}).synapse(null);
        net.connect(p2.select(1), p3.select(1, 1)).transform(new double[][] {{1}, {10}}).synapse(null);
        final Connection toSink = net.connect(p3.slice(1, 3), sink).transform(0.25).synapse(null);
        final Probe p1P = net.probe(p1);
        final Probe p2P = net.probe(p2);
        final Probe p3P = net.probe(p3);
        final Probe sinkP = net.probe(sink);
        final Probe outP = net.probe(toSink, "output");
        final Probe unfedP = net.probe(unfed);
        try (Simulator sim = simulator(net, precision)) {
            sim.runSteps(5);
            for (int k = 0; k < 5; k++) {
                final double t = held((k + 1) * sim.dt(), precision);
                final double[] e1 = {1, 2 - 2 * t, 3};
                final double[] e2 = {e1[2], e1[2]};
                final double[] e3 = new double[4];
                e3[3] += e1[0] + e1[1];
                e3[0] += 0.5 * e1[0] - e1[1];
                e3[1] += e2[1] + 10 * e2[1];
                final double[] out = {0.25 * e3[1], 0.25 * e3[2]};
                final double rtol = exactRtol(precision);
                assertAllclose("p1 at step " + (k + 1), e1, sim.dataDouble(p1P)[k], 0, rtol);
                assertAllclose("p2 (repeated pre indices)", e2, sim.dataDouble(p2P)[k], 0, rtol);
                assertAllclose("p3 (repeated post indices add)", e3, sim.dataDouble(p3P)[k], 0, rtol);
                assertAllclose("sink", out, sim.dataDouble(sinkP)[k], 0, rtol);
                assertAllclose("connection output", out, sim.dataDouble(outP)[k], 0, rtol);
                assertAllclose("a node input nothing feeds is zero", 7.0, sim.dataDouble(unfedP)[k], 0, 0);
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldStepBothNodesOfLoopWhenEachLinkHasZeroSynapse() {
        final Network net = new Network("test_circular");
        final Node a = net.node(1, 1, (t, x, y) -> y[0] = x[0] + 1);
        final Node b = net.node(1, 1, (t, x, y) -> y[0] = x[0] + 1);
        net.connect(a, b).synapse(0);
        net.connect(b, a).synapse(0);
        final Probe aP = net.probe(a);
        final Probe bP = net.probe(b);
        try (Simulator sim = simulator(net)) {
            sim.run(0.5);
            final double[] av = col(sim.dataDouble(aP), 0);
            assertAllclose("a == b", av, col(sim.dataDouble(bP), 0), DEFAULT_ATOL, DEFAULT_RTOL);
            // each node adds one to the other's previous output: a_k = k
            for (int k = 0; k < av.length; k++) {
                assertEquals(k + 1, av[k], "a at step " + (k + 1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldSettleThroughTheSynapseWhenPassthroughLoopIsClosedByOneSynapse(final Precision precision) {
        final double tau = 0.01;
        final Network net = new Network("passthrough_loop");
        final Node one = net.node(1.0);
        final Node a = net.passthrough(1);
        final Node b = net.passthrough(1);
        net.connect(one, a).synapse(null);
        net.connect(a, b).synapse(null);
        net.connect(b, a).synapse(tau).transform(0.5);
        final Probe aP = net.probe(a);
        final Probe bP = net.probe(b);
        try (Simulator sim = simulator(net, precision)) {
            sim.runSteps(400); // the loop's time constant is tau / (1 - 0.5) = 20 steps
            final double[] av = col(sim.dataDouble(aP), 0);
            assertAllclose("b relays a in the same step", av, col(sim.dataDouble(bP), 0), 0, 0);
            // a_k = 1 + y_k, where y is Lowpass(tau) of 0.5 b one step behind (§1.8 zoh)
            final double alpha = Math.exp(-sim.dt() / tau);
            final double[] expected = new double[av.length];
            double y = 0;
            for (int k = 0; k < av.length; k++) {
                expected[k] = 1 + y;
                y = alpha * y + (1 - alpha) * 0.5 * expected[k];
            }
            assertAllclose("a through the loop", expected, av, DEFAULT_ATOL,
                precision == Precision.FLOAT64 ? DEFAULT_RTOL : F32_RTOL);
            // after 20 loop time constants the distance to 2 is 2 e^-20 ~ 4e-9, below float32 resolution at 2
            assertAllclose("the loop settles at 1 / (1 - 0.5)", 2.0, new double[] {av[av.length - 1]}, 1e-6, 0);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRejectLoopWhenNoLinkHasSynapse() {
        final Network net = new Network("cycle");
        final Node a = net.passthrough(1).label("a");
        final Node b = net.passthrough(1).label("b");
        net.connect(a, b).synapse(null);
        net.connect(b, a).synapse(null);
        final BuildError e = assertThrows(BuildError.class, () -> simulator(net).close());
        assertTrue(e.getMessage().startsWith("Cycle detected among operators: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; a loop of connections needs at least one synapse (synapse=None has no "
            + "delay)"), e.getMessage());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldNegateSelectedElementWhenConnectedThroughIndexList() {
        final Network net = new Network("test_delay");
        final Node a = net.node(Math::sin);
        final Node b = net.node(1, 1, (t, x, y) -> y[0] = -x[0]);
        net.connect(a.select(0), b).synapse(null);
        final Probe ap = net.probe(a);
        final Probe bp = net.probe(b);
        try (Simulator sim = simulator(net)) {
            sim.run(0.005);
            final double[] av = col(sim.dataDouble(ap), 0);
            final double[] bv = col(sim.dataDouble(bp), 0);
            for (int k = 0; k < av.length; k++) {
                assertEquals(-av[k], bv[k], "step " + (k + 1));
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldCallNodeEveryStepWhenItIsUnconnected() {
        final AtomicInteger hits = new AtomicInteger();
        final Network net = new Network("test_unconnected_node");
        net.ensemble(1, 1).neuronType(new Direct());
        net.node(0, 0, (t, x, y) -> hits.incrementAndGet());
        try (Simulator sim = simulator(net)) {
            assertEquals(0, hits.get(), "not called while building");
            sim.run(sim.dt());
            assertEquals(1, hits.get());
            sim.run(sim.dt());
            assertEquals(2, hits.get());
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NaN})
    void shouldRejectConstantNodeWhenValueIsNotFinite(final double bad) {
        final Network net = new Network("test_invalid_values");
        final ValidationError e = assertThrows(ValidationError.class, () -> net.node(1.0, bad));
        assertEquals("Node 'Node[0]': output[1] = " + bad + "; expected a finite value", e.getMessage());
    }

    static Stream<Arguments> nonFinite() {
        return Stream.of(Arguments.of(Double.POSITIVE_INFINITY, Precision.FLOAT32),
            Arguments.of(Double.NaN, Precision.FLOAT32), Arguments.of(Double.NaN, Precision.FLOAT64));
    }

    @ParameterizedTest
    @MethodSource("nonFinite")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRaiseSimulationErrorNamingNodeWhenFunctionReturnsNonFinite(final double bad, final Precision precision) {
        final Network net = new Network("test_invalid_values");
        final Node node = net.node(t -> t < 0.0025 ? 0.5 : bad).label("bad");
        final Ensemble ens = net.ensemble(10, 1);
        net.connect(node, ens);
        try (Simulator sim = simulator(net, precision)) {
            final SimulationError e = assertThrows(SimulationError.class, () -> sim.run(0.01));
            assertEquals("Node 'bad': function returned " + bad + " at output[0] at t = " + held(0.003, precision)
                + "; expected finite values", e.getMessage());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRaiseSimulationErrorWhenDirectEnsembleFunctionIsNotFinite() {
        final Network net = new Network("test_direct_mode_nonfinite_value");
        final Ensemble e1 = net.ensemble(10, 1).neuronType(new Direct());
        final Ensemble e2 = net.ensemble(10, 1);
        final Connection c = net.connect(e1, e2).function(x -> 1.0 / x);
        try (Simulator sim = simulator(net)) {
            final SimulationError e = assertThrows(SimulationError.class, () -> sim.run(0.01));
            assertEquals(c.describe() + " function: function returned Infinity at output[0] at t = " + held(0.001,
                Precision.FLOAT32) + "; expected finite values", e.getMessage());
        }
    }
}
