package dev.neurovec.train;

import dev.neurovec.build.Model;
import dev.neurovec.build.ModelBuilder;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.neurons.Sigmoid;
import dev.neurovec.network.neurons.SoftLifRate;
import dev.neurovec.network.neurons.Tanh;
import dev.neurovec.network.synapses.Alpha;
import dev.neurovec.network.synapses.LinearFilter;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Analytic gradients (float32 backward pass of the planned executor) against central differences of
 * the float64 reference executor, for every differentiable operator kind: dense and element-wise
 * weights, decoders, encoders and biases, index-map copies, each rate neuron type (and LIF through its
 * training swap), Lowpass synapses and recurrence over several steps.
 *
 * <p>Tolerances: {@link #ATOL} and {@link #RTOL}. The analytic side is float32 (NengoDL's default), so
 * they are wider than the float64 bound NengoDL uses (atol 1e-5, rtol 1e-3): float32 forward values
 * carry ~1e-7 relative error that products and sums over a few hundred terms grow to ~1e-5.
 */
class GradientCheckTest {
    static final double ATOL = 1e-4;
    static final double RTOL = 1e-2;
    private static final double EPS = 1e-3;

    static Stream<NeuronType> types() {
        return Stream.of(new LifRate(), new SoftLifRate(0.5, 0.02, 0.002, 1), new RectifiedLinear(), new Sigmoid(1),
            new Tanh(1), new Lif());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldMatchFiniteDifferencesThroughDenseWeightsAndNeurons(final NeuronType type) {
        final Network net = new Network("dense").seed(3);
        final Node in = net.node(0.0, 0.0, 0.0).label("in");
        // gains and biases that keep LIF-like neurons away from the kink at threshold
        final Ensemble h = net.ensemble("h", 8, 1).neuronType(type).gain(Dists.uniform(0.5, 1.5))
            .bias(Dists.uniform(1.5, 3));
        final Node out = net.passthrough(2).label("out");
        net.connect(in, h.neurons()).transform(Dists.glorot()).synapse(null);
        net.connect(h.neurons(), out).transform(scaled(2, 8, type)).synapse(null);
        final Probe p = net.probe(out);
        check(net, in, 3, 4, 1, p, 2);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldMatchFiniteDifferencesThroughDecodersEncodersAndBiases() {
        final Network net = new Network("nef").seed(4);
        final Node in = net.node(0.0, 0.0).label("in");
        final Ensemble a = net.ensemble("a", 20, 2).neuronType(new LifRate()).maxRates(Dists.uniform(100, 200));
        final Node out = net.passthrough(2).label("out");
        net.connect(in, a).synapse(null);
        net.connect(a, out).function(2, (x, y) -> {
            y[0] = x[0] * x[1];
            y[1] = x[0];
        }).synapse(null);
        final Probe p = net.probe(out);
        check(net, in, 2, 3, 1, p, 2);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldMatchFiniteDifferencesThroughSlicesAndElementwiseTransforms() {
        final Network net = new Network("slices").seed(5);
        final Node in = net.node(0.0, 0.0, 0.0, 0.0).label("in");
        final Ensemble h = net.ensemble("h", 6, 1).neuronType(new Tanh(1)).gain(Dists.choice(1)).bias(Dists.uniform(-0.5, 0.5));
        final Node out = net.passthrough(3).label("out");
        net.connect(in.select(3, 0, 2), h.neurons().select(5, 1, 4)).transform(new double[] {0.7, -0.4, 1.1})
            .synapse(null);
        net.connect(in.slice(1, 4), h.neurons().slice(0, 3)).transform(0.9).synapse(null);
        net.connect(h.neurons().select(0, 2, 4), out).transform(new double[][] {{1, 0.5, 0}, {0, 1, 0.3}, {0.2, 0, 1}})
            .synapse(null);
        final Probe p = net.probe(out);
        check(net, in, 4, 3, 1, p, 3);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldMatchFiniteDifferencesThroughSynapsesAndRecurrenceOverSteps() {
        final Network net = new Network("recurrent").seed(6);
        final Node in = net.node(0.0, 0.0).label("in");
        final Ensemble h = net.ensemble("h", 10, 1).neuronType(new Sigmoid(1)).gain(Dists.choice(1))
            .bias(Dists.uniform(-1, 1));
        final Node out = net.passthrough(2).label("out");
        net.connect(in, h.neurons()).transform(Dists.glorot()).synapse(new Lowpass(0.005));
        net.connect(h.neurons(), h.neurons()).transform(scaled(10, 10, new Sigmoid(1))).synapse(new Lowpass(0));
        net.connect(h.neurons(), out).transform(Dists.glorot()).synapse(new Lowpass(0.01));
        final Probe p = net.probe(out);
        check(net, in, 2, 2, 6, p, 2);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldMatchFiniteDifferencesThroughGeneralLinearFilters() {
        final Network net = new Network("filters").seed(7);
        final Node in = net.node(0.0, 0.0).label("in");
        final Ensemble h = net.ensemble("h", 6, 1).neuronType(new Tanh(1)).gain(Dists.choice(1)).bias(Dists.uniform(-1, 1));
        final Node out = net.passthrough(2).label("out");
        net.connect(in, h.neurons()).transform(Dists.glorot()).synapse(new Alpha(0.004));
        net.connect(h.neurons(), out).transform(Dists.glorot())
            .synapse(new LinearFilter(new double[] {0.01, 1}, new double[] {0.02, 1}));
        net.connect(in, out).transform(0.5).synapse(new LinearFilter(new double[] {1}, new double[] {1e-4, 1e-2, 1}));
        final Probe p = net.probe(out);
        check(net, in, 2, 2, 8, p, 2);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldMatchFiniteDifferencesThroughATensorNodeLayer() {
        final Network net = new Network("tensor").seed(8);
        final Node in = net.node(0.0, 0.0, 0.0).label("in");
        final Node dense = net.tensorNode(3, 4, new dev.neurovec.network.layers.DenseLayer(3, 4, 5)).label("dense");
        final Ensemble h = net.ensemble("h", 4, 1).neuronType(new Tanh(1)).gain(Dists.choice(1)).bias(Dists.uniform(-1, 1));
        final Node out = net.passthrough(2).label("out");
        net.connect(in, dense).synapse(null);
        net.connect(dense, h.neurons()).synapse(null);
        net.connect(h.neurons(), out).transform(Dists.glorot()).synapse(null);
        final Probe p = net.probe(out);
        check(net, in, 3, 3, 1, p, 2);
    }

    /**
     * The fed input's copy into the ensemble and the filtered output's copy into the probed passthrough
     * are merged into one copy run; the input wants no gradient, the output path does.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldMatchFiniteDifferencesWhenAFedInputSharesAMergedCopyWithATrainedPath() {
        final Network net = new Network("merged copy").seed(9);
        final Node in = net.node(0.0).label("in");
        final Ensemble h = net.ensemble("h", 8, 1).neuronType(new Tanh(1)).gain(Dists.choice(1)).bias(Dists.uniform(-1, 1));
        final Node out = net.passthrough(1).label("out");
        net.connect(in, h).synapse(null);
        net.connect(h.neurons(), out).transform(Dists.glorot()).synapse(new Lowpass(0.005)).trainable(false);
        final Probe p = net.probe(out);
        check(net, in, 1, 2, 5, p, 1);
    }

    private static double[][] scaled(final int rows, final int cols, final NeuronType type) {
        final RandomState rng = new RandomState(9);
        final double s = type instanceof Sigmoid || type instanceof Tanh ? 1.0 : 0.01;
        final double[][] w = new double[rows][cols];
        for (double[] r : w) {
            for (int k = 0; k < cols; k++) {
                r[k] = rng.uniform(-s, s);
            }
        }
        return w;
    }

    private static void check(final Network net, final Node in, final int inDims, final int batch, final int steps,
                              final Probe p, final int outDims) {
        final RandomState rng = new RandomState(11);
        final Tensor x = Tensor.zeros(batch, steps, inDims);
        final Tensor y = Tensor.zeros(batch, steps, outDims);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = (float) rng.uniform(-1, 1);
        }
        for (int i = 0; i < y.size(); i++) {
            y.data()[i] = (float) rng.uniform(-1, 1);
        }
        final Model model = ModelBuilder.build(net, 0.001);
        final GradientCheck.Result r = GradientCheck.check(net, model, Map.of(in, x), Map.of(p, y), 12, EPS, ATOL, RTOL);
        assertTrue(r.checked() > 5, "checked only " + r.checked() + " elements");
        assertTrue(r.ok(), net.label() + ": worst " + r.worst() + " analytic " + r.analytic() + ", numeric " + r.numeric()
            + " (max abs error " + r.maxAbsError() + " over " + r.checked() + " elements)");
    }
}
