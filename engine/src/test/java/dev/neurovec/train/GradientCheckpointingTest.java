package dev.neurovec.train;

import dev.neurovec.build.Signal;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.Tanh;
import dev.neurovec.network.synapses.Alpha;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Gradient checkpointing recomputes segments of the forward pass instead of recording every step; the
 * recomputation runs the same kernels on the same state, so the trained parameters must be
 * bit-identical to training with the full record, for segment lengths that divide the sequence and
 * ones that do not.
 */
class GradientCheckpointingTest {
    private static final int STEPS = 23;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldTrainBitIdenticallyWithCheckpointedSegments() {
        final double[][] full = train(0);
        for (int k : new int[] {1, 5, 10}) {
            final double[][] ckpt = train(k);
            assertEquals(full.length, ckpt.length);
            for (int i = 0; i < full.length; i++) {
                for (int j = 0; j < full[i].length; j++) {
                    assertEquals(Double.doubleToRawLongBits(full[i][j]), Double.doubleToRawLongBits(ckpt[i][j]),
                        "parameter " + i + "[" + j + "] with checkpoints every " + k + " steps: " + full[i][j] + " vs "
                            + ckpt[i][j]);
                }
            }
        }
    }

    private static double[][] train(final int every) {
        final Network net = new Network("ckpt").seed(4);
        final Node in = net.node(0.0, 0.0).label("in");
        final Ensemble h = net.ensemble("h", 12, 1).neuronType(new Tanh(1)).gain(Dists.choice(1)).bias(Dists.uniform(-1, 1));
        final Node out = net.passthrough(1).label("out");
        net.connect(in, h.neurons()).transform(Dists.glorot()).synapse(new Alpha(0.003));
        net.connect(h.neurons(), h.neurons()).transform(Dists.glorot(0.5, dev.neurovec.network.dists.VarianceScaling.Family.UNIFORM))
            .synapse(new Lowpass(0));
        net.connect(h.neurons(), out).transform(Dists.glorot()).synapse(new Lowpass(0.004));
        final Probe p = net.probe(out);
        final RandomState rng = new RandomState(3);
        final Tensor x = Tensor.zeros(8, STEPS, 2);
        final Tensor y = Tensor.zeros(8, STEPS, 1);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = (float) rng.uniform(-1, 1);
        }
        for (int i = 0; i < y.size(); i++) {
            y.data()[i] = (float) rng.uniform(-0.5, 0.5);
        }
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withMinibatchSize(4))) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(in, x), Map.of(p, y), FitOptions.epochs(3).withCheckpointEvery(every));
            final java.util.List<Signal> params = new java.util.ArrayList<>(sim.trainableSignals());
            params.sort(java.util.Comparator.comparing(Signal::name));
            final double[][] out2 = new double[params.size()][];
            for (int i = 0; i < params.size(); i++) {
                out2[i] = sim.read(params.get(i), 0);
            }
            return out2;
        }
    }
}
