package dev.neurovec.train;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.neurons.Lif;
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
 * Opt-in surrogate-gradient training: with {@code surrogateGradient(beta)} the forward pass of {@code fit}
 * spikes, so the loss it reports is the spiking network's, and gradients pass through the spikes (only
 * parameters upstream of the spiking neurons are trainable here); the trained spiking network then
 * matches its target in {@code evaluate} about as well as in training.
 */
class SurrogateGradientTest {
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldTrainASpikingNetworkThroughItsSpikes() {
        final Network net = new Network("surrogate").seed(3);
        net.config().surrogateGradient(5.0);
        final Node in = net.node(0.0).label("in");
        final Ensemble h = net.ensemble("h", 40, 1).neuronType(new Lif(0.02, 0.002, 0, 0.01))
            .maxRates(Dists.uniform(80, 160)).intercepts(Dists.uniform(-0.9, 0.9));
        final Node out = net.passthrough(1).label("out");
        net.connect(in, h).synapse(null);
        // output weights frozen: only encoders and biases, upstream of the spikes, can learn, so the loss
        // falls only if gradients pass through the spiking neurons
        net.connect(h.neurons(), out).transform(Dists.glorot()).synapse(new Lowpass(0.01)).trainable(false);
        final Probe p = net.probe(out).label("out");
        final int steps = 60;
        final int n = 32;
        final Tensor x = Tensor.zeros(n, steps, 1);
        final Tensor y = Tensor.zeros(n, steps, 1);
        for (int i = 0; i < n; i++) {
            final float v = -0.9f + 1.8f * i / (n - 1);
            for (int t = 0; t < steps; t++) {
                x.set(v, i, t, 0);
                // the target ramps in with the synapse, so early steps ask for what a filter can give
                y.set((float) (0.6 * v * (1 - Math.exp(-(t + 1) * 0.001 / 0.01))), i, t, 0);
            }
        }
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withMinibatchSize(16))) {
            sim.compile(new Adam(3e-3f), Losses.mse());
            final History h2 = sim.fit(Map.of(in, x), Map.of(p, y), 60);
            final double[] loss = h2.get("loss");
            final double spiking = sim.evaluate(Map.of(in, x), Map.of(p, y)).get("loss");
            assertTrue(loss[loss.length - 1] < 0.5 * loss[0], "surrogate training: loss " + loss[0] + " -> "
                + loss[loss.length - 1]);
            // fit's forward pass spiked, so its loss is the spiking network's loss (up to the last update)
            assertTrue(spiking < 2 * loss[loss.length - 1] + 1e-3, "spiking evaluate " + spiking + " vs training "
                + loss[loss.length - 1]);
        }
    }
}
