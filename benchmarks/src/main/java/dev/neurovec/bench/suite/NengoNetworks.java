package dev.neurovec.bench.suite;

import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.library.BenchmarkNetwork;
import dev.neurovec.network.library.CircularConvolution;
import dev.neurovec.network.library.Integrator;

/**
 * The Nengo-reference cases of {@code targets.md} that are plain library networks: built with Nengo's
 * default ensembles (LIF, max rates U(200, 400), intercepts U(-1, 0.9)), not NengoDL's benchmark gains
 * and biases, because spike counts drive the cost of event-driven products and NengoDL's config leaves
 * most neurons of a near-zero representation silent.
 */
final class NengoNetworks {
    private NengoNetworks() {
    }

    /**
     * {@code targets.md}: "integrator as EnsembleArray(64 neurons, D), recurrent synapse 0.01". Input: a
     * constant zero vector through the integrator's scaled input connection, as NengoDL's benchmark.
     *
     * @param dimensions D
     * @return the network and its output probe
     */
    static BenchmarkNetwork integrator(final int dimensions) {
        final Network net = new Network("integrator_d" + dimensions).seed(0);
        final Integrator integ = Integrator.add(net, "integ", 64, dimensions, 0.01);
        final Node inp = net.node(new double[dimensions]).label("inp");
        integ.connectInput(inp);
        return new BenchmarkNetwork(net, net.probe(integ.output()));
    }

    /**
     * {@code targets.md}: "CircularConvolution(200 neurons, D)". Inputs: two random unit vectors (seeded)
     * held constant, through the default 5 ms synapse.
     *
     * @param dimensions D
     * @return the network and its output probe
     */
    static BenchmarkNetwork circularConvolution(final int dimensions) {
        final Network net = new Network("cconv_d" + dimensions).seed(0);
        final CircularConvolution cc = CircularConvolution.add(net, "cconv", 200, dimensions);
        final Node a = net.node(unitVector(dimensions, 1)).label("a");
        final Node b = net.node(unitVector(dimensions, 2)).label("b");
        net.connect(a, cc.inputA());
        net.connect(b, cc.inputB());
        return new BenchmarkNetwork(net, net.probe(cc.output()));
    }

    private static double[] unitVector(final int d, final long seed) {
        final RandomState rng = new RandomState(seed);
        final double[] v = new double[d];
        double norm = 0;
        for (int i = 0; i < d; i++) {
            v[i] = rng.standardNormal();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < d; i++) {
            v[i] /= Math.sqrt(norm);
        }
        return v;
    }
}
