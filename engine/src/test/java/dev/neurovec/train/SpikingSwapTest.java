package dev.neurovec.train;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NengoDL's {@code test_spiking_swap} intent: a LIF network trained with {@code fit} (which runs the
 * neurons as LIFRate, so gradients exist) computes the trained function when {@code predict} runs it
 * with spikes, read through a synapse.
 */
class SpikingSwapTest {
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldTrainInRateModeThenComputeWithSpikes() {
        final Network net = new Network("swap").seed(2);
        final Node in = net.node(0.0).label("in");
        // amplitude 1/max rate, as NengoDL advises, keeps neuron outputs of order one
        final Ensemble h = net.ensemble("h", 60, 1).neuronType(new Lif(0.02, 0.002, 0, 0.01)).maxRates(Dists.uniform(100, 200))
            .intercepts(Dists.uniform(-0.8, 0.8));
        final Node out = net.passthrough(1).label("out");
        net.connect(in, h).synapse(null);
        net.connect(h.neurons(), out).transform(Dists.glorot()).synapse(null);
        final Probe rate = net.probe(out).label("rate");
        final Probe filtered = net.probe(out).label("filtered").synapse(0.02);
        final Probe spikes = net.probe(h.neurons()).label("spikes");
        final int n = 64;
        final Tensor x = Tensor.zeros(n, 1, 1);
        final Tensor y = Tensor.zeros(n, 1, 1);
        for (int i = 0; i < n; i++) {
            final float v = -0.9f + 1.8f * i / (n - 1);
            x.set(v, i, 0, 0);
            y.set(v * v, i, 0, 0);
        }
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withMinibatchSize(16))) {
            sim.compile(new Adam(0.01f), Map.of(rate, Losses.mse()), Map.of(), Map.of());
            final History history = sim.fit(Map.of(in, x), Map.of(rate, y), 300);
            final double[] loss = history.get("loss");
            // fit runs LIF as LIFRate, so its loss is the rate network's; evaluate (inference mode, one step)
            // would score single spikes
            assertTrue(loss[loss.length - 1] < 0.01 && loss[0] > 10 * loss[loss.length - 1],
                "rate-mode MSE over training: " + loss[0] + " -> " + loss[loss.length - 1]);
            final int steps = 400;
            final Tensor xs = Tensor.zeros(16, steps, 1);
            for (int b = 0; b < 16; b++) {
                for (int t = 0; t < steps; t++) {
                    xs.set(x.get(b * 4, 0, 0), b, t, 0);
                }
            }
            final Map<Probe, Tensor> out2 = sim.predict(Map.of(in, xs));
            final Tensor s = out2.get(spikes);
            for (int i = 0; i < s.size(); i++) {
                final float v = s.data()[i];
                assertTrue(v == 0f || Math.abs(v - 10f) < 1e-4, "predict must spike (height amplitude/dt = 10): " + v);
            }
            double err = 0;
            for (int b = 0; b < 16; b++) {
                double mean = 0;
                for (int t = steps - 200; t < steps; t++) {
                    mean += out2.get(filtered).get(b, t, 0) / 200.0;
                }
                final double target = y.get(b * 4, 0, 0);
                err = Math.max(err, Math.abs(mean - target));
            }
            assertTrue(err < 0.1, "spiking output (filtered, averaged) misses x^2 by up to " + err);
            assertEquals(1, sim.predict(Map.of(in, xs)).get(rate).dim(2));
        }
    }
}
