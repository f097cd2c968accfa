package dev.neurovec.network.library;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.solvers.NoSolver;
import dev.neurovec.network.synapses.Lowpass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The networks of NengoDL's {@code benchmarks.py} (nengo-semantics.md §6.1) and of the peer figures in
 * {@code targets.md}, each seeded so that every build is the same.
 *
 * <p>NengoDL's three builders ({@link #cconv}, {@link #integrator}, {@link #randomNetwork}) set, on the
 * whole network, the neuron type, gains {@code Choice([1, -1])} and biases {@code Uniform(-1, 1)}; the
 * two others ({@link #denseRandomLif}, {@link #ensembleArrayChain}) follow {@code targets.md}.
 */
public final class BenchmarkNetworks {
    /** NengoDL builds its cconv and integrator benchmarks with network seed 0. */
    private static final long NENGODL_SEED = 0;

    private BenchmarkNetworks() {
    }

    /**
     * NengoDL's {@code cconv}: a {@link CircularConvolution} of {@code neuronsPerD} neurons per product
     * and {@code dimensions} D, fed a constant zero vector (a) and a constant ones vector (b) through
     * the default 5 ms synapse; the probe reads the unfiltered output. {@code cconv(128, 64, LIF)} has
     * 16,640 neurons.
     *
     * @param dimensions  D, &gt;= 1
     * @param neuronsPerD neurons per element-wise product, &gt;= 1
     * @param neuronType  neuron type of every ensemble
     * @return the network and its output probe
     */
    public static BenchmarkNetwork cconv(final int dimensions, final int neuronsPerD, final NeuronType neuronType) {
        final Network net = nengoDlNetwork("cconv", NENGODL_SEED, neuronType);
        final CircularConvolution cc = CircularConvolution.add(net, "cconv", neuronsPerD, dimensions);
        final Node a = net.node(new double[dimensions]).label("inp_a");
        final double[] ones = new double[dimensions];
        Arrays.fill(ones, 1.0);
        final Node b = net.node(ones).label("inp_b");
        net.connect(a, cc.inputA());
        net.connect(b, cc.inputB());
        return new BenchmarkNetwork(net, net.probe(cc.output()));
    }

    /**
     * NengoDL's {@code integrator}: an {@link Integrator} of {@code dimensions} 1-D ensembles of
     * {@code neuronsPerD} neurons with a 10 ms feedback synapse, fed a constant zero vector scaled by
     * 0.01 through the default 5 ms synapse; the probe reads the unfiltered output.
     *
     * @param dimensions  integrated dimensions, &gt;= 1
     * @param neuronsPerD neurons per ensemble, &gt;= 1
     * @param neuronType  neuron type of every ensemble
     * @return the network and its output probe
     */
    public static BenchmarkNetwork integrator(final int dimensions, final int neuronsPerD,
                                              final NeuronType neuronType) {
        final Network net = nengoDlNetwork("integrator", NENGODL_SEED, neuronType);
        final Integrator integ = Integrator.add(net, "integ", neuronsPerD, dimensions, 0.01);
        final Node inp = net.node(new double[dimensions]).label("inp");
        integ.connectInput(inp);
        return new BenchmarkNetwork(net, net.probe(integ.output()));
    }

    /**
     * NengoDL's {@code random_network}: {@code nEnsembles} ensembles of {@code neuronsPerD * dimensions}
     * neurons and {@code dimensions} dimensions. Each is fed by a constant zero input node, decodes into
     * an output node, and decodes into {@code connectionsPerEnsemble} ensembles drawn uniformly with
     * replacement (self-connections allowed); decoders are all ones ({@code NoSolver}), so no least
     * squares are solved. Every connection keeps the default 5 ms synapse.
     *
     * <p>NengoDL draws the targets from numpy's global generator; here they come from
     * {@code RandomState(seed)}, one {@code randint(nEnsembles)} per connection, ensemble by ensemble.
     *
     * @param dimensions             dimensions of each ensemble, &gt;= 1
     * @param neuronsPerD            neurons per dimension, &gt;= 1
     * @param neuronType             neuron type of every ensemble
     * @param nEnsembles             number of ensembles, &gt;= 1
     * @param connectionsPerEnsemble outgoing ensemble-to-ensemble connections of each, &gt;= 0
     * @param seed                   network seed and the seed of the target draws, 0 .. 2^32 - 1
     * @return the network and its probe of the output node
     */
    public static BenchmarkNetwork randomNetwork(final int dimensions, final int neuronsPerD,
                                                 final NeuronType neuronType, final int nEnsembles,
                                                 final int connectionsPerEnsemble, final long seed) {
        final String who = "BenchmarkNetworks.randomNetwork";
        Checks.atLeast(who, "dimensions", dimensions, 1);
        Checks.atLeast(who, "neuronsPerD", neuronsPerD, 1);
        Checks.atLeast(who, "nEnsembles", nEnsembles, 1);
        Checks.atLeast(who, "connectionsPerEnsemble", connectionsPerEnsemble, 0);
        checkSeed(who, seed);
        final Network net = nengoDlNetwork("random_network", seed, neuronType);
        final Node inp = net.node(new double[dimensions]).label("inp");
        final Node out = net.passthrough(dimensions).label("out");
        final int n = neuronsPerD * dimensions;
        final List<Ensemble> ensembles = new ArrayList<>(nEnsembles);
        for (int i = 0; i < nEnsembles; i++) {
            ensembles.add(net.ensemble(n, dimensions));
        }
        final double[][] ones = new double[n][dimensions];
        for (double[] row : ones) {
            Arrays.fill(row, 1.0);
        }
        final NoSolver decoders = new NoSolver(ones, false);
        final RandomState rng = new RandomState(seed);
        for (Ensemble e : ensembles) {
            // Every ensemble has an input and an output, so none is left without a path to the probe.
            net.connect(inp, e);
            net.connect(e, out).solver(decoders);
            for (int k = 0; k < connectionsPerEnsemble; k++) {
                net.connect(e, ensembles.get((int) rng.randint(nEnsembles))).solver(decoders);
            }
        }
        return new BenchmarkNetwork(net, net.probe(out));
    }

    /**
     * The dense random LIF network of {@code targets.md}: one ensemble of {@code n} LIF neurons with
     * gain 1 and biases {@code Uniform(1.05, 1.5)} (so every neuron fires on its own, at about 16 to 42
     * Hz), connected neuron to neuron through a dense {@code n x n} matrix drawn from
     * {@code N(0, (0.02 / sqrt(n))^2)} and a 5 ms Lowpass. The probe records the spikes of the first
     * {@code min(n, 100)} neurons: enough to check activity, too few to cost anything per step.
     *
     * @param n    number of neurons, &gt;= 1
     * @param seed network seed, 0 .. 2^32 - 1
     * @return the network and its spike probe
     */
    public static BenchmarkNetwork denseRandomLif(final int n, final long seed) {
        final String who = "BenchmarkNetworks.denseRandomLif";
        Checks.atLeast(who, "n", n, 1);
        checkSeed(who, seed);
        final Network net = new Network("dense_random_lif").seed(seed);
        final Ensemble ens = net.ensemble("lif", n, 1)
            .neuronType(new dev.neurovec.network.neurons.Lif())
            .gain(Dists.choice(1.0))
            .bias(Dists.uniform(1.05, 1.5));
        net.connect(ens.neurons(), ens.neurons())
            .transform(Dists.gaussian(0, 0.02 / Math.sqrt(n)))
            .synapse(new Lowpass(0.005));
        return new BenchmarkNetwork(net, net.probe(ens.neurons().slice(0, Math.min(n, 100)), "output"));
    }

    /**
     * The chain of {@code targets.md}: a constant input node of {@code nEnsembles} values feeds an
     * {@link EnsembleArray} of {@code nEnsembles} 1-D ensembles of {@code neuronsPerEnsemble} neurons,
     * whose output feeds a second such array; both connections keep the default 5 ms synapse and every
     * ensemble Nengo's defaults. {@code (512, 50)} has 51,200 neurons.
     *
     * <p>Where {@code targets.md} is silent: the input is {@code 0.8 sin(i)} for element {@code i}
     * (spread over the represented range so that every ensemble fires), the network seed is 0, and the
     * probe reads the second array's unfiltered output.
     *
     * @param nEnsembles         ensembles per array, &gt;= 1
     * @param neuronsPerEnsemble neurons per ensemble, &gt;= 1
     * @return the network and its output probe
     */
    public static BenchmarkNetwork ensembleArrayChain(final int nEnsembles, final int neuronsPerEnsemble) {
        final String who = "BenchmarkNetworks.ensembleArrayChain";
        Checks.atLeast(who, "nEnsembles", nEnsembles, 1);
        Checks.atLeast(who, "neuronsPerEnsemble", neuronsPerEnsemble, 1);
        final Network net = new Network("ensemble_array_chain").seed(0);
        final double[] values = new double[nEnsembles];
        for (int i = 0; i < nEnsembles; i++) {
            values[i] = 0.8 * Math.sin(i);
        }
        final Node inp = net.node(values).label("inp");
        final EnsembleArray first = EnsembleArray.add(net, "ea1", neuronsPerEnsemble, nEnsembles);
        final EnsembleArray second = EnsembleArray.add(net, "ea2", neuronsPerEnsemble, nEnsembles);
        net.connect(inp, first.input());
        net.connect(first.output(), second.input());
        return new BenchmarkNetwork(net, net.probe(second.output()));
    }

    /** A network with NengoDL's benchmark configuration (nengo-semantics.md §6.1). */
    private static Network nengoDlNetwork(final String label, final long seed, final NeuronType neuronType) {
        if (neuronType == null) {
            throw ValidationError.of("BenchmarkNetworks." + label, "neuronType", null, "a neuron type");
        }
        final Network net = new Network(label).seed(seed);
        net.config().ensemble().neuronType(neuronType).gain(Dists.choice(1, -1)).bias(Dists.uniform(-1, 1));
        return net;
    }

    private static void checkSeed(final String who, final long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw ValidationError.of(who, "seed", seed, "0 <= seed <= 2^32 - 1");
        }
    }
}
