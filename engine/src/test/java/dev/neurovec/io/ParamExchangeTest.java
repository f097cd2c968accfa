package dev.neurovec.io;

import dev.neurovec.build.Signal;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.NengoObject;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.Direct;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.solvers.LstsqL2;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.train.Adam;
import dev.neurovec.train.Losses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** freezeParams writes trained values back so that any new simulator reproduces them; getNengoParams as NengoDL. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParamExchangeTest {
    private record Nef(Network net, Node in, Ensemble a, Ensemble b, Probe out) {
    }

    private static Nef nef() {
        final Network net = new Network("nef").seed(5);
        final Node in = net.node(t -> 0.8 * Math.sin(10 * t)).label("in");
        final Ensemble a = net.ensemble("a", 40, 1).neuronType(new LifRate());
        final Ensemble b = net.ensemble("b", 30, 1).neuronType(new LifRate()).radius(1.5);
        final Node out = net.passthrough(1).label("out");
        net.connect(in, a).synapse(null);
        net.connect(a, b).function(x -> x * x).synapse(null);
        net.connect(b, out).synapse(null);
        return new Nef(net, in, a, b, net.probe(out).label("out"));
    }

    private static Tensor[] squares() {
        final RandomState rng = new RandomState(8);
        final Tensor x = Tensor.zeros(16, 1, 1);
        final Tensor y = Tensor.zeros(16, 1, 1);
        for (int r = 0; r < 16; r++) {
            final float v = (float) rng.uniform(-1, 1);
            x.set(v, r, 0, 0);
            y.set(0.5f * v * v, r, 0, 0);
        }
        return new Tensor[] {x, y};
    }

    private static float[] floats(final double[] d) {
        final float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    @Test
    void shouldFreezeTrainedDecodedNetworkSoEveryExecutorReproducesIt() {
        final Nef n = nef();
        final Tensor[] xy = squares();
        final float[][] trainedRun;
        final Map<String, float[]> trainedParams = new java.util.LinkedHashMap<>();
        try (Simulator sim = new Simulator(n.net(), SimulatorOptions.defaults().withMinibatchSize(4))) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(n.in(), xy[0]), Map.of(n.out(), xy[1]), 3);
            final ParameterTable t = ParameterTable.of(n.net(), sim.model(), StableNames.of(n.net()));
            t.params().forEach((k, p) -> trainedParams.put(k, floats(sim.read(p.signal(), 0))));
            final Map<NengoObject, NengoParams> p = sim.getNengoParams(n.net());
            assertEquals(List.of(n.a(), n.b(), n.net().connections().get(1), n.net().connections().get(2)),
                List.copyOf(p.keySet()), "the node -> ensemble connection has no weights");
            final EnsembleParams b = assertInstanceOf(EnsembleParams.class, p.get(n.b()));
            final double[] scaled = sim.read(sim.model().sig(n.b()).get("encoders"), 0);
            assertEquals(scaled[3] * 1.5 / b.gain()[3], b.encoders()[3][0], 1e-12);
            final DecodedConnectionParams ab = assertInstanceOf(DecodedConnectionParams.class,
                p.get(n.net().connections().get(1)));
            final double[] w = sim.read(sim.model().sig(n.net().connections().get(1)).get("weights"), 0);
            assertEquals(40, ab.decoders().length);
            assertEquals(w[7], ab.decoders()[7][0]);
            sim.freezeParams(n.net());
            sim.runSteps(30);
            trainedRun = sim.data(n.out());
        }
        for (ExecutorKind kind : ExecutorKind.values()) {
            try (Simulator fresh = new Simulator(n.net(), SimulatorOptions.defaults().withExecutor(kind))) {
                final ParameterTable t = ParameterTable.of(n.net(), fresh.model(), StableNames.of(n.net()));
                t.params().forEach((k, p) -> assertArrayEquals(trainedParams.get(k), floats(fresh.read(p.signal(), 0)),
                    kind + ": " + k));
                fresh.runSteps(30);
                final float[][] run = fresh.data(n.out());
                for (int s = 0; s < run.length; s++) {
                    assertEquals(trainedRun[s][0], run[s][0], 1e-5, kind + " step " + s);
                }
            }
        }
    }

    @Test
    void shouldFreezeNeuronToNeuronTransforms() {
        final TestNets.AutoEncoder ae = TestNets.autoEncoder();
        final Tensor x = TestNets.data(6);
        final float[] trained;
        final double[] w0;
        try (Simulator sim = new Simulator(ae.net(), SimulatorOptions.defaults().withMinibatchSize(4))) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(ae.in(), x), Map.of(ae.probe(), x), 2);
            trained = sim.predict(Map.of(ae.in(), x)).get(ae.probe()).data();
            final Connection c = ae.net().connections().get(0);
            final TransformParams t = assertInstanceOf(TransformParams.class, sim.getNengoParams(c).get(c));
            w0 = sim.read(sim.model().sig(c).get("weights"), 0);
            assertEquals(w0[13], t.matrix()[1][1]);
            sim.freezeParams(ae.net());
        }
        try (Simulator fresh = new Simulator(ae.net(), SimulatorOptions.defaults().withMinibatchSize(4))) {
            assertArrayEquals(trained, fresh.predict(Map.of(ae.in(), x)).get(ae.probe()).data());
        }
        final TestNets.AutoEncoder untouched = TestNets.autoEncoder();
        try (Simulator other = new Simulator(untouched.net())) {
            final Signal s = other.model().sig(untouched.net().connections().get(0)).get("weights");
            assertNotEquals(w0[13], other.read(s, 0)[13], "freezing changes only the frozen network");
        }
    }

    @Test
    void shouldRefuseWhatCannotBeFrozen() {
        final Network net = new Network();
        final Node in = net.node(1.0);
        final Ensemble direct = net.ensemble("direct", 1, 1).neuronType(new Direct());
        final Ensemble a = net.ensemble("a", 10, 1);
        final Ensemble b = net.ensemble("b", 10, 1);
        net.connect(in, direct);
        final Connection weights = net.connect(a, b).solver(new LstsqL2(0.1, true));
        try (Simulator sim = new Simulator(net)) {
            assertEquals("Ensemble 'direct': neuronType = 'Direct'; expected neurons; a Direct ensemble has no"
                + " encoders, gains or biases to freeze (as in NengoDL)",
                assertThrows(ValidationError.class, () -> sim.freezeParams(direct)).getMessage());
            assertTrue(assertThrows(UnsupportedOperationException.class, () -> sim.getNengoParams(weights))
                .getMessage().startsWith("Connection 'Connection[1]': freezing a connection whose solver solves"));
            assertThrows(ValidationError.class, () -> sim.getNengoParams(in));
        }
    }
}
