package dev.neurovec.train;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.neurons.Sigmoid;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NengoDL's {@code test_train_ff}: XOR learned by a layer of sigmoid neurons (Glorot-initialised
 * weights, Adam 0.01, 500 epochs) to a mean squared error below 2e-3.
 */
class XorTrainingTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldLearnXorToNengoDlsBound() {
        final Network net = new Network("xor").seed(0);
        final Node in = net.node(0.0, 0.0).label("in");
        final Ensemble hidden = net.ensemble("hidden", 20, 1).neuronType(new Sigmoid(1))
            .gain(Dists.choice(1)).bias(Dists.choice(0));
        final Node out = net.passthrough(1).label("out");
        net.connect(in, hidden.neurons()).transform(Dists.glorot()).synapse(null);
        net.connect(hidden.neurons(), out).transform(Dists.glorot()).synapse(null);
        final Probe p = net.probe(out).label("out");
        final Tensor x = Tensor.of(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, 4, 1, 2);
        final Tensor y = Tensor.of(new float[] {0, 1, 1, 0}, 4, 1, 1);
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withMinibatchSize(4))) {
            sim.compile(new Adam(0.01f), Losses.mse());
            final double before = sim.evaluate(Map.of(in, x), Map.of(p, y)).get("loss");
            sim.fit(Map.of(in, x), Map.of(p, y), 500);
            final double after = sim.evaluate(Map.of(in, x), Map.of(p, y)).get("loss");
            assertTrue(before > 0.05, "untrained XOR should be far off: " + before);
            assertTrue(after < 2e-3, "XOR MSE after 500 epochs: " + after + " (was " + before + ")");
        }
    }
}
