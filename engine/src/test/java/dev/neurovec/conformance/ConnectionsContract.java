package dev.neurovec.conformance;

import dev.neurovec.build.BuiltConnection;
import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.errors.BuildError;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.Slice;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.Direct;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.neurons.Sigmoid;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import dev.neurovec.network.processes.Piecewise;
import dev.neurovec.network.processes.WhiteSignal;
import dev.neurovec.network.solvers.LstsqL2;
import dev.neurovec.network.solvers.NoSolver;
import dev.neurovec.network.synapses.Alpha;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.sim.Simulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.neurovec.conformance.Allclose.DEFAULT_ATOL;
import static dev.neurovec.conformance.Allclose.DEFAULT_RTOL;
import static dev.neurovec.conformance.Allclose.assertAllclose;
import static dev.neurovec.conformance.Allclose.assertSignalsAllclose;
import static dev.neurovec.conformance.Allclose.col;
import static dev.neurovec.conformance.Allclose.rows;
import static dev.neurovec.conformance.Fixtures.filled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ports the intent of Nengo's {@code nengo/tests/test_connection.py} (nengo-semantics.md §1.4, §1.5,
 * §2.3, §2.4): every pre/post combination ({@code test_node_to_neurons},
 * {@code test_ensemble_to_neurons}, {@code test_node_to_ensemble}, {@code test_neurons_to_ensemble},
 * {@code test_neurons_to_node}, {@code test_neurons_to_neurons}, ensemble to node, node to node,
 * passthrough), {@code test_function_and_transform}, {@code test_dist_transform},
 * {@code test_weights} and {@code test_configure_weight_solver}, {@code test_vector},
 * {@code test_slicing}, {@code test_neuron_slicing}, {@code test_list_indexing},
 * {@code test_boolean_indexing} (as index lists), {@code test_neuron_advanced_indexing},
 * {@code test_slicing_function}, {@code test_shortfilter}, {@code test_zerofilter},
 * {@code test_transform_probe}, {@code test_function_points}, {@code test_eval_points_scaling},
 * {@code test_zero_activities_error}, {@code test_directneurons}, {@code test_prepost_errors},
 * functions on neurons or passthrough nodes, and size mismatches.
 */
abstract class ConnectionsContract extends ConformanceContract {
    private static final long SEED = 77;
    /** Nengo's decoded-value tolerance for these tests. */
    static final double DECODED_ATOL = 0.1;
    /** Nengo's decoded-value tolerance for these tests. */
    static final double DECODED_RTOL = 0.01;
    /** {@code test_weights}. */
    static final double WEIGHTS_ATOL = 0.15;
    /**
     * float32 lowpass of spike trains: NengoDL's {@code test_lowpass} override (5e-7) is for signals of
     * order 1, and spikes are 1/dt = 1000 high.
     */
    static final double SPIKE_FILTER_ATOL_F32 = 5e-4;
    /**
     * float32 {@code W a} over 40 spiking neurons: terms of order |w| / dt ~ 1, each product and sum
     * rounded to float (40 x 6e-8); 1e-3 also absorbs the float32 rounding of the weights themselves.
     */
    static final double SPIKE_SUM_ATOL_F32 = 1e-3;

    /** Nengo's {@code PositiveNeuronType} fixture: the non-Direct types that never output negative values. */
    static Stream<NeuronType> positiveNeuronTypes() {
        return Stream.of(new Lif(), new LifRate(), new RectifiedLinear(), new Sigmoid(), new SpikingRectifiedLinear());
    }

    static Stream<NeuronType> anyNeuronType() {
        return Stream.concat(Fixtures.nonDirectNeuronTypes(), Stream.of(new Direct()));
    }

    private static Piecewise step(final double at, final double value) {
        final TreeMap<Double, double[]> data = new TreeMap<>();
        data.put(0.0, new double[] {0});
        data.put(at, new double[] {value});
        return new Piecewise(data);
    }

    private static double[][] lastRows(final double[][] d, final int n) {
        return rows(d, d.length - n, d.length);
    }

    @ParameterizedTest
    @MethodSource("positiveNeuronTypes")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldInhibitEnsembleWhenNodeDrivesItsNeurons(final NeuronType type) {
        final Network m = new Network("test_node_to_neurons").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Ensemble a = m.ensemble(50, 1);
        final Node inn = m.node(Math::sin);
        final Node inh = m.node(step(0.5, 1));
        m.connect(inn, a);
        m.connect(inh, a.neurons()).transform(filled(50, 1, -5));
        final Probe aP = m.probe(a, "decoded_output").synapse(0.1);
        try (Simulator sim = simulator(m)) {
            sim.run(1.0);
            assertAllclose(type + " inhibited", 0.0, col(lastRows(sim.dataDouble(aP), 10), 0), DECODED_ATOL,
                DECODED_RTOL);
        }
    }

    @ParameterizedTest
    @MethodSource("positiveNeuronTypes")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldInhibitEnsembleWhenAnotherEnsembleDrivesItsNeurons(final NeuronType type) {
        final Network net = new Network("test_ensemble_to_neurons").seed(SEED);
        net.config().ensemble().neuronType(type);
        final Ensemble ens = net.ensemble(40, 1);
        final Ensemble inhibitor = net.ensemble(40, 1);
        final Node stim = net.node(Math::sin);
        final Node inhibition = net.node(step(0.5, 1));
        net.connect(stim, ens);
        net.connect(inhibition, inhibitor);
        net.connect(inhibitor, ens.neurons()).transform(filled(40, 1, -10));
        final Probe ensP = net.probe(ens, "decoded_output").synapse(0.05);
        final Probe inhibitorP = net.probe(inhibitor, "decoded_output").synapse(0.05);
        try (Simulator sim = simulator(net)) {
            sim.run(1.0);
            assertAllclose(type + " ens", 0.0, col(lastRows(sim.dataDouble(ensP), 10), 0), DECODED_ATOL, DECODED_RTOL);
            assertAllclose(type + " inhibitor", 1.0, col(lastRows(sim.dataDouble(inhibitorP), 10), 0), DECODED_ATOL,
                DECODED_RTOL);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.neurovec.conformance.Fixtures#nonDirectNeuronTypes")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldMatchDirectEnsembleWhenNodeFunctionsFeedEnsembles(final NeuronType type) {
        final int n = 50;
        final Network m = new Network("test_node_to_ensemble").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Node input = m.node(0, 2, (t, x, out) -> {
            out[0] = Math.sin(t * 3);
            out[1] = Math.cos(t * 3);
        });
        final Ensemble a = m.ensemble(n, 1);
        final Ensemble b = m.ensemble(n, 1);
        final Ensemble c = m.ensemble(2 * n, 2);
        final Ensemble d = m.ensemble(n, 3).neuronType(new Direct());
        m.connect(input, a).function(1, (x, out) -> out[0] = -x[0]);
        m.connect(input.slice(0, 1), b).function(x -> -x);
        m.connect(input, c).function(x -> -(x * x));
        m.connect(input, d).function(3, (x, out) -> {
            out[0] = -x[0];
            out[1] = -(x[0] * x[0]);
            out[2] = -(x[1] * x[1]);
        });
        final Probe aP = m.probe(a).synapse(0.01);
        final Probe bP = m.probe(b).synapse(0.01);
        final Probe cP = m.probe(c).synapse(0.01);
        final Probe dP = m.probe(d).synapse(0.01);
        try (Simulator sim = simulator(m)) {
            sim.run(2.0);
            final double[][] dd = lastRows(sim.dataDouble(dP), 10);
            assertAllclose(type + " a", col(dd, 0), col(lastRows(sim.dataDouble(aP), 10), 0), DECODED_ATOL,
                DECODED_RTOL);
            assertAllclose(type + " b", col(dd, 0), col(lastRows(sim.dataDouble(bP), 10), 0), DECODED_ATOL,
                DECODED_RTOL);
            final double[][] cc = lastRows(sim.dataDouble(cP), 10);
            assertAllclose(type + " c[0]", col(dd, 1), col(cc, 0), DECODED_ATOL, DECODED_RTOL);
            assertAllclose(type + " c[1]", col(dd, 2), col(cc, 1), DECODED_ATOL, DECODED_RTOL);
        }
    }

    @ParameterizedTest
    @MethodSource("positiveNeuronTypes")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldDriveEnsembleNegativeWhenNeuronsConnectWithNegativeWeights(final NeuronType type) {
        final int n = 20;
        final Network m = new Network("test_neurons_to_ensemble").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Ensemble a = m.ensemble(n * 2, 2);
        final Ensemble b = m.ensemble(n, 1);
        // c has one dimension per neuron of a (identity neurons -> dimensions). Nengo only plots it; fewer eval points
        // than the 40-dimensional default of 2500 keep its build fast without changing what is checked.
        final Ensemble c = m.ensemble(n, n * 2).nEvalPoints(100);
        m.connect(a.neurons(), b).transform(filled(1, n * 2, -5));
        m.connect(a.neurons(), c);
        final Probe bP = m.probe(b).synapse(0.01);
        final Probe aOut = m.probe(a.neurons());
        final Probe cIn = m.probe(c, "input");
        try (Simulator sim = simulator(m)) {
            sim.run(0.1);
            for (double[] row : lastRows(sim.dataDouble(bP), 10)) {
                assertTrue(row[0] < 0, type + ": b is driven negative, got " + row[0]);
            }
            // without a transform, neuron i of a drives dimension i of c, through the default Lowpass(0.005)
            final double[][] expected = new Lowpass(0.005).filt(sim.dataDouble(aOut), sim.dt());
            assertSignalsAllclose(type + " c input", expected, sim.dataDouble(cIn), SPIKE_FILTER_ATOL_F32,
                DEFAULT_RTOL, 0, 1);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.neurovec.conformance.Fixtures#nonDirectNeuronTypes")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldCopyNeuronOutputWhenNeuronsConnectToNode(final NeuronType type) {
        final int n = 5;
        final Network m = new Network("test_neurons_to_node").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Ensemble a = m.ensemble(n, 1).encoders(filled(n, 1, 1.0));
        final Node out = m.node(n, n, (t, x, y) -> System.arraycopy(x, 0, y, 0, n));
        m.connect(m.node(1.0), a);
        m.connect(a.neurons(), out).synapse(null);
        final Probe aSpikes = m.probe(a.neurons()).synapse(0.005);
        final Probe outP = m.probe(out).synapse(0.005);
        try (Simulator sim = simulator(m)) {
            sim.run(0.1);
            assertAllclose(type + " node sees the neuron output", sim.dataDouble(aSpikes), sim.dataDouble(outP),
                DEFAULT_ATOL, DEFAULT_RTOL);
        }
    }

    @ParameterizedTest
    @MethodSource("positiveNeuronTypes")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldSilencePostWhenNeuronsInhibitNeurons(final NeuronType type) {
        final Network m = new Network("test_neurons_to_neurons").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Ensemble a = m.ensemble(50, 1);
        final Ensemble b = m.ensemble(80, 1);
        m.connect(m.node(1.0), a);
        m.connect(a.neurons(), b.neurons()).transform(filled(80, 50, -1));
        final Probe aP = m.probe(a).synapse(0.1);
        final Probe bP = m.probe(b).synapse(0.1);
        try (Simulator sim = simulator(m)) {
            sim.run(0.6);
            assertAllclose(type + " a", 1.0, col(lastRows(sim.dataDouble(aP), 10), 0), DECODED_ATOL, DECODED_RTOL);
            assertAllclose(type + " b", 0.0, col(lastRows(sim.dataDouble(bP), 10), 0), DECODED_ATOL, DECODED_RTOL);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldApplyGainsAndTransformExactlyWhenRateNeuronsConnectToNeurons() {
        // RectifiedLinear with explicit parameters: every value below follows from §2.3's recipe.
        final double[] gainA = {2, 0.5, 1.5};
        final double[] biasA = {0.1, -0.2, 0.3};
        final double[][] encA = {{1}, {-1}, {1}};
        final double[] gainB = {3, 1};
        final double[] biasB = {-0.5, 0.25};
        final double[][] t = {{0.5, -1, 2}, {1, 1, -0.25}};
        final double x = 0.75;
        final Network m = new Network("neurons_exact");
        final Ensemble a = m.ensemble(3, 1).neuronType(new RectifiedLinear()).gain(gainA).bias(biasA).encoders(encA);
        final Ensemble b = m.ensemble(2, 1).neuronType(new RectifiedLinear()).gain(gainB).bias(biasB)
            .encoders(new double[][] {{1}, {1}});
        m.connect(m.node(x), a).synapse(null);
        m.connect(a.neurons(), b.neurons()).transform(t).synapse(null);
        final Node sink = m.passthrough(2);
        final Connection toNode = m.connect(a.neurons(), sink).transform(t).synapse(null);
        final Probe bIn = m.probe(b.neurons(), "input");
        final Probe bOut = m.probe(b.neurons());
        final Probe sinkP = m.probe(sink);
        try (Simulator sim = simulator(m)) {
            sim.step();
            final double[] actA = new double[3];
            for (int i = 0; i < 3; i++) {
                actA[i] = Math.max(0, gainA[i] * encA[i][0] * x + biasA[i]);
            }
            final double[] weighted = Fixtures.matmulT(new double[][] {actA}, t)[0];
            final double[] jB = {biasB[0] + gainB[0] * weighted[0], biasB[1] + gainB[1] * weighted[1]};
            final double f32 = F32_RTOL;
            assertAllclose("neuron->node carries T a", weighted, sim.dataDouble(sinkP)[0], 1e-6, f32);
            assertAllclose("neuron->neuron input is bias + gain * T a", jB, sim.dataDouble(bIn)[0], 1e-6, f32);
            assertAllclose("post rates", new double[] {Math.max(0, jB[0]), Math.max(0, jB[1])},
                sim.dataDouble(bOut)[0], 1e-6, f32);
            assertAllclose("built weights of neurons->node are T", t, sim.data(toNode).weights(), 0, 0);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldDecodeWithFoldedWeightsWhenEnsembleConnectsToNode() {
        final Network m = new Network("ens_to_node").seed(SEED);
        final Ensemble a = m.ensemble(40, 2);
        m.connect(m.node(0.3, -0.6), a);
        final Node sink = m.passthrough(1);
        final Connection c = m.connect(a, sink).function(1, (x, out) -> out[0] = x[0] * x[1]).transform(2)
            .synapse(null);
        final Probe spikes = m.probe(a.neurons());
        final Probe sinkP = m.probe(sink);
        final Probe filtered = m.probe(sink).synapse(0.05);
        try (Simulator sim = simulator(m)) {
            sim.run(0.5);
            final BuiltConnection built = sim.data(c);
            assertEquals(1, built.weights().length, "weights: size_out rows");
            assertEquals(40, built.weights()[0].length, "weights: one column per pre neuron");
            final double[][] expected = Fixtures.matmulT(sim.dataDouble(spikes), built.weights());
            assertAllclose("sink = W a in the same step", expected, sim.dataDouble(sinkP), SPIKE_SUM_ATOL_F32,
                DEFAULT_RTOL);
            assertAllclose("2 * x0 * x1 decoded", 2 * 0.3 * -0.6, col(lastRows(sim.dataDouble(filtered), 10), 0),
                DECODED_ATOL, DECODED_RTOL);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldComputeFunctionThenTransformWhenBothAreGiven() {
        final Network model = new Network("test_function_and_transform").seed(SEED);
        final Node u = model.node(t -> Math.sin(6 * t));
        final Ensemble a = model.ensemble(100, 1);
        final Ensemble b = model.ensemble(200, 2).radius(1.5);
        model.connect(u, a);
        model.connect(a, b).function(v -> v * v).transform(new double[][] {{1.0}, {-1.0}});
        final Probe ap = model.probe(a).synapse(0.03);
        final Probe bp = model.probe(b).synapse(0.03);
        try (Simulator sim = simulator(model)) {
            sim.run(0.8);
            final double[][] av = sim.dataDouble(ap);
            final double[][] x = new double[av.length][];
            for (int k = 0; k < av.length; k++) {
                x[k] = new double[] {av[k][0] * av[k][0], -av[k][0] * av[k][0]};
            }
            assertAllclose("b = [a^2, -a^2]", x, sim.dataDouble(bp), DECODED_ATOL, DECODED_RTOL);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldSampleTransformOfEveryShapeWhenTransformIsDistribution() {
        final int n = 300;
        final Network net = new Network("test_dist_transform").seed(SEED);
        final Node a = net.node(new double[n]);
        final Node b = net.passthrough(n + 1);
        final Ensemble c = net.ensemble(n + 2, 10);
        final Ensemble d = net.ensemble(n + 3, 11);
        final Connection conn1 = net.connect(a, b).transform(Dists.gaussian(0.5, 1));
        final Connection conn2 = net.connect(b, c).transform(Dists.gaussian(0.5, 1));
        final Connection conn3 = net.connect(b, c.neurons()).transform(Dists.gaussian(0.5, 1));
        final Connection conn4 = net.connect(b.slice(0, 2), c.select(2)).transform(Dists.gaussian(0.5, 1));
        final Connection conn5 = net.connect(c, d).transform(Dists.gaussian(0.5, 1)).solver(new LstsqL2(0.1, true));
        final double[][] w;
        try (Simulator sim = simulator(net)) {
            w = sim.data(conn1).weights();
            double sum = 0;
            double sq = 0;
            int count = 0;
            for (double[] row : w) {
                for (double v : row) {
                    sum += v;
                    sq += v * v;
                    count++;
                }
            }
            final double mean = sum / count;
            assertEquals(0.5, mean, 0.01, "mean of Gaussian(0.5, 1) weights");
            assertEquals(1.0, Math.sqrt(sq / count - mean * mean), 0.01, "std of Gaussian(0.5, 1) weights");
            assertShape(w, n + 1, n, "conn1");
            assertShape(sim.data(conn2).weights(), 10, n + 1, "conn2");
            assertShape(sim.data(conn3).weights(), n + 2, n + 1, "conn3");
            assertShape(sim.data(conn4).weights(), 1, 2, "conn4");
            assertShape(sim.data(conn5).weights(), n + 3, n + 2, "conn5");
        }
        final Network again = new Network("test_dist_transform").seed(SEED);
        final Node a2 = again.node(new double[n]);
        final Node b2 = again.passthrough(n + 1);
        final Connection conn = again.connect(a2, b2).transform(Dists.gaussian(0.5, 1));
        try (Simulator sim = simulator(again)) {
            assertTrue(Fixtures.bitIdentical(w, sim.data(conn).weights()), "the same seed draws the same transform");
        }
    }

    private static void assertShape(final double[][] m, final int rows, final int cols, final String what) {
        assertEquals(rows, m.length, what + " rows");
        assertEquals(cols, m[0].length, what + " columns");
    }

    @ParameterizedTest
    @MethodSource("anyNeuronType")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldTrackTransformedInputWhenSolvingForNeuronWeights(final NeuronType type) {
        final double[][] transform = {{0.6, -0.4}};
        final Network m = new Network("test_weights").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Node u = m.node(0, 2, (t, x, out) -> {
            out[0] = Math.sin(4 * t);
            out[1] = Math.cos(12 * t);
        });
        final Ensemble a = m.ensemble(100, 2).radius(1.4);
        final Ensemble b = m.ensemble(50, 1);
        final Probe bp = m.probe(b);
        m.connect(u, a);
        final Connection ab = m.connect(a, b).synapse(0.01).transform(transform).solver(new LstsqL2(0.1, true));
        try (Simulator sim = simulator(m)) {
            sim.run(1.0);
            if (type instanceof Direct) {
                // from a Direct ensemble nothing is solved: the solver has no effect, the weights are the transform
                assertAllclose("Direct weights", transform, sim.data(ab).weights(), 0, 0);
            } else {
                assertShape(sim.data(ab).weights(), 50, 100, "neuron-to-neuron weights");
            }
            final double[] t = sim.trange();
            final double[][] y = new double[t.length][1];
            for (int k = 0; k < t.length; k++) {
                y[k][0] = 0.6 * Math.sin(4 * t[k]) - 0.4 * Math.cos(12 * t[k]);
            }
            final double[][] z = new Lowpass(0.01).filt(sim.dataDouble(bp), sim.dt());
            assertSignalsAllclose(type + " b", y, z, WEIGHTS_ATOL, DEFAULT_RTOL, 100, 25);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldIgnoreWeightSolverWhenConnectionDoesNotEndAtEnsemble() {
        final int n1 = 100;
        final int n2 = 101;
        final Network net = new Network("test_configure_weight_solver").seed(SEED);
        net.config().connection().solver(new LstsqL2(0.1, true));
        final Node u = net.node(t -> Math.sin(8 * t));
        final Ensemble a = net.ensemble(n1, 1);
        final Ensemble b = net.ensemble(n2, 1);
        final Node v = net.passthrough(1);
        final Probe up = net.probe(u).synapse(new Alpha(0.01));
        final Probe vp = net.probe(v).synapse(new Alpha(0.01));
        net.connect(u, a);
        final Connection ensConn = net.connect(a, b).function(x -> x * x);
        net.connect(b, v);
        try (Simulator sim = simulator(net)) {
            sim.run(1.0);
            assertShape(sim.data(ensConn).weights(), n2, n1, "ens->ens weights");
            final double[][] x = sim.dataDouble(up);
            final double[][] y = new double[x.length][1];
            for (int k = 0; k < x.length; k++) {
                y[k][0] = x[k][0] * x[k][0];
            }
            assertSignalsAllclose("v = u^2", y, sim.dataDouble(vp), 0.05, 0.05, 10, 15);
        }
    }

    @ParameterizedTest
    @MethodSource("anyNeuronType")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldScaleEachDimensionWhenTransformIsVector(final NeuronType type) {
        final double[] transform = {-1, 0.5};
        final Network m = new Network("test_vector").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Node u = m.node(0.5, 0.5);
        final Ensemble a = m.ensemble(50, 2);
        final Ensemble b = m.ensemble(50, 2);
        m.connect(u, a);
        m.connect(a, b).transform(transform);
        final Probe bp = m.probe(b).synapse(0.03);
        try (Simulator sim = simulator(m)) {
            sim.run(0.2);
            final double[][] y = new double[10][];
            for (int k = 0; k < 10; k++) {
                y[k] = new double[] {-0.5, 0.25};
            }
            assertAllclose(type + " b", y, lastRows(sim.dataDouble(bp), 10), DECODED_ATOL, DECODED_RTOL);
        }
    }

    /** The default suite slices with one spiking type and Direct; the other types run with the slow tag. */
    static Stream<NeuronType> slicingTypes() {
        return Stream.of(new Lif(), new Direct());
    }

    static Stream<NeuronType> slicingTypesSlow() {
        return Fixtures.nonDirectNeuronTypes().filter(t -> !(t instanceof Lif));
    }

    @ParameterizedTest
    @MethodSource("slicingTypes")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRouteSlicedDimensionsWhenPreAndPostAreSliced(final NeuronType type) {
        checkSlicing(type);
    }

    /** Seven 300-neuron ensembles and three 300 x 300 weight solves per type: about 2 s each. */
    @Tag("slow")
    @ParameterizedTest
    @MethodSource("slicingTypesSlow")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldRouteSlicedDimensionsWhenPreAndPostAreSlicedForEveryNeuronType(final NeuronType type) {
        checkSlicing(type);
    }

    private void checkSlicing(final NeuronType type) {
        final int n = 300;
        final double[] x = {-1, -0.25, 1};
        final int[][] sa = {{1, 0}, {0, 2}, {2, 0}};
        final int[][] sb = {{2, 0}, {0, 1}, {0, 2}};
        final double[][][] ts = {{{-1, 0.5}, {2, 0.25}}, {{-0.5, 0.25}, {0.5, 0.75}}, {{0.5, 0}, {0, 0.75}}};
        final Network m = new Network("test_slicing").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Node u = m.node(x);
        final Ensemble a = m.ensemble(n, 3).radius(1.7);
        m.connect(u, a);
        final Probe[] probes = new Probe[3];
        final Probe[] weightProbes = new Probe[3];
        for (int i = 0; i < 3; i++) {
            final Ensemble b = m.ensemble(n, 3).radius(1.7);
            final Slice pre = a.select(sa[i]);
            final Slice post = b.select(sb[i]);
            if (i == 2) {
                m.connect(pre, post).transform(new double[] {0.5, 0.75}); // T3 is a vector in Nengo's test
            } else {
                m.connect(pre, post).transform(ts[i]);
            }
            probes[i] = m.probe(b).synapse(0.03);
            if (!(type instanceof Direct)) {
                final Ensemble bw = m.ensemble(n, 3).radius(1.7);
                m.connect(a.select(sa[i]), bw.select(sb[i])).transform(ts[i]).solver(new LstsqL2(0.1, true));
                weightProbes[i] = m.probe(bw).synapse(0.03);
            }
        }
        final double atol = type instanceof Direct ? 0.01 : 0.1;
        try (Simulator sim = simulator(m)) {
            sim.run(0.25);
            for (int i = 0; i < 3; i++) {
                final double[] y = new double[3];
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 2; c++) {
                        y[sb[i][r]] += ts[i][r][c] * x[sa[i][c]];
                    }
                }
                final double[][] expected = new double[20][];
                for (int k = 0; k < 20; k++) {
                    expected[k] = y.clone();
                }
                assertAllclose(type + " slicing " + i, expected, lastRows(sim.dataDouble(probes[i]), 20), atol,
                    DEFAULT_RTOL);
                if (weightProbes[i] != null) {
                    assertAllclose(type + " slicing with weights " + i, expected,
                        lastRows(sim.dataDouble(weightProbes[i]), 20), atol, DEFAULT_RTOL);
                }
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldDriveSelectedNeuronsWhenNeuronsAreSliced() {
        final int n = 6;
        final int[] sa = {0, 2, 4};
        final int[] sb = {5, 3, 1};
        final Network m = new Network("test_neuron_slicing").seed(SEED);
        m.config().ensemble().neuronType(new LifRate());
        final Node u = m.node(-1, -0.25, 1);
        final Ensemble a = m.ensemble(n, 3).radius(1.7);
        final Ensemble b = m.ensemble(n, 3).radius(1.7);
        m.connect(u, a);
        final RandomState rng = new RandomState(SEED);
        final double[][] t = new double[3][3];
        for (double[] row : t) {
            for (int c = 0; c < 3; c++) {
                row[c] = rng.normal(0, 1e-3);
            }
        }
        m.connect(a.neurons().select(sa), b.neurons().select(sb)).transform(t);
        final Probe ap = m.probe(a.neurons()).synapse(0.03);
        final Probe bp = m.probe(b.neurons()).synapse(0.03);
        try (Simulator sim = simulator(m)) {
            sim.run(0.2);
            final double[][] xa = sim.dataDouble(ap);
            final BuiltEnsemble bb = sim.data(b);
            final double[][] y = new double[xa.length][n];
            for (int k = 0; k < xa.length; k++) {
                final double[] in = new double[n];
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 3; c++) {
                        in[sb[r]] += t[r][c] * xa[k][sa[c]];
                    }
                }
                y[k] = new LifRate().rates(in, bb.gain(), bb.bias());
            }
            assertAllclose("b rates", lastRows(y, 10), lastRows(sim.dataDouble(bp), 10), 3.0, 0);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldSumRepeatedIndicesWhenIndexListsRepeat(final boolean negativeIndices) {
        final Network model = new Network("test_list_indexing").seed(SEED);
        final Node u = model.node(-1, 1);
        final Ensemble a = model.ensemble(50, 1);
        final Ensemble b = model.ensemble(50, 1).radius(2.2);
        final Ensemble c = model.ensemble(100, 2).radius(1.3);
        final Ensemble d = model.ensemble(100, 2).radius(1.3);
        if (negativeIndices) {
            model.connect(u.select(0, 1), a.select(0, -1));
            model.connect(u.select(1, -1), b.select(0, -1));
            model.connect(u.select(0, 1), c.select(0, 1));
            model.connect(u.select(1, -1), d.select(0, 1));
        } else {
            model.connect(u.select(0, 1), a.select(0, 0));
            model.connect(u.select(1, 1), b.select(0, 0));
            model.connect(u.select(0, 1), c.select(0, 1));
            model.connect(u.select(1, 1), d.select(0, 1));
        }
        final Probe aP = model.probe(a).synapse(0.03);
        final Probe bP = model.probe(b).synapse(0.03);
        final Probe cP = model.probe(c).synapse(0.03);
        final Probe dP = model.probe(d).synapse(0.03);
        try (Simulator sim = simulator(model)) {
            sim.run(0.4);
            final int from = 300; // t > 0.3
            assertAllclose("a sums -1 and 1", 0.0, col(rows(sim.dataDouble(aP), from, 400), 0), 0.2, DEFAULT_RTOL);
            assertAllclose("b sums 1 and 1", 2.0, col(rows(sim.dataDouble(bP), from, 400), 0), 0.2, DEFAULT_RTOL);
            final double[][] cd = rows(sim.dataDouble(cP), from, 400);
            assertAllclose("c[0]", -1.0, col(cd, 0), 0.2, DEFAULT_RTOL);
            assertAllclose("c[1]", 1.0, col(cd, 1), 0.2, DEFAULT_RTOL);
            final double[][] dd = rows(sim.dataDouble(dP), from, 400);
            assertAllclose("d[0]", 1.0, col(dd, 0), 0.2, DEFAULT_RTOL);
            assertAllclose("d[1]", 1.0, col(dd, 1), 0.2, DEFAULT_RTOL);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldMoveEvenElementsToOddWhenIndexListsSelectThem() {
        final int dims = 10;
        final RandomState rng = new RandomState(SEED);
        final double[] x = Fixtures.uniform(rng, dims, -1, 1);
        final int[] mu = {0, 2, 4, 6, 8};
        final int[] mv = {1, 3, 5, 7, 9};
        final double[] y = new double[dims];
        for (int i = 0; i < mu.length; i++) {
            y[mv[i]] = x[mu[i]];
        }
        final Network model = new Network("test_boolean_indexing");
        final Node u = model.node(x);
        final Node v = model.passthrough(dims);
        model.connect(u.select(mu), v.select(mv)).synapse(null);
        final Probe vP = model.probe(v);
        try (Simulator sim = simulator(model)) {
            sim.run(0.01);
            for (double[] row : sim.dataDouble(vP)) {
                assertAllclose("v", y, row, 1e-5, 1e-3); // test_boolean_indexing's tolerances
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldAccumulateRepeatedNeuronIndicesWhenNodeDrivesNeuronList() {
        final Network net = new Network("test_neuron_advanced_indexing");
        final Node node = net.node(1, 1, 1);
        final Ensemble ens = net.ensemble(5, 1).bias(Dists.choice(0)).gain(Dists.choice(1));
        net.connect(node, ens.neurons().select(0, 0, 2)).synapse(null);
        final Probe p = net.probe(ens.neurons(), "input");
        try (Simulator sim = simulator(net)) {
            sim.run(0.001);
            assertAllclose("neuron input", new double[][] {{2, 0, 1, 0, 0}}, sim.dataDouble(p), DEFAULT_ATOL,
                DEFAULT_RTOL);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldApplyFunctionToSliceWhenPreIsSliced() {
        final Network model = new Network("test_slicing_function").seed(SEED);
        final Node u = model.node(0, 2, (t, x, out) -> {
            out[0] = Math.cos(3 * t);
            out[1] = Math.sin(3 * t);
        });
        final Ensemble a = model.ensemble(300, 2).radius(Math.sqrt(2));
        final Ensemble b = model.ensemble(300, 2).radius(Math.sqrt(2));
        model.connect(u, a);
        model.connect(a.select(1), b).function(2, (x, out) -> {
            out[0] = x[0];
            out[1] = -(x[0] * x[0]);
        });
        final Probe up = model.probe(u).synapse(0.05);
        final Probe bp = model.probe(b).synapse(0.05);
        try (Simulator sim = simulator(model)) {
            sim.run(1.0);
            final double[][] v = sim.dataDouble(up);
            final double[][] w = new double[v.length][];
            for (int k = 0; k < v.length; k++) {
                w[k] = new double[] {v[k][1], -(v[k][1] * v[k][1])};
            }
            assertAllclose("b = f(a[1])", w, sim.dataDouble(bp), DECODED_ATOL, DEFAULT_RTOL);
        }
    }

    @ParameterizedTest
    @MethodSource("anyNeuronType")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldBuildRecurrenceWhenSynapseIsShorterThanDt(final NeuronType type) {
        final Network m = new Network("test_shortfilter");
        m.config().ensemble().neuronType(type);
        final Ensemble a = m.ensemble(10, 1);
        m.connect(a, a).synapse(0);
        final Ensemble b = m.ensemble(10, 1);
        m.connect(a, b).synapse(0);
        m.connect(b, a).synapse(0);
        try (Simulator sim = simulator(m, 0.01)) {
            sim.runSteps(3);
            assertEquals(3, sim.nSteps());
        }
        final Ensemble d = m.ensemble(1, 1).neuronType(new Direct());
        m.connect(d, d).synapse(null);
        final BuildError e = assertThrows(BuildError.class, () -> simulator(m, 0.01).close());
        assertTrue(e.getMessage().startsWith("Cycle detected among operators: "), e.getMessage());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldLeaveSpikesUnfilteredWhenSynapseIsZero() {
        final Network m = new Network("test_zerofilter").seed(SEED);
        final Ensemble a = m.ensemble(1, 1).neuronType(new Direct());
        m.connect(a, a).synapse(0);
        final Ensemble b = m.ensemble(3, 1).intercepts(-0.9, -0.8, -0.7).neuronType(new Lif());
        final Probe bp = m.probe(b.neurons());
        try (Simulator sim = simulator(m)) {
            sim.run(1.0);
            final Set<Double> values = new HashSet<>();
            for (double[] row : sim.dataDouble(bp)) {
                for (double v : row) {
                    values.add(v);
                }
            }
            assertEquals(2, values.size(), "spikes are binary: 0 and 1/dt; got " + values);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldProbeWeightsOfEveryConnectionKindWhenTheyHaveWeights() {
        final Network net = new Network("test_transform_probe");
        final Ensemble pre = net.ensemble(10, 10);
        final Ensemble post = net.ensemble(10, 10);
        final double[][] ones = filled(10, 10, 1.0);
        final Connection cEns = net.connect(pre, post).solver(new NoSolver(ones, false));
        final Connection cEnsNeurons = net.connect(pre, post.neurons()).solver(new NoSolver(ones, false));
        final Connection cNeuronsEns = net.connect(pre.neurons(), post).transform(1);
        final Connection cNeurons = net.connect(pre.neurons(), post.neurons()).transform(1);
        final Probe pNeuronsEns = net.probe(cNeuronsEns, "weights");
        final Probe pNeurons = net.probe(cNeurons, "weights");
        final Probe pEns = net.probe(cEns, "weights");
        final Probe pEnsNeurons = net.probe(cEnsNeurons, "weights");
        try (Simulator sim = simulator(net)) {
            sim.step();
            for (Probe p : new Probe[] {pNeuronsEns, pNeurons, pEns, pEnsNeurons}) {
                assertAllclose(p.target() + " weights", 1.0, sim.dataDouble(p)[0], DEFAULT_ATOL, DEFAULT_RTOL);
            }
        }
        final Connection none = net.connect(pre.neurons(), post);
        final Probe pNone = net.probe(none, "weights");
        final BuildError e = assertThrows(BuildError.class, () -> simulator(net).close());
        assertEquals(pNone.describe() + ": " + none.describe() + " has no signal for attribute 'weights' (a connection "
            + "without a transform has no weights)", e.getMessage());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldDecodeTargetValuesWhenFunctionIsGivenAsPoints() {
        final RandomState rng = new RandomState(SEED);
        final double[][] x = new double[1000][1];
        final double[][] y = new double[1000][1];
        for (int i = 0; i < 1000; i++) {
            x[i][0] = rng.uniform(-1, 1);
            y[i][0] = -x[i][0];
        }
        final Network model = new Network("test_function_points").seed(SEED);
        final Node u = model.node(new WhiteSignal(1.0, 9, 0.3, null, null));
        final Ensemble a = model.ensemble(100, 1);
        final Node v = model.passthrough(1);
        model.connect(u, a).synapse(null);
        model.connect(a, v).evalPoints(x).function(y);
        final Probe up = model.probe(u).synapse(new Alpha(0.01));
        final Probe vp = model.probe(v).synapse(new Alpha(0.01));
        try (Simulator sim = new Simulator(model, options(dev.neurovec.sim.Precision.FLOAT32).withSeed(SEED))) {
            sim.run(1.0);
            final double[][] minusU = sim.dataDouble(up);
            for (double[] row : minusU) {
                row[0] = -row[0];
            }
            assertSignalsAllclose("v = -u", minusU, sim.dataDouble(vp), 5e-2, 3e-2, 10, 5);
        }
    }

    static Stream<Arguments> evalPointScaling() {
        final Stream.Builder<Arguments> b = Stream.builder();
        for (boolean sample : new boolean[] {false, true}) {
            for (double radius : new double[] {0.5, 1.0, 1.5}) {
                for (boolean scale : new boolean[] {false, true}) {
                    b.add(Arguments.of(sample, radius, scale));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("evalPointScaling")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldScaleConnectionEvalPointsByPreRadiusWhenAsked(final boolean sample, final double radius,
                                                             final boolean scale) {
        final Network model = new Network("test_eval_points_scaling").seed(SEED);
        final Ensemble a = model.ensemble(1, 3).encoders(filled(1, 3, 1.0)).intercepts(Dists.choice(-1))
            .radius(radius);
        final Ensemble b = model.ensemble(1, 3);
        final Connection con = model.connect(a, b).scaleEvalPoints(scale);
        if (sample) {
            con.evalPoints(Dists.uniformHypersphere(false).sample(500, 3, new RandomState(SEED)));
        } else {
            con.evalPoints(Dists.uniformHypersphere(false));
        }
        try (Simulator sim = simulator(model)) {
            final double limit = scale ? radius : 1.0;
            boolean near = false;
            for (double[] p : sim.data(con).evalPoints()) {
                final double norm = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
                assertTrue(norm <= limit * (1 + 1e-12), "eval point norm " + norm + " within " + limit);
                near |= norm >= 0.9 * limit;
            }
            assertTrue(near, "some eval points reach 0.9 of " + limit);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRaiseBuildErrorWhenActivitiesAreAllZero() {
        final Network model = new Network("test_zero_activities_error");
        final Ensemble a = model.ensemble(10, 1).gain(new double[10]).bias(new double[10]);
        final Connection c = model.connect(a, model.passthrough(1));
        final BuildError e = assertThrows(BuildError.class, () -> simulator(model).close());
        assertEquals(c.describe() + ": the activities of " + a.describe() + " are zero at every eval point; expected "
            + "some neurons to fire (check intercepts and gains)", e.getMessage());
    }

    @Test
    void shouldRejectConnectionWhenEndHasNoNeuronsOrFunctionIsNotAllowed() {
        final Network net = new Network("test_directneurons");
        final Ensemble a = net.ensemble(1, 1);
        final Ensemble b = net.ensemble(1, 1).neuronType(new Direct());
        ValidationError e = assertThrows(ValidationError.class, () -> net.connect(a, b.neurons()));
        assertEquals("Connection 'Connection[0]': post = 'Neurons of Ensemble 'Ensemble[1]''; expected an object with "
            + "input (sizeIn > 0)", e.getMessage());
        e = assertThrows(ValidationError.class, () -> net.connect(b.neurons(), a));
        assertEquals("Connection 'Connection[0]': pre = 'Neurons of Ensemble 'Ensemble[1]''; expected an object with "
            + "output (sizeOut > 0)", e.getMessage());
        final Ensemble c = net.ensemble(10, 2);
        final Node pass = net.passthrough(1);
        e = assertThrows(ValidationError.class, () -> net.connect(c.neurons(), a).function(Math::abs));
        assertEquals("Connection 'Connection[0]': function = 'a function'; expected no function on a connection from "
            + "neurons", e.getMessage());
        e = assertThrows(ValidationError.class, () -> net.connect(c.neurons().slice(0, 2), a).function(Math::abs));
        assertEquals("Connection 'Connection[1]': function = 'a function'; expected no function on a connection from "
            + "neurons", e.getMessage());
        e = assertThrows(ValidationError.class, () -> net.connect(pass, a).function(Math::abs));
        assertEquals("Connection 'Connection[2]': function = 'a function'; expected no function on a connection from "
            + "a passthrough node", e.getMessage());
    }

    /**
     * Nengo's {@code test_prepost_errors}: it fails to build a network whose connection or probe refers to
     * an object of another network; NeuroVec objects belong to their network from birth, so the
     * connection or probe is refused when it is made.
     */
    @Test
    void shouldRejectConnectionOrProbeWhenEndBelongsToAnotherNetwork() {
        final Network other = new Network("other");
        final Ensemble foreign = other.ensemble("a", 10, 1);
        final Network model = new Network("model");
        final Ensemble e = model.ensemble("e", 10, 1);
        ValidationError err = assertThrows(ValidationError.class, () -> model.connect(foreign, e));
        assertEquals("Connection 'Connection[0]': pre = 'Ensemble 'a' of Network 'other''; expected an object of "
            + "the same network tree as Network 'model'", err.getMessage());
        err = assertThrows(ValidationError.class, () -> model.connect(e, foreign.neurons()));
        assertEquals("Connection 'Connection[0]': post = 'Neurons of Ensemble 'a' of Network 'other''; expected an "
            + "object of the same network tree as Network 'model'", err.getMessage());
        err = assertThrows(ValidationError.class, () -> model.probe(foreign.slice(0, 1)));
        assertEquals("Probe 'Probe[0]': target = 'Ensemble 'a'[0] of Network 'other''; expected an object of the "
            + "same network tree as Network 'model'", err.getMessage());
        assertTrue(model.connections().isEmpty() && model.probes().isEmpty(), "nothing refused was added");
        // objects of sub-networks and parents share the tree
        final Network sub = model.network("sub");
        final Ensemble inner = sub.ensemble("inner", 10, 1);
        sub.connect(e, inner);
        model.connect(inner, e);
        sub.probe(e);
        assertEquals(1, model.connections().size());
        assertEquals(1, sub.connections().size());
    }

    /**
     * Nengo reports these when the connection is made (ValidationError); NeuroVec's fluent connections
     * may set the transform and function after {@code connect}, so it checks sizes when building.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRaiseBuildErrorNamingShapesWhenSizesDoNotMatch() {
        final int n = 10;
        final Network m = new Network("test_dimensionality_errors").seed(SEED);
        final Node n01 = m.node(1.0);
        final Node n02 = m.node(1.0, 1.0);
        final Node n21 = m.node(2, 1, (t, x, y) -> y[0] = 1);
        final Ensemble e1 = m.ensemble(n, 1);
        final Ensemble e2 = m.ensemble(n, 2);
        m.connect(n01, e1);
        m.connect(n02, e2);
        m.connect(e2, n21);
        m.connect(n21, e1);
        m.connect(e1.neurons(), n21).transform(filled(2, n, 0.1));
        m.connect(e2, e1).function(1, (x, y) -> y[0] = x[0]);
        m.connect(e2, e2).transform(new double[] {1, 1});
        try (Simulator sim = simulator(m)) {
            sim.step();
        }
        assertBuildError("Connection 'Connection[0]': no transform needs equal sizes, but size_mid = 2 and size_out "
            + "= 1; expected a 1x2 transform matrix", net -> net.connect(net.node(1.0, 1.0), net.ensemble(n, 1)));
        assertBuildError("Connection 'Connection[0]': transform is 1x11; expected 1x10 (size_out x size_mid)",
            net -> net.connect(net.ensemble(n, 2).neurons(), net.ensemble(n, 1)).transform(filled(1, n + 1, 1.0)));
        assertBuildError("Connection 'Connection[0]': transform is 1x1; expected 1x2 (size_out x size_mid)",
            net -> net.connect(net.ensemble(n, 2), net.ensemble(n, 1)).transform(new double[][] {{1}}));
        assertBuildError("Connection 'Connection[0]': element-wise transform of length 2; expected size_mid = "
            + "size_out = 2 (got size_mid 1)",
            net -> net.connect(net.node(2, 1, (t, x, y) -> y[0] = 1), net.ensemble(n, 2)).transform(new double[] {1,
                1}));
    }

    private interface NetworkEdit {
        void apply(Network net);
    }

    private void assertBuildError(final String message, final NetworkEdit edit) {
        final Network net = new Network("sizes").seed(SEED);
        edit.apply(net);
        final BuildError e = assertThrows(BuildError.class, () -> simulator(net).close());
        assertEquals(message, e.getMessage());
    }
}
