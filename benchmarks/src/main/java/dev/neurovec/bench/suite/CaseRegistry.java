package dev.neurovec.bench.suite;

import dev.neurovec.network.library.BenchmarkNetworks;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.RectifiedLinear;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's cases by name, in run order. {@link #defaults()} is the one place cases are listed (no
 * classpath scanning): a new kind of benchmark implements {@link BenchCase} and is added there, or
 * passed to {@link BenchMain#run(String[], java.io.PrintStream, CaseRegistry)} in a registry of its
 * own. Names announced but not implemented yet are "pending": selecting one fails with the reason.
 */
public final class CaseRegistry {
    private final Map<String, BenchCase> cases = new LinkedHashMap<>();
    private final Map<String, String> pending = new LinkedHashMap<>();

    /** @return an empty registry */
    public static CaseRegistry empty() {
        return new CaseRegistry();
    }

    /**
     * The cases of issue 3 (and the peer networks of {@code targets.md}), with their peer figures;
     * {@code autoencoder} is pending here: the examples module, which has the tutorial's code, registers it
     * ({@code neurovec bench}).
     *
     * @return a registry of the built-in cases
     */
    public static CaseRegistry defaults() {
        final CaseRegistry r = new CaseRegistry();
        r.register(new SimulationCase("integrator_d16", "integrator as EnsembleArray, D=16, 64 neurons/dim, tau 0.01",
            true, () -> NengoNetworks.integrator(16), PeerFigures.nengo(0.062)));
        r.register(new SimulationCase("integrator_d64", "integrator as EnsembleArray, D=64, 64 neurons/dim, tau 0.01",
            false, () -> NengoNetworks.integrator(64), PeerFigures.nengo(0.110)));
        r.register(new SimulationCase("cconv_d16", "CircularConvolution(200 neurons, D=16)",
            true, () -> NengoNetworks.circularConvolution(16), PeerFigures.nengo(0.231)));
        r.register(new SimulationCase("cconv_d64", "CircularConvolution(200 neurons, D=64)",
            false, () -> NengoNetworks.circularConvolution(64), PeerFigures.nengo(0.614)));
        r.register(new SimulationCase("ea_chain", "input -> EnsembleArray(50, 512) -> EnsembleArray(50, 512)",
            false, () -> BenchmarkNetworks.ensembleArrayChain(512, 50), PeerFigures.nengo(1.06)));
        r.register(new SimulationCase("dense_lif_1000", "dense random LIF, N=1000, W ~ N(0, (0.02/sqrt N)^2)",
            true, () -> BenchmarkNetworks.denseRandomLif(1000, 0), PeerFigures.nengoAndBrian2(0.107, 0.046)));
        r.register(new SimulationCase("dense_lif_5000", "dense random LIF, N=5000, W ~ N(0, (0.02/sqrt N)^2)",
            false, () -> BenchmarkNetworks.denseRandomLif(5000, 0), PeerFigures.nengoAndBrian2(11.3, 1.71)));
        r.register(new SimulationCase("random_network_200x100",
            "NengoDL random_network: 200 ensembles x 100 neurons (1-D), 5 connections each, LIF",
            false, () -> BenchmarkNetworks.randomNetwork(1, 100, new Lif(), 200, 5, 0), PeerFigures.NONE));
        r.register(new SimulationCase("random_network_100x100_2d",
            "NengoDL random_network: 100 ensembles x 100 neurons (2-D), 5 connections each, LIF",
            false, () -> BenchmarkNetworks.randomNetwork(2, 50, new Lif(), 100, 5, 0), PeerFigures.nengo(5.97)));
        r.register(new SimulationCase("nengodl_cconv_128", "NengoDL cconv(128 dims, 64 neurons/dim, LIF)",
            false, () -> BenchmarkNetworks.cconv(128, 64, new Lif()), PeerFigures.nengoDl(2.25, 64)));
        r.register(new SimulationCase("nengodl_random_network",
            "NengoDL random_network(64 dims, 32 neurons/dim, ReLU, 20 ensembles, 5 connections)",
            false, () -> BenchmarkNetworks.randomNetwork(64, 32, new RectifiedLinear(), 20, 5, 0),
            PeerFigures.nengoDl(0.55, 1)));
        r.pending("autoencoder", "the training case needs the tutorial's code in the examples module; run it with"
            + " 'neurovec bench --case autoencoder'");
        return r;
    }

    /**
     * Adds a case; it replaces a pending entry of the same name.
     *
     * @param c the case
     * @return this
     * @throws IllegalArgumentException when a case of that name is already registered
     */
    public CaseRegistry register(final BenchCase c) {
        if (c == null || c.name() == null || !c.name().matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("case name = " + (c == null ? null : "'" + c.name() + "'")
                + "; expected lower case letters, digits and underscores");
        }
        if (cases.containsKey(c.name())) {
            throw new IllegalArgumentException("case '" + c.name() + "' is already registered");
        }
        pending.remove(c.name());
        cases.put(c.name(), c);
        return this;
    }

    /**
     * Announces a case that is not implemented yet.
     *
     * @param name   its name
     * @param reason why it is not available, and how to add it
     * @return this
     */
    public CaseRegistry pending(final String name, final String reason) {
        if (!cases.containsKey(name)) {
            pending.put(name, reason);
        }
        return this;
    }

    /** @return every registered case, in run order */
    public List<BenchCase> all() {
        return Collections.unmodifiableList(new ArrayList<>(cases.values()));
    }

    /** @return names announced but not registered, with the reason each is missing */
    public Map<String, String> pendingCases() {
        return Collections.unmodifiableMap(pending);
    }

    /**
     * @param name a case name
     * @return the case
     * @throws IllegalArgumentException naming the pending reason, or the known names
     */
    public BenchCase find(final String name) {
        final BenchCase c = cases.get(name);
        if (c != null) {
            return c;
        }
        if (pending.containsKey(name)) {
            throw new IllegalArgumentException("case '" + name + "' is not available: " + pending.get(name));
        }
        throw new IllegalArgumentException("unknown case '" + name + "'; known cases: " + String.join(", ",
            cases.keySet()));
    }

    /**
     * The cases a run selects: the named ones in the order given, else the quick subset with
     * {@code --quick}, else all.
     *
     * @param o suite settings
     * @return the cases to run
     */
    public List<BenchCase> select(final SuiteOptions o) {
        final List<BenchCase> out = new ArrayList<>();
        if (!o.cases().isEmpty()) {
            for (String n : o.cases()) {
                out.add(find(n));
            }
            return out;
        }
        for (BenchCase c : cases.values()) {
            if (!o.quick() || c.quick()) {
                out.add(c);
            }
        }
        return out;
    }
}
