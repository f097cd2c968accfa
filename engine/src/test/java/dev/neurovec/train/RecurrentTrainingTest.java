package dev.neurovec.train;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NengoDL's {@code test_train_recurrent} intent: a recurrent ReLU network (He-initialised, recurrence
 * through {@code synapse=0}, a one-step delay) learns to integrate its input over 10 steps, trained
 * with full backpropagation through time and with truncated BPTT over two stateful 5-step chunks.
 */
class RecurrentTrainingTest {
    private static final int STEPS = 10;
    private static final int SEQUENCES = 32;
    private static final int MINIBATCH = 16;

    private record Task(Network net, Node in, Probe out, Tensor x, Tensor y) {
    }

    private static Task task() {
        final Network net = new Network("recurrent").seed(1);
        final Node in = net.node(0.0).label("in");
        final Ensemble h = net.ensemble("h", 30, 1).neuronType(new RectifiedLinear()).gain(Dists.choice(1))
            .bias(Dists.uniform(0, 0.2));
        final Node out = net.passthrough(1).label("out");
        net.connect(in, h.neurons()).transform(Dists.he()).synapse(null);
        net.connect(h.neurons(), h.neurons()).transform(Dists.he(0.5, dev.neurovec.network.dists.VarianceScaling.Family.NORMAL))
            .synapse(new Lowpass(0));
        net.connect(h.neurons(), out).transform(Dists.glorot()).synapse(null);
        final Probe p = net.probe(out).label("out");
        final RandomState rng = new RandomState(5);
        final Tensor x = Tensor.zeros(SEQUENCES, STEPS, 1);
        final Tensor y = Tensor.zeros(SEQUENCES, STEPS, 1);
        for (int s = 0; s < SEQUENCES; s++) {
            float sum = 0;
            for (int t = 0; t < STEPS; t++) {
                final float v = (float) rng.uniform(0, 0.3);
                sum += v;
                x.set(v, s, t, 0);
                y.set(sum, s, t, 0);
            }
        }
        return new Task(net, in, p, x, y);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldLearnToIntegrateWithFullBptt() {
        final Task t = task();
        try (Simulator sim = new Simulator(t.net(), SimulatorOptions.defaults().withMinibatchSize(MINIBATCH))) {
            sim.compile(new Adam(0.01f), Losses.mse());
            final double before = sim.evaluate(Map.of(t.in(), t.x()), Map.of(t.out(), t.y())).get("loss");
            sim.fit(Map.of(t.in(), t.x()), Map.of(t.out(), t.y()), 200);
            final double after = sim.evaluate(Map.of(t.in(), t.x()), Map.of(t.out(), t.y())).get("loss");
            assertTrue(after < 0.02 * before && after < 5e-3, "full BPTT: MSE " + before + " -> " + after);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldLearnToIntegrateWithTruncatedBpttOverStatefulChunks() {
        final Task t = task();
        final int chunk = STEPS / 2;
        final Tensor xc = Tensor.zeros(2 * SEQUENCES, chunk, 1);
        final Tensor yc = Tensor.zeros(2 * SEQUENCES, chunk, 1);
        // minibatch k of a stateful fit continues minibatch k - 1: lay each chunk of a group of sequences
        // out so that the second chunk's minibatch directly follows the first's
        for (int g = 0; g < SEQUENCES / MINIBATCH; g++) {
            for (int c = 0; c < 2; c++) {
                for (int b = 0; b < MINIBATCH; b++) {
                    final int seq = g * MINIBATCH + b;
                    final int row = (g * 2 + c) * MINIBATCH + b;
                    for (int k = 0; k < chunk; k++) {
                        xc.set(t.x().get(seq, c * chunk + k, 0), row, k, 0);
                        yc.set(t.y().get(seq, c * chunk + k, 0), row, k, 0);
                    }
                }
            }
        }
        try (Simulator sim = new Simulator(t.net(), SimulatorOptions.defaults().withMinibatchSize(MINIBATCH))) {
            sim.compile(new Adam(0.01f), Losses.mse());
            final double before = sim.evaluate(Map.of(t.in(), t.x()), Map.of(t.out(), t.y())).get("loss");
            for (int epoch = 0; epoch < 200; epoch++) {
                for (int g = 0; g < SEQUENCES / MINIBATCH; g++) {
                    final Tensor xs = xc.rows(2 * g * MINIBATCH, (2 * g + 2) * MINIBATCH);
                    final Tensor ys = yc.rows(2 * g * MINIBATCH, (2 * g + 2) * MINIBATCH);
                    sim.fit(Map.of(t.in(), xs), Map.of(t.out(), ys), FitOptions.epochs(1).withStateful(true));
                    sim.resetState();
                }
            }
            final double after = sim.evaluate(Map.of(t.in(), t.x()), Map.of(t.out(), t.y())).get("loss");
            assertTrue(after < 0.05 * before && after < 1e-2, "truncated BPTT: MSE " + before + " -> " + after);
        }
    }
}
