package dev.neurovec.train;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code trainingMemory} reports what the recorded pass keeps, before any training. */
class TrainingMemoryTest {
    @Test
    void shouldCountTheTapeOfAnAutoEncoderAndShortenItWithCheckpoints() {
        final Network net = new Network("ae").seed(1);
        final Node in = net.node(new double[7]).label("in");
        final Ensemble h = net.ensemble("h", 3, 1).neuronType(new RectifiedLinear()).gain(Dists.choice(1))
            .bias(Dists.choice(0));
        final Ensemble o = net.ensemble("o", 7, 1).neuronType(new RectifiedLinear()).gain(Dists.choice(1))
            .bias(Dists.choice(0));
        net.connect(in, h.neurons()).transform(Dists.glorot()).synapse(null);
        net.connect(h.neurons(), o.neurons()).transform(Dists.glorot()).synapse(null);
        final Probe p = net.probe(o.neurons());
        final int batch = 2;
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withMinibatchSize(batch))) {
            sim.compile(new RmsProp(), Losses.mse());
            final Map<Node, Tensor> x = Map.of(in, Tensor.zeros(4, 10, 7));
            final TrainingMemory full = sim.trainingMemory(x, FitOptions.epochs(1));
            // each step keeps the inputs of the two trained products (7 and 3 values) and the currents of
            // the two ReLU populations (3 and 7), per minibatch element, in float32
            assertEquals((7 + 3 + 3 + 7) * batch * 4L, full.tapeBytesPerStep());
            assertEquals(10, full.tapeSteps());
            assertEquals(1, full.savedStates());
            assertEquals((7 * 3 + 3 * 7 + 3 + 7) * 4L, full.paramBytes());
            final TrainingMemory every4 = sim.trainingMemory(x, FitOptions.epochs(1).withCheckpointEvery(4));
            assertEquals(full.tapeBytesPerStep() * 4, every4.tapeBytes());
            // the start state, one per segment (3 of 4, 4, 2 steps) and the end
            assertEquals(1 + 3 + 1, every4.savedStates());
            assertEquals(full.stateBytes(), every4.stateBytes());
        }
    }
}
