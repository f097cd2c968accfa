package dev.neurovec.conformance;

import dev.neurovec.build.BuiltConnection;
import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.solvers.LstsqL2;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.concurrent.TimeUnit;

import static dev.neurovec.conformance.Allclose.DEFAULT_ATOL;
import static dev.neurovec.conformance.Allclose.DEFAULT_RTOL;
import static dev.neurovec.conformance.Allclose.assertAllclose;
import static dev.neurovec.conformance.Allclose.col;
import static dev.neurovec.conformance.Allclose.rows;
import static dev.neurovec.conformance.Fixtures.bitIdentical;
import static dev.neurovec.conformance.Fixtures.filled;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ports the intent of Nengo's {@code nengo/tests/test_probe.py} (nengo-semantics.md §1.6, §3.2,
 * §3.3): {@code test_multirun}, {@code test_dts} and {@code test_multiple_probes} ({@code sample_every}
 * with {@code trange(sample_every)}), {@code test_defaults}, {@code test_simulator_dt},
 * {@code test_solver_defaults}, {@code test_input_probe}, {@code test_conn_output} (with connection
 * input and weights),
 * {@code test_slice} (including index lists with repeats), {@code test_ensemble_encoders},
 * {@code test_update_timing}, and the probe side of {@code reset} and {@code clear_probes}.
 */
abstract class ProbesContract extends ConformanceContract {
    private static final long SEED = 2239;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldContinueTimeWhenRunIsCalledRepeatedly() {
        final RandomState rng = new RandomState(SEED);
        final Network net = new Network("Multi-run");
        net.node(t -> t);
        try (Simulator sim = simulator(net)) {
            double tSum = 0;
            for (int i = 0; i < 10; i++) {
                final double ti = sim.dt() * rng.randint(100, 2000);
                sim.run(ti);
                final double[] simT = sim.trange();
                // test_multirun's rtol
                assertAllclose("trange after run " + i, Fixtures.times(sim.dt(), simT.length), simT, DEFAULT_ATOL,
                    1e-4);
                tSum += ti;
                assertAllclose("last time after run " + i, tSum, new double[] {simT[simT.length - 1]}, DEFAULT_ATOL,
                    1e-4);
                assertAllclose("time() after run " + i, tSum, new double[] {sim.time()}, DEFAULT_ATOL, 1e-4);
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRecordTheSameDataWhenOneRunIsSplitInTwo() {
        final Network net = new Network("multirun_data").seed(SEED);
        final Node u = net.node(t -> Math.sin(10 * t));
        final Ensemble a = net.ensemble(50, 1);
        net.connect(u, a);
        final Probe spikes = net.probe(a.neurons());
        final Probe decoded = net.probe(a).synapse(0.01);
        try (Simulator once = simulator(net); Simulator twice = simulator(net)) {
            once.run(0.3);
            twice.run(0.1);
            twice.run(0.2);
            assertEquals(once.nSteps(), twice.nSteps(), "steps");
            assertArrayEquals(once.trange(), twice.trange(), "trange");
            assertTrue(bitIdentical(once.dataDouble(spikes), twice.dataDouble(spikes)), "spikes of two runs = one run");
            assertTrue(bitIdentical(once.dataDouble(decoded), twice.dataDouble(decoded)),
                "decoded of two runs = one run");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRecordOneSamplePerTrangeEntryWhenSampleEveryDiffersFromDt() {
        final RandomState rng = new RandomState(SEED);
        for (int i = 0; i < 20; i++) {
            final double dt = rng.uniform(0.001, 0.1);
            final double dt2 = rng.uniform(dt, 0.15);
            final double tend = rng.uniform(0.2, 0.3);
            final Network net = new Network("test_dts").seed(SEED);
            final Node a = net.node(t -> t);
            final Probe ap = net.probe(a).sampleEvery(dt2);
            try (Simulator sim = new Simulator(net, options(Precision.FLOAT32).withDt(dt))) {
                sim.run(tend);
                final double[] t = sim.trange(dt2);
                final double[][] x = sim.dataDouble(ap);
                final String what = "dt=" + dt + ", dt2=" + dt2 + ", tend=" + tend;
                assertEquals(t.length, x.length, what);
                // each sample is the value at its trange time (the node outputs t), as float32 holds it
                assertAllclose(what, t, col(x, 0), 0, F32_RTOL);
                int expected = 0;
                for (long n = 1; n <= sim.nSteps(); n++) {
                    expected += n % (dt2 / dt) < 1 ? 1 : 0; // §1.6: sample at step n when n % (sample_every/dt) < 1
                }
                assertEquals(expected, x.length, what + ": samples");
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldSubsampleTheSameSignalWhenProbedWithSeveralPeriods() {
        final double dt = 1e-3;
        final int f = 10;
        final Network net = new Network("test_multiple_probes").seed(SEED);
        final Ensemble ens = net.ensemble(10, 1);
        final Probe p001 = net.probe(ens).sampleEvery(dt);
        final Probe p01 = net.probe(ens).sampleEvery(f * dt);
        final Probe p1 = net.probe(ens).sampleEvery(f * f * dt);
        try (Simulator sim = simulator(net, dt)) {
            sim.run(1.0);
            assertAllclose("every 10th of the 1 ms probe", everyNth(sim.dataDouble(p001), f), sim.dataDouble(p01),
                DEFAULT_ATOL, DEFAULT_RTOL);
            assertAllclose("every 10th of the 10 ms probe", everyNth(sim.dataDouble(p01), f), sim.dataDouble(p1),
                DEFAULT_ATOL, DEFAULT_RTOL);
            assertEquals(10, sim.dataDouble(p1).length);
        }
    }

    /** numpy's {@code x[f - 1 :: f]}. */
    private static double[][] everyNth(final double[][] x, final int f) {
        final double[][] out = new double[x.length / f][];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[(i + 1) * f - 1];
        }
        return out;
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldProbeTheDefaultAttributeWhenNoneIsGiven() {
        final Network net = new Network("test_defaults");
        final Node node = net.node(0.5);
        final Ensemble ens = net.ensemble(20, 1);
        final Connection conn = net.connect(node, ens);
        assertEquals("output", net.probe(node).attr());
        assertEquals("decoded_output", net.probe(ens).attr());
        assertEquals("output", net.probe(conn).attr());
        assertEquals("output", net.probe(ens.neurons()).attr());
        try (Simulator sim = simulator(net)) {
            sim.run(0.01);
            assertEquals(10, sim.nSteps());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldTakeSolverFromConfigWhenProbingDecodedOutput() {
        final LstsqL2 solver1 = new LstsqL2(0.764, false);
        final LstsqL2 solver2 = new LstsqL2(0.911, false);
        final LstsqL2 solver3 = new LstsqL2(0.898, false);
        final Network model = new Network("test_solver_defaults").seed(SEED);
        final Probe a = model.probe(model.ensemble(100, 1));
        model.config().connection().solver(solver1);
        final Probe b = model.probe(model.ensemble(100, 1));
        final Network net = model.network("net");
        final Probe c = net.probe(net.ensemble(100, 1));
        net.config().probe().solver(solver2);
        final Probe d = net.probe(net.ensemble(100, 1));
        final Network net2 = model.network("net2");
        final Probe e = net2.probe(net2.ensemble(100, 1));
        net2.config().probe().solver(solver3);
        final Probe f = net2.probe(net2.ensemble(100, 1));
        assertEquals(new LstsqL2(), a.solver(), "a: the connection solver's default");
        assertTrue(b.solver() == solver1, "b: the configured connection solver");
        assertTrue(c.solver() == solver1, "c: inherited from the parent network");
        assertTrue(d.solver() == solver2, "d: the configured probe solver");
        assertTrue(e.solver() == solver1, "e: inherited from the parent network");
        assertTrue(f.solver() == solver3, "f: the configured probe solver");
        try (Simulator sim = simulator(model)) {
            sim.run(0.01);
            assertEquals(10, sim.dataDouble(f).length);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRecordEveryStepWhenSimulatorDtIsCoarser() {
        final Network net = new Network("test_simulator_dt");
        final Ensemble a = net.ensemble(10, 1);
        final Ensemble b = net.ensemble(10, 1);
        net.connect(a, b);
        final Probe bp = net.probe(b);
        try (Simulator sim = simulator(net, 0.01)) {
            sim.run(1.0);
            assertEquals(100, sim.dataDouble(bp).length);
            assertEquals(1, sim.dataDouble(bp)[0].length);
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldSumIncomingConnectionsWhenProbingEnsembleInput(final Precision precision) {
        final Network net = new Network("test_input_probe");
        final Ensemble ens = net.ensemble(100, 1);
        final Node n1 = net.node(Math::sin);
        final Node n2 = net.node(0.5);
        net.connect(n1, ens).synapse(null);
        net.connect(n2, ens).synapse(null);
        final Probe input = net.probe(ens, "input");
        try (Simulator sim = simulator(net, precision)) {
            sim.run(1.0);
            final double[] t = sim.trange();
            final double[] expected = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                expected[k] = Math.sin(t[k]) + 0.5;
            }
            assertAllclose("ensemble input", expected, col(sim.dataDouble(input), 0), DEFAULT_ATOL, DEFAULT_RTOL);
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRecordOutputInputAndWeightsWhenProbingConnections(final Precision precision) {
        final Network net = new Network("test_conn_output").seed(SEED);
        final Node n1 = net.node(Math::sin);
        final Node n2 = net.node(0.5);
        final Node nOut = net.passthrough(1);
        final Connection c1 = net.connect(n1, nOut).transform(-1).synapse(null);
        final Connection c2 = net.connect(n2, nOut).function(x -> x * x).synapse(null);
        final Probe p1 = net.probe(c1, "output");
        final Probe p2 = net.probe(c2, "output");
        // a filtered matrix connection: input is the pre value, output the filtered T x, weights T
        final double[][] transform = {{1, 2}, {3, -4}};
        final Node v = net.node(0, 2, (t, x, out) -> {
            out[0] = Math.sin(t);
            out[1] = Math.cos(3 * t);
        });
        final Node sink = net.passthrough(2);
        final Connection c3 = net.connect(v, sink).transform(transform).synapse(0.01);
        final Probe in3 = net.probe(c3, "input");
        final Probe out3 = net.probe(c3, "output");
        final Probe w3 = net.probe(c3, "weights");
        final Probe sinkP = net.probe(sink);
        // a decoded connection: input is the neuron activity, weights the decoders folded with the transform
        final Ensemble ens = net.ensemble(30, 1);
        net.connect(n1, ens);
        final Node dsink = net.passthrough(1);
        final Connection c4 = net.connect(ens, dsink).transform(2).synapse(null);
        final Probe in4 = net.probe(c4, "input");
        final Probe out4 = net.probe(c4, "output");
        final Probe w4 = net.probe(c4, "weights");
        final Probe activity = net.probe(ens.neurons());
        final double rtol = DEFAULT_RTOL;
        try (Simulator sim = simulator(net, precision)) {
            sim.run(0.2);
            final double[] t = sim.trange();
            final double[] minusSin = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                minusSin[k] = -Math.sin(t[k]);
            }
            assertAllclose("c1 output", minusSin, col(sim.dataDouble(p1), 0), DEFAULT_ATOL, DEFAULT_RTOL);
            assertAllclose("c2 output", 0.25, col(sim.dataDouble(p2), 0), DEFAULT_ATOL, DEFAULT_RTOL);

            final double[][] x3 = sim.dataDouble(in3);
            final double[][] y3 = new Lowpass(0.01).filt(Fixtures.matmulT(x3, transform), sim.dt());
            // The probe records the filter's output signal after its update (§1.4 'weighted', §3.1 probes run after
            // every operator), so it holds filt(T x) with no lag, and the post receives that value one step later.
            assertAllclose("c3 output = filt(T x)", y3, sim.dataDouble(out3), SynapsesContract.LOWPASS_ATOL_F32, rtol);
            Allclose.assertSignalsAllclose("c3 output reaches the post one step later", sim.dataDouble(out3),
                sim.dataDouble(sinkP), 0, 0, 0, 1);
            final double[] flat = {1, 2, 3, -4};
            for (double[] row : sim.dataDouble(w3)) {
                assertArrayEquals(flat, row, "c3 weights, row-major");
            }

            final BuiltConnection built = sim.data(c4);
            final double[][] act = sim.dataDouble(activity);
            assertAllclose("c4 input = neuron activity", act, sim.dataDouble(in4), 0, 0);
            // float32 executors hold the weights as floats: one rounding (6e-8 relative)
            assertAllclose("c4 weights = built weights", built.weights()[0], sim.dataDouble(w4)[0], 0,
                precision == Precision.FLOAT64 ? 0 : F32_PARAM_RTOL);
            final double[][] expected = Fixtures.matmulT(act, built.weights());
            assertAllclose("c4 output = W a", expected, sim.dataDouble(out4), ConnectionsContract.SPIKE_SUM_ATOL_F32,
                rtol);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRecordSelectedElementsWhenProbingSlices() {
        final Network net = new Network("test_slice").seed(SEED);
        final Node a = net.node(0, 2, (t, x, out) -> {
            out[0] = Math.cos(t);
            out[1] = Math.sin(t);
        });
        final Ensemble b = net.ensemble(100, 2);
        net.connect(a, b);
        final Probe bp = net.probe(b).synapse(0.03);
        final Probe bp0a = net.probe(b.select(0)).synapse(0.03);
        final Probe bp0b = net.probe(b.slice(0, 1)).synapse(0.03);
        final Probe bp1a = net.probe(b.select(1)).synapse(0.03);
        final Probe bp1b = net.probe(b.slice(1, 2)).synapse(0.03);
        final Probe bpv = net.probe(b.neurons(), "voltage");
        final int[] even = new int[50];
        for (int i = 0; i < 50; i++) {
            even[i] = 2 * i;
        }
        final Probe bpvA = net.probe(b.neurons().select(even), "voltage");
        final Node c = net.node(1, 2, 3, 4, 5);
        final Probe repeats = net.probe(c.select(3, 0, 0, -1));
        final Probe range = net.probe(c.slice(1, 3));
        try (Simulator sim = simulator(net)) {
            sim.run(0.5);
            final double[][] full = sim.dataDouble(bp);
            assertAllclose("b[0]", col(full, 0), col(sim.dataDouble(bp0a), 0), DEFAULT_ATOL, DEFAULT_RTOL);
            assertAllclose("b[:1]", col(full, 0), col(sim.dataDouble(bp0b), 0), DEFAULT_ATOL, DEFAULT_RTOL);
            assertAllclose("b[1]", col(full, 1), col(sim.dataDouble(bp1a), 0), DEFAULT_ATOL, DEFAULT_RTOL);
            assertAllclose("b[1:]", col(full, 1), col(sim.dataDouble(bp1b), 0), DEFAULT_ATOL, DEFAULT_RTOL);
            final double[][] v = sim.dataDouble(bpv);
            final double[][] vEven = new double[v.length][50];
            for (int k = 0; k < v.length; k++) {
                for (int i = 0; i < 50; i++) {
                    vEven[k][i] = v[k][2 * i];
                }
            }
            assertAllclose("neurons[::2] voltage", vEven, sim.dataDouble(bpvA), 0, 0);
            for (double[] row : sim.dataDouble(repeats)) {
                assertArrayEquals(new double[] {4, 1, 1, 5}, row, "c[[3, 0, 0, -1]]");
            }
            for (double[] row : sim.dataDouble(range)) {
                assertArrayEquals(new double[] {2, 3}, row, "c[1:3]");
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRecordScaledEncodersWhenProbingThem() {
        final Network net = new Network("test_ensemble_encoders").seed(SEED);
        final Ensemble ens = net.ensemble(10, 2).radius(1.5);
        final Probe pEnc = net.probe(ens, "scaled_encoders");
        try (Simulator sim = simulator(net)) {
            sim.run(0.001);
            final BuiltEnsemble built = sim.data(ens);
            final double[] probed = sim.dataDouble(pEnc)[0];
            assertEquals(20, probed.length, "n x d, row-major");
            for (int i = 0; i < 10; i++) {
                for (int d = 0; d < 2; d++) {
                    final double fromProbe = probed[i * 2 + d] / (built.gain()[i] / ens.radius());
                    assertEquals(built.encoders()[i][d], fromProbe, F32_RTOL * Math.max(1, Math.abs(fromProbe)),
                        "encoder [" + i + "][" + d + "] from the probe");
                    assertEquals(built.scaledEncoders()[i][d], probed[i * 2 + d],
                        F32_PARAM_RTOL * Math.abs(built.scaledEncoders()[i][d]), "scaled encoder [" + i + "][" + d
                        + "]");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldReadZeroOnFirstStepWhenNeuronInputProbeHasZeroSynapse(final Precision precision) {
        final Network net = new Network("test_update_timing");
        final Node inp = net.node(1.0);
        final Ensemble ens = net.ensemble(10, 1).encoders(filled(10, 1, 1.0)).gain(filled(10, 1.0))
            .bias(filled(10, 1.0));
        net.connect(inp, ens).synapse(null);
        final Probe sigP = net.probe(ens.neurons(), "input").synapse(0);
        try (Simulator sim = simulator(net, precision)) {
            sim.run(0.003);
            final double[][] d = sim.dataDouble(sigP);
            assertEquals(3, d.length);
            assertAllclose("step 1 reads the filter's initial state", 0.0, d[0], DEFAULT_ATOL, DEFAULT_RTOL);
            assertAllclose("later steps read bias + gain * input", 2.0, col(rows(d, 1, 3), 0), DEFAULT_ATOL,
                DEFAULT_RTOL);
            for (double[] row : rows(d, 1, 3)) {
                assertAllclose("every neuron", 2.0, row, DEFAULT_ATOL, DEFAULT_RTOL);
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldEmptyProbesAndRestartWhenReset() {
        final Network net = new Network("probe_reset").seed(SEED);
        final Node u = net.node(t -> Math.sin(20 * t));
        final Ensemble a = net.ensemble(40, 1);
        net.connect(u, a);
        final Probe p = net.probe(a).synapse(0.01);
        final Probe spikes = net.probe(a.neurons());
        try (Simulator sim = simulator(net)) {
            sim.runSteps(50);
            final double[][] first = sim.dataDouble(p);
            final double[][] firstSpikes = sim.dataDouble(spikes);
            sim.reset();
            assertEquals(0, sim.nSteps(), "steps after reset");
            assertEquals(0, sim.dataDouble(p).length, "probe data after reset");
            assertEquals(0, sim.trange().length, "trange after reset");
            sim.runSteps(50);
            assertTrue(bitIdentical(first, sim.dataDouble(p)), "filtered decoded output after reset");
            assertTrue(bitIdentical(firstSpikes, sim.dataDouble(spikes)), "spikes after reset");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldKeepStateAndDropDataWhenProbesAreCleared() {
        final Network net = new Network("clear_probes").seed(SEED);
        final Node u = net.node(t -> Math.sin(20 * t));
        final Ensemble a = net.ensemble(40, 1);
        net.connect(u, a);
        final Probe p = net.probe(a).synapse(0.01);
        try (Simulator straight = simulator(net); Simulator cleared = simulator(net)) {
            straight.runSteps(50);
            cleared.runSteps(30);
            cleared.clearProbes();
            assertEquals(0, cleared.dataDouble(p).length, "no samples after clearProbes");
            assertEquals(30, cleared.nSteps(), "clearProbes keeps the step count");
            cleared.runSteps(20);
            assertEquals(20, cleared.dataDouble(p).length, "samples since clearProbes");
            assertTrue(bitIdentical(rows(straight.dataDouble(p), 30, 50), cleared.dataDouble(p)),
                "the simulation continued where it was");
            assertEquals(50, cleared.trange().length, "trange still covers every step");
        }
    }
}
