package dev.neurovec.io;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.tensor.Tensor;

/** Small networks and data the checkpoint tests share. */
final class TestNets {
    static final int SIZE = 12;
    static final int ROWS = 16;
    static final int MINIBATCH = 4;

    private TestNets() {
    }

    /** The tutorial's auto-encoder, shrunk: input node, two ReLU layers, Glorot weights. */
    record AutoEncoder(Network net, Node in, Ensemble hidden, Ensemble out, Probe probe) {
    }

    static AutoEncoder autoEncoder() {
        final Network net = new Network("autoencoder").seed(0);
        final Node in = net.node(new double[SIZE]).label("in");
        final Ensemble hidden = net.ensemble("hidden", 6, 1).neuronType(new RectifiedLinear())
            .gain(Dists.choice(1)).bias(Dists.choice(0));
        final Ensemble out = net.ensemble("out", SIZE, 1).neuronType(new RectifiedLinear())
            .gain(Dists.choice(1)).bias(Dists.choice(0));
        net.connect(in, hidden.neurons()).transform(Dists.glorot()).synapse(null);
        net.connect(hidden.neurons(), out.neurons()).transform(Dists.glorot()).synapse(null);
        final Probe p = net.probe(out.neurons()).label("out");
        return new AutoEncoder(net, in, hidden, out, p);
    }

    /** {@code (ROWS, 1, SIZE)} uniform values in [0, 1). */
    static Tensor data(final long seed) {
        final RandomState rng = new RandomState(seed);
        final Tensor x = Tensor.zeros(ROWS, 1, SIZE);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < SIZE; c++) {
                x.set((float) rng.uniform(0, 1), r, 0, c);
            }
        }
        return x;
    }

    /** A spiking NEF network with state: LIF voltages, lowpass synapses, a decoded function. */
    record Spiking(Network net, Node in, Ensemble a, Ensemble b, Probe probe) {
    }

    static Spiking spiking() {
        final Network net = new Network("nef").seed(3);
        final Node in = net.node(t -> Math.sin(8 * t)).label("in");
        final Ensemble a = net.ensemble("a", 30, 1).neuronType(new Lif());
        final Ensemble b = net.ensemble("b", 20, 1).neuronType(new Lif());
        net.connect(in, a).synapse(new Lowpass(0.005));
        net.connect(a, b).function(x -> x * x).synapse(new Lowpass(0.01));
        final Probe p = net.probe(b).synapse(0.01).label("b");
        return new Spiking(net, in, a, b, p);
    }
}
