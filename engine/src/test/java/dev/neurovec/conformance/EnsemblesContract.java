package dev.neurovec.conformance;

import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.errors.BuildError;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.Direct;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.Sigmoid;
import dev.neurovec.network.processes.WhiteNoise;
import dev.neurovec.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.neurovec.conformance.Allclose.DEFAULT_RTOL;
import static dev.neurovec.conformance.Allclose.assertAllclose;
import static dev.neurovec.conformance.Allclose.assertSignalsAllclose;
import static dev.neurovec.conformance.Allclose.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ports the intent of Nengo's {@code nengo/tests/test_ensemble.py} (nengo-semantics.md §1.3, §2.3,
 * §2.4): {@code test_constant_scalar}, {@code test_constant_vector}, {@code test_scalar},
 * {@code test_vector}, {@code test_product} over Nengo's neuron-type fixture (and Direct), radius
 * scaling, {@code scaled_encoders = encoders * gain / radius}, {@code test_eval_points_number},
 * {@code test_eval_points_number_warning} and {@code test_eval_points_heuristic}, {@code test_gain_bias}
 * (explicit gain and bias kept exactly),
 * gain-only or bias-only as a {@code BuildError}, {@code test_invalid_rates}, {@code test_noise},
 * and invalid parameters as a {@code ValidationError} whose whole message names the object, the
 * parameter, the value and the expectation.
 */
abstract class EnsemblesContract extends ConformanceContract {
    private static final long SEED = 123;
    /** {@code test_constant_scalar} and the other representation tests. */
    static final double REPRESENTATION_ATOL = 0.1;
    /** {@code test_constant_scalar}. */
    static final double REPRESENTATION_RTOL = 0.01;
    /** {@code test_scalar}, {@code test_vector}: the input node. */
    static final double INPUT_ATOL = 1e-5;
    /** {@code test_scalar}, {@code test_vector}: the input node. */
    static final double INPUT_RTOL = 1e-3;
    /** {@code test_product}: RMS error bound. */
    static final double PRODUCT_RMSE = 0.1;

    static Stream<NeuronType> anyNeuronType() {
        return Stream.concat(Fixtures.nonDirectNeuronTypes(), Stream.of(new Direct()));
    }

    @ParameterizedTest
    @MethodSource("anyNeuronType")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRepresentConstantWhenDrivenByConstantScalar(final NeuronType type) {
        final double val = 0.5;
        final Network m = new Network("test_constant_scalar").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Node input = m.node(val).label("input");
        final Ensemble a = m.ensemble(30, 1);
        m.connect(input, a);
        final Probe inP = m.probe(input, "output");
        final Probe aP = m.probe(a, "decoded_output").synapse(0.1);
        try (Simulator sim = simulator(m)) {
            sim.run(1.0);
            assertAllclose(type + " input", val, Allclose.col(sim.dataDouble(inP), 0), REPRESENTATION_ATOL,
                REPRESENTATION_RTOL);
            final double[][] d = sim.dataDouble(aP);
            assertAllclose(type + " decoded, last 10 steps", val, Allclose.col(rows(d, d.length - 10, d.length), 0),
                REPRESENTATION_ATOL, REPRESENTATION_RTOL);
        }
    }

    @ParameterizedTest
    @MethodSource("anyNeuronType")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRepresentConstantWhenDrivenByConstantVector(final NeuronType type) {
        final double[] vals = {0.6, 0.1, -0.5};
        final Network m = new Network("test_constant_vector").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Node input = m.node(vals);
        final Ensemble a = m.ensemble(30 * 3, 3);
        m.connect(input, a);
        final Probe inP = m.probe(input, "output");
        final Probe aP = m.probe(a, "decoded_output").synapse(0.1);
        try (Simulator sim = simulator(m)) {
            sim.run(1.0);
            final double[][] expected = new double[10][];
            for (int i = 0; i < 10; i++) {
                expected[i] = vals.clone();
            }
            final double[][] in = sim.dataDouble(inP);
            final double[][] d = sim.dataDouble(aP);
            assertAllclose(type + " input", expected, rows(in, in.length - 10, in.length), REPRESENTATION_ATOL,
                REPRESENTATION_RTOL);
            assertAllclose(type + " decoded, last 10 steps", expected, rows(d, d.length - 10, d.length),
                REPRESENTATION_ATOL, REPRESENTATION_RTOL);
        }
    }

    @ParameterizedTest
    @MethodSource("anyNeuronType")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldTrackSineWhenDrivenByTimeVaryingScalar(final NeuronType type) {
        final Network m = new Network("test_scalar").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Node input = m.node(t -> Math.sin(6.3 * t));
        final Ensemble a = m.ensemble("A", 40, 1);
        m.connect(input, a);
        final Probe inP = m.probe(input, "output");
        final Probe aP = m.probe(a, "decoded_output").synapse(0.02);
        try (Simulator sim = simulator(m)) {
            sim.run(1.0);
            final double[] t = sim.trange();
            final double[][] target = new double[t.length][1];
            for (int k = 0; k < t.length; k++) {
                target[k][0] = Math.sin(6.3 * t[k]);
            }
            assertAllclose(type + " input", target, sim.dataDouble(inP), INPUT_ATOL, INPUT_RTOL);
            // the decoded estimate lags the input by 30 ms of synapses (signals_allclose delay=0.03)
            assertSignalsAllclose(type + " decoded", target, sim.dataDouble(aP), REPRESENTATION_ATOL, DEFAULT_RTOL, 0,
                30);
        }
    }

    @ParameterizedTest
    @MethodSource("anyNeuronType")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldTrackEachDimensionWhenDrivenByTimeVaryingVector(final NeuronType type) {
        final Network m = new Network("test_vector").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Node input = m.node(0, 3, (t, x, out) -> {
            out[0] = Math.sin(6.3 * t);
            out[1] = Math.cos(6.3 * t);
            out[2] = Math.cos(6.3 * t) * Math.cos(6.3 * t);
        });
        final Ensemble a = m.ensemble(100 * 3, 3).radius(1.5);
        m.connect(input, a);
        final Probe inP = m.probe(input);
        final Probe aP = m.probe(a).synapse(0.03);
        try (Simulator sim = simulator(m)) {
            sim.run(1.0);
            final double[] t = sim.trange();
            final double[][] target = new double[t.length][];
            for (int k = 0; k < t.length; k++) {
                final double c = Math.cos(6.3 * t[k]);
                target[k] = new double[] {Math.sin(6.3 * t[k]), c, c * c};
            }
            assertAllclose(type + " input", target, sim.dataDouble(inP), INPUT_ATOL, INPUT_RTOL);
            assertSignalsAllclose(type + " decoded", target, sim.dataDouble(aP), REPRESENTATION_ATOL, DEFAULT_RTOL, 100,
                30);
        }
    }

    @ParameterizedTest
    @MethodSource("anyNeuronType")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldComputeProductWhenDecodingFunctionOfTwoDimensions(final NeuronType type) {
        final double dt2 = 0.002;
        final Network m = new Network("test_product").seed(SEED);
        m.config().ensemble().neuronType(type);
        final Node sin = m.node(t -> Math.sin(6 * t));
        final Node cons = m.node(-0.5);
        final Ensemble factors = m.ensemble(2 * 80, 2).radius(1.5)
            .encoders(Dists.choice(new double[][] {{1, 1}, {-1, 1}, {1, -1}, {-1, -1}}, null));
        final Ensemble product = m.ensemble(80, 1);
        m.connect(sin, factors.select(0));
        m.connect(cons, factors.select(1));
        m.connect(factors, product).function(1, (x, out) -> out[0] = x[0] * x[1]).synapse(0.01);
        final Probe factorsP = m.probe(factors).sampleEvery(dt2).synapse(0.01);
        final Probe productP = m.probe(product).sampleEvery(dt2).synapse(0.01);
        try (Simulator sim = simulator(m)) {
            sim.run(1.0);
            final double[] t = sim.trange(dt2);
            final double[][] f = sim.dataDouble(factorsP);
            final double[][] p = sim.dataDouble(productP);
            final double[] e0 = new double[t.length];
            final double[] e1 = new double[t.length - 20];
            final double[] ep = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                e0[k] = f[k][0] - Math.sin(6 * t[k]);
                ep[k] = p[k][0] + 0.5 * Math.sin(6 * t[k]);
                if (k >= 20) {
                    e1[k - 20] = f[k][1] + 0.5;
                }
            }
            assertTrue(Allclose.rms(e0) < PRODUCT_RMSE, type + ": factor 0 RMSE " + Allclose.rms(e0));
            assertTrue(Allclose.rms(e1) < PRODUCT_RMSE, type + ": factor 1 RMSE " + Allclose.rms(e1));
            assertTrue(Allclose.rms(ep) < PRODUCT_RMSE, type + ": product RMSE " + Allclose.rms(ep));
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldScaleEncodersAndEvalPointsByRadiusWhenRadiusIsSet() {
        final double radius = 2.0;
        final double val = 1.5;
        final Network m = new Network("radius").seed(SEED);
        final Node input = m.node(val);
        final Ensemble a = m.ensemble(50, 1).radius(radius);
        final Ensemble b = m.ensemble(10, 3).radius(radius);
        m.connect(input, a);
        final Probe aP = m.probe(a).synapse(0.1);
        final Probe enc = m.probe(b, "scaled_encoders");
        try (Simulator sim = simulator(m)) {
            sim.run(1.0);
            final double[][] d = sim.dataDouble(aP);
            assertAllclose("radius 2 represents 1.5", val, Allclose.col(rows(d, d.length - 10, d.length), 0),
                REPRESENTATION_ATOL, REPRESENTATION_RTOL);
            final BuiltEnsemble built = sim.data(b);
            double maxNorm = 0;
            for (double[] p : built.evalPoints()) {
                maxNorm = Math.max(maxNorm, Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]));
            }
            assertTrue(maxNorm <= radius * (1 + 1e-12), "eval points lie within the radius; max norm " + maxNorm);
            assertTrue(maxNorm > 1.5, "eval points are scaled by the radius; max norm " + maxNorm);
            final double[] probed = sim.dataDouble(enc)[0];
            for (int i = 0; i < 10; i++) {
                double norm = 0;
                for (int k = 0; k < 3; k++) {
                    norm += built.encoders()[i][k] * built.encoders()[i][k];
                    final double expected = built.encoders()[i][k] * built.gain()[i] / radius;
                    assertEquals(expected, built.scaledEncoders()[i][k], F64_RTOL * Math.abs(expected),
                        "built scaled encoder [" + i + "][" + k + "] = e * gain / radius");
                    assertEquals(expected, probed[i * 3 + k], F32_PARAM_RTOL * Math.abs(expected),
                        "probed scaled encoder [" + i + "][" + k + "]");
                }
                assertEquals(1.0, norm, 1e-12, "encoder " + i + " is normalized");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 528", "2, 823", "3, 937"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldDrawRequestedEvalPointsWhenNumberIsGiven(final int dims, final int points) {
        final Network m = new Network("test_eval_points_number").seed(SEED);
        final Ensemble a = m.ensemble(5, dims).nEvalPoints(points);
        try (Simulator sim = simulator(m)) {
            assertEquals(points, sim.data(a).evalPoints().length);
            assertEquals(dims, sim.data(a).evalPoints()[0].length);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldUseGivenEvalPointsWhenNumberDisagrees() {
        final double[][] points = {{0.1}, {0.2}};
        final Network model = new Network("test_eval_points_number_warning").seed(SEED);
        final Ensemble a = model.ensemble(5, 1).nEvalPoints(10).evalPoints(points);
        final Ensemble b = model.ensemble(5, 1).evalPoints(points).nEvalPoints(10);
        try (Simulator sim = simulator(model)) {
            assertTrue(Fixtures.bitIdentical(points, sim.data(a).evalPoints()), "n_eval_points, then eval_points");
            assertTrue(Fixtures.bitIdentical(points, sim.data(b).evalPoints()), "eval_points, then n_eval_points");
        }
    }

    @ParameterizedTest
    @CsvSource({"10, 1", "392, 1", "2108, 1", "100, 2", "1290, 4", "20, 9"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldUseNengoHeuristicWhenEvalPointCountIsNotGiven(final int neurons, final int dims) {
        final int heuristic = Math.max(Math.min(Math.max(500 * dims, 750), 2500), 2 * neurons);
        final Network m = new Network("test_eval_points_heuristic").seed(SEED);
        final Ensemble a = m.ensemble(neurons, dims);
        try (Simulator sim = simulator(m)) {
            assertEquals(heuristic, sim.data(a).evalPoints().length, "max(clip(500 d, 750, 2500), 2 n)");
            assertEquals(dims, sim.data(a).evalPoints()[0].length);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldKeepGainAndBiasExactlyWhenBothAreGiven() {
        final int n = 17;
        final RandomState rng = new RandomState(SEED);
        final double[] gain = Fixtures.uniform(rng, n, 0.2, 5);
        final double[] bias = Fixtures.uniform(rng, n, 0.2, 1);
        final Network m = new Network("test_gain_bias");
        final Ensemble a = m.ensemble(n, 2).gain(gain).bias(bias);
        try (Simulator sim = simulator(m)) {
            assertArrayEquals(gain, sim.data(a).gain());
            assertArrayEquals(bias, sim.data(a).bias());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRaiseBuildErrorWhenOnlyGainOrOnlyBiasIsGiven() {
        final Network gainOnly = new Network("gain_only");
        gainOnly.ensemble("a", 3, 1).gain(1, 2, 3);
        BuildError e = assertThrows(BuildError.class, () -> simulator(gainOnly).close());
        assertEquals("Ensemble 'a': gain is set but bias is not; expected both (solving for one given the other is "
            + "not supported, as in Nengo)", e.getMessage());
        final Network biasOnly = new Network("bias_only");
        biasOnly.ensemble("a", 3, 1).bias(Dists.choice(0.5));
        e = assertThrows(BuildError.class, () -> simulator(biasOnly).close());
        assertEquals("Ensemble 'a': bias is set but gain is not; expected both (solving for one given the other is "
            + "not supported, as in Nengo)", e.getMessage());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRaiseBuildErrorWhenParametersCannotFitTogether() {
        final Network rates = new Network("test_invalid_rates");
        rates.ensemble("a", 1, 1).maxRates(200).neuronType(new Lif(0.02, 0.01, 0, 1));
        BuildError e = assertThrows(BuildError.class, () -> simulator(rates).close());
        assertEquals("Ensemble 'a': Lif: maxRates[0] = 200.0; expected <= 1/tauRef = 100.0", e.getMessage());

        final Network sigmoid = new Network("test_sigmoid_invalid");
        sigmoid.ensemble("s", 1, 1).neuronType(new Sigmoid()).maxRates(300).intercepts(1.1);
        e = assertThrows(BuildError.class, () -> simulator(sigmoid).close());
        assertTrue(e.getMessage().startsWith("Ensemble 's': gain[0] = -"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" from intercept 1.1 and max rate 300.0; expected a finite gain > 0 (for "
            + "LIF-like neurons keep intercepts below 1)"), e.getMessage());

        final Network zero = new Network("zero_encoder");
        zero.ensemble("z", 2, 2).encoders(new double[][] {{1, 0}, {0, 0}});
        e = assertThrows(BuildError.class, () -> simulator(zero).close());
        assertEquals("Ensemble 'z': encoders[1] has norm 0.0; expected a non-zero encoder (it cannot be normalized)",
            e.getMessage());
    }

    private static void assertValidation(final String message, final Executable executable) {
        final ValidationError e = assertThrows(ValidationError.class, executable);
        assertEquals(message, e.getMessage());
    }

    @Test
    void shouldRaiseValidationErrorNamingObjectParameterValueAndExpectationWhenParameterIsInvalid() {
        final Network net = new Network("net");
        final Network sub = net.network("sub");
        assertValidation("Ensemble 'Ensemble[0]': nNeurons = 0; expected >= 1", () -> net.ensemble(0, 1));
        assertValidation("Ensemble 'Ensemble[0]': dimensions = 0; expected >= 1", () -> net.ensemble(5, 0));
        assertValidation("Ensemble 'sub.Ensemble[0]': nNeurons = -3; expected >= 1", () -> sub.ensemble(-3, 1));
        final Ensemble e = net.ensemble("e", 10, 2);
        assertValidation("Ensemble 'e': radius = -1.0; expected a finite value > 0", () -> e.radius(-1));
        assertValidation("Ensemble 'e': radius = Infinity; expected a finite value > 0",
            () -> e.radius(Double.POSITIVE_INFINITY));
        assertValidation("Ensemble 'e': maxRates.length = 2; expected 10 (nNeurons)", () -> e.maxRates(1, 2));
        assertValidation("Ensemble 'e': intercepts[3] = NaN; expected a finite value",
            () -> e.intercepts(0, 0, 0, Double.NaN, 0, 0, 0, 0, 0, 0));
        assertValidation("Ensemble 'e': encoders.rows = 3; expected 10", () -> e.encoders(new double[3][2]));
        assertValidation("Ensemble 'e': evalPoints[1].length = 3; expected 2",
            () -> e.evalPoints(new double[][] {{0, 0}, {0, 0, 0}}));
        assertValidation("Ensemble 'e': nEvalPoints = 0; expected >= 1", () -> e.nEvalPoints(0));
        assertValidation("Ensemble 'e': neuronType = null; expected a neuron type", () -> e.neuronType(null));
        assertValidation("Ensemble 'e': label = 'a/b'; expected a non-empty name without '/'", () -> e.label("a/b"));
        assertValidation("Ensemble 'e': seed = -1; expected 0 <= seed <= 2^32 - 1", () -> e.seed(-1));
        assertValidation("Ensemble 'e': slice = '[1, 5)'; expected 0 <= from < to <= 2", () -> e.slice(1, 5));
        assertValidation("Ensemble 'e': slice[0] = 2; expected -2 <= index < 2", () -> e.select(2));
        assertValidation("Node 'Node[0]': size = 0; expected >= 1", () -> net.passthrough(0));
        assertValidation("Node 'sub.Node[0]': output[0] = NaN; expected a finite value", () -> sub.node(Double.NaN));
        assertValidation("Probe 'Probe[0]': attr = 'spikes'; expected one of [decoded_output, input, scaled_encoders] "
            + "of Ensemble 'e'", () -> net.probe(e, "spikes"));
        assertValidation("Probe 'Probe[0]': sampleEvery = 0.0; expected a finite period > 0 seconds",
            () -> net.probe(e).sampleEvery(0));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldShiftNeuronActivityWhenNoiseIsAddedToInputCurrent() {
        final double inp = 1;
        final double gain = 5;
        final double bias = 2;
        final Network model = new Network("test_noise").seed(SEED);
        model.config().ensemble().encoders(Dists.choice(new double[][] {{1}}, null)).gain(Dists.choice(gain))
            .bias(Dists.choice(bias));
        final Node constant = model.node(inp);
        final Ensemble pos = model.ensemble(1, 1).noise(new WhiteNoise(Dists.choice(20), false, null));
        final Ensemble normal = model.ensemble(1, 1);
        final Ensemble neg = model.ensemble(1, 1).noise(new WhiteNoise(Dists.choice(-4), false, null));
        model.connect(constant, pos);
        model.connect(constant, normal);
        model.connect(constant, neg);
        final Probe posP = model.probe(pos.neurons()).synapse(0.1);
        final Probe normalP = model.probe(normal.neurons()).synapse(0.1);
        final Probe negP = model.probe(neg.neurons()).synapse(0.1);
        try (Simulator sim = simulator(model)) {
            sim.run(0.06);
            final double[] p = Allclose.col(sim.dataDouble(posP), 0);
            final double[] n = Allclose.col(sim.dataDouble(normalP), 0);
            final double[] q = Allclose.col(sim.dataDouble(negP), 0);
            boolean posDiffers = false;
            boolean negDiffers = false;
            for (int k = 0; k < p.length; k++) {
                assertTrue(p[k] >= n[k], "positive noise never lowers activity (step " + k + ")");
                assertTrue(n[k] >= q[k], "negative noise never raises activity (step " + k + ")");
                posDiffers |= p[k] != n[k];
                negDiffers |= q[k] != n[k];
            }
            assertTrue(posDiffers && negDiffers, "noise changes the activity");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldPassInputThroughExactlyWhenEnsembleIsDirect() {
        final Network m = new Network("direct").seed(SEED);
        final Node u = m.node(0, 2, (t, x, out) -> {
            out[0] = Math.sin(5 * t);
            out[1] = t;
        });
        final Ensemble d = m.ensemble(10, 2).neuronType(new Direct());
        m.connect(u, d).synapse(null);
        final Probe uP = m.probe(u);
        final Probe dP = m.probe(d);
        try (Simulator sim = simulator(m)) {
            sim.runSteps(20);
            assertAllclose("Direct ensemble decoded output", sim.dataDouble(uP), sim.dataDouble(dP), 0, 0);
            assertEquals(0, d.neurons().sizeIn(), "Direct ensembles have no neurons to connect to");
        }
    }

}
