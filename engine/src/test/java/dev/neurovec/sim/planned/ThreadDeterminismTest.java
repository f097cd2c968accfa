package dev.neurovec.sim.planned;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Same network, seed and inputs give bit-identical outputs whatever the thread count: large dense
 * products and neuron populations are split across threads at aligned boundaries, and each row or
 * element is computed by the same kernel code either way. Compared on raw bits, minibatch 1 and 8.
 */
class ThreadDeterminismTest {
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldGiveBitIdenticalOutputsForAnyThreadCount() {
        for (int batch : new int[] {1, 8}) {
            final float[][][] one = run(1, batch);
            for (int threads : new int[] {2, 3}) {
                final float[][][] many = run(threads, batch);
                for (int p = 0; p < one.length; p++) {
                    for (int k = 0; k < one[p].length; k++) {
                        for (int i = 0; i < one[p][k].length; i++) {
                            assertEquals(Float.floatToRawIntBits(one[p][k][i]), Float.floatToRawIntBits(many[p][k][i]),
                                "probe " + p + " step " + k + " [" + i + "] with " + threads + " threads, minibatch " + batch);
                        }
                    }
                }
            }
        }
    }

    private static float[][][] run(final int threads, final int batch) {
        final Network net = new Network("threads").seed(7);
        final Node in = net.node(0, 3, (t, x, out) -> {
            out[0] = Math.sin(10 * t);
            out[1] = Math.cos(7 * t);
            out[2] = 0.3;
        });
        // sizes keep the 300 x 2100 product and, at minibatch 8, the LIF population above the parallel thresholds
        final Ensemble a = net.ensemble("a", 2100, 3).neuronType(new Lif());
        final Ensemble b = net.ensemble("b", 300, 3).neuronType(new RectifiedLinear());
        net.connect(in, a);
        net.connect(a.neurons(), b.neurons()).transform(Dists.gaussian(0, 1e-3)).synapse(0.005);
        net.connect(b, a).transform(0.3);
        final List<Probe> probes = List.of(net.probe(a.neurons()), net.probe(b).synapse(0.01), net.probe(b.neurons()));
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withThreads(threads).withMinibatchSize(batch))) {
            sim.runSteps(40);
            final float[][][] out = new float[probes.size()][][];
            for (int p = 0; p < probes.size(); p++) {
                out[p] = sim.data(probes.get(p));
            }
            return out;
        }
    }
}
