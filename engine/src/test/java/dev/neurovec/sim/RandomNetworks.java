package dev.neurovec.sim;

import dev.neurovec.network.Connectable;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.neurons.Sigmoid;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import dev.neurovec.network.neurons.Tanh;
import dev.neurovec.network.synapses.Lowpass;

import java.util.ArrayList;
import java.util.List;

/**
 * Seeded random networks for executor agreement tests: ensembles of random types and sizes, input
 * nodes, passthrough nodes, decoded and neuron-level connections with functions, transforms,
 * contiguous and index slices, and synapses from none to Lowpass; probes on every object.
 */
final class RandomNetworks {
    private RandomNetworks() {
    }

    /** A generated network and its probes. */
    record Generated(Network network, List<Probe> probes) {
    }

    static Generated generate(final long seed, final boolean spiking) {
        final RandomState rng = new RandomState(seed);
        final Network net = new Network("random" + seed).seed(seed);
        final List<Connectable> sources = new ArrayList<>();
        final List<Connectable> targets = new ArrayList<>();
        final List<Ensemble> ensembles = new ArrayList<>();
        final List<Probe> probes = new ArrayList<>();
        final int nInputs = 1 + (int) rng.randint(2);
        for (int i = 0; i < nInputs; i++) {
            final double f = 1 + rng.uniform(0, 4);
            final int d = 1 + (int) rng.randint(3);
            final Node in = net.node(0, d, (t, x, out) -> {
                for (int k = 0; k < out.length; k++) {
                    out[k] = Math.sin(2 * Math.PI * f * t + k);
                }
            }).label("in" + i);
            sources.add(in);
        }
        final Node relay = net.passthrough(2).label("relay");
        sources.add(relay);
        targets.add(relay);
        final int nEns = 2 + (int) rng.randint(4);
        for (int i = 0; i < nEns; i++) {
            final int d = 1 + (int) rng.randint(3);
            final int n = 10 + (int) rng.randint(60);
            final Ensemble e = net.ensemble("ens" + i, n, d).neuronType(type(rng, spiking));
            ensembles.add(e);
            sources.add(e);
            targets.add(e);
            if (!e.isDirect()) {
                sources.add(e.neurons());
                targets.add(e.neurons());
            }
            probes.add(net.probe(e).synapse(0.01));
            probes.add(net.probe(e.neurons(), "output"));
            probes.add(net.probe(e, Ensemble.INPUT));
        }
        final int nConn = nEns + 2 + (int) rng.randint(6);
        for (int c = 0; c < nConn; c++) {
            final Connectable pre = sources.get((int) rng.randint(sources.size()));
            Connectable post = targets.get((int) rng.randint(targets.size()));
            if (pre == post && rng.randomSample() < 0.5) {
                post = targets.get(0);
            }
            try {
                final Connection conn = connect(net, rng, pre, post);
                probes.add(net.probe(conn, Connection.OUTPUT));
            } catch (IllegalArgumentException | dev.neurovec.errors.ValidationError e) {
                // incompatible random pair: skipped, the generator only keeps valid connections
            }
        }
        final int inDims = sources.get(0).sizeOut();
        for (Ensemble e : ensembles) {
            final double[][] t = new double[1][inDims];
            t[0][0] = 0.8;
            net.connect(sources.get(0), e.select(0)).synapse(0.005).transform(t);
        }
        probes.add(net.probe(relay));
        return new Generated(net, probes);
    }

    private static Connection connect(final Network net, final RandomState rng, final Connectable pre,
                                      final Connectable post) {
        Connectable src = pre;
        Connectable dst = post;
        if (pre.sizeOut() > 1 && rng.randomSample() < 0.4) {
            src = slice(rng, pre);
        }
        if (post.sizeIn() > 1 && rng.randomSample() < 0.4) {
            dst = slice(rng, post);
        }
        final Connection c = net.connect(src, dst);
        final double syn = rng.randomSample();
        if (syn < 0.3) {
            c.synapse(null);
        } else {
            c.synapse(new Lowpass(0.002 + 0.05 * rng.randomSample()));
        }
        final boolean decoded = src instanceof Ensemble || (src instanceof dev.neurovec.network.Slice s
            && s.target() instanceof Ensemble);
        if (decoded && rng.randomSample() < 0.5) {
            c.function(x -> x * x - 0.2);
        }
        if (src.sizeOut() == dst.sizeIn() && rng.randomSample() < 0.5) {
            c.transform(0.5 + rng.randomSample());
        } else {
            final int mid = src.sizeOut();
            // Neuron outputs are rates in Hz or spikes of 1/dt: scale them to currents of order one.
            final boolean fromNeurons = src instanceof dev.neurovec.network.Neurons
                || (src instanceof dev.neurovec.network.Slice s && s.target() instanceof dev.neurovec.network.Neurons);
            final double scale = (fromNeurons ? 2e-3 : 1.0) / Math.sqrt(mid);
            final double[][] t = new double[dst.sizeIn()][mid];
            for (double[] row : t) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = rng.uniform(-1, 1) * scale;
                }
            }
            c.transform(t);
        }
        if (src == dst || (c.synapse() == null && feedsBack(pre, post))) {
            c.synapse(new Lowpass(0.01));
        }
        return c;
    }

    /** Any connection may close a loop; a loop needs a synapse, so neuron-level self-loops get one. */
    private static boolean feedsBack(final Connectable pre, final Connectable post) {
        return true;
    }

    private static dev.neurovec.network.Slice slice(final RandomState rng, final Connectable c) {
        final int n = c.sizeOut() > 0 ? c.sizeOut() : c.sizeIn();
        if (rng.randomSample() < 0.5) {
            final int from = (int) rng.randint(n - 1);
            final int to = from + 1 + (int) rng.randint(n - from - 1 + 1);
            return slice(c, from, Math.min(to, n));
        }
        final int k = 1 + (int) rng.randint(Math.min(n, 4));
        final int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
            idx[i] = (int) rng.randint(n);
        }
        return select(c, idx);
    }

    private static dev.neurovec.network.Slice slice(final Connectable c, final int from, final int to) {
        if (c instanceof Ensemble e) {
            return e.slice(from, to);
        }
        if (c instanceof dev.neurovec.network.Neurons n) {
            return n.slice(from, to);
        }
        return ((Node) c).slice(from, to);
    }

    private static dev.neurovec.network.Slice select(final Connectable c, final int[] idx) {
        if (c instanceof Ensemble e) {
            return e.select(idx);
        }
        if (c instanceof dev.neurovec.network.Neurons n) {
            return n.select(idx);
        }
        return ((Node) c).select(idx);
    }

    private static NeuronType type(final RandomState rng, final boolean spiking) {
        final NeuronType[] rate = {new LifRate(), new RectifiedLinear(), new Sigmoid(), new Tanh()};
        final NeuronType[] spikes = {new Lif(), new SpikingRectifiedLinear(), new Lif(0.03, 0.001, 0, 1)};
        return spiking && rng.randomSample() < 0.7 ? spikes[(int) rng.randint(spikes.length)]
            : rate[(int) rng.randint(rate.length)];
    }
}
