package dev.neurovec.loihi;

import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.processes.WhiteSignal;
import dev.neurovec.network.solvers.LstsqL2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference networks of hardware.md §E6 (1-6) with the fidelity bars of §E4.7, and the NengoDL tutorial's
 * NEF network. The §E6 ensembles use nengo-loihi's test defaults ({@code set_defaults}: max rates U(100, 120) Hz,
 * intercepts U(-1, 0.5)) and their probes filter with a 30 ms lowpass; the tutorial's network keeps Nengo's
 * defaults and its own probes. Inputs are band-limited white signals ({@link WhiteSignal}, 5 Hz) with explicit
 * seeds, so the host precompute and the float reference draw identical input.
 */
public final class ReferenceNetworks {
    private static final double PROBE_TAU = 0.03;
    private static final int SETTLE = 100;

    private ReferenceNetworks() {
    }

    /** @return every reference network, in test-matrix order */
    public static List<ReferenceNetwork> all() {
        return List.of(
            new ReferenceNetwork("ens-ens", "E6.1: ensemble -> ensemble computing x + 0.5 (1-D, 100/101 neurons),"
                + " decoded and weight solvers", 600, ReferenceNetworks::ensEns),
            new ReferenceNetwork("node-ens-ens", "E6.2: band-limited input -> ensemble -> ensemble with a function,"
                + " 1-D (x^2) and 2-D (rotation)", 1000, ReferenceNetworks::nodeEnsEns),
            new ReferenceNetwork("square-weights", "E6.3: x^2 with a weight solver (neuron-to-neuron weights)", 1000,
                ReferenceNetworks::squareWeights),
            new ReferenceNetwork("integrator", "E6.4: recurrent integrator (tau 0.1 s) of a pulse input", 1200,
                ReferenceNetworks::integrator),
            new ReferenceNetwork("oscillator", "E6.4: 2-D recurrent oscillator (1 Hz, tau 0.1 s) started by a kick",
                1000, ReferenceNetworks::oscillator),
            new ReferenceNetwork("ens16d", "E6.5: 1000-neuron 16-D ensemble -> 16-D ensemble (decode block split in 3)",
                500, ReferenceNetworks::ens16d),
            new ReferenceNetwork("big2500", "E6.6: 2,500-neuron ensemble (auto-split into 3 blocks)", 800,
                ReferenceNetworks::big2500),
            new ReferenceNetwork("nef-sin-square", "the NengoDL tutorial's NEF network: white signal -> 50 LIF ->"
                + " 50 LIF (x^2) -> host node (sin), node probes on the host", 2000, ReferenceNetworks::nefSinSquare));
    }

    /**
     * @param name a reference network name
     * @return it
     */
    public static ReferenceNetwork get(final String name) {
        for (ReferenceNetwork r : all()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no reference network '" + name + "'; expected one of "
            + all().stream().map(ReferenceNetwork::name).toList());
    }

    private static Ensemble ens(final Network net, final String label, final int n, final int d) {
        return net.ensemble(label, n, d).maxRates(Dists.uniform(100, 120)).intercepts(Dists.uniform(-1.0, 0.5));
    }

    private static Probe probe(final Network net, final Ensemble e, final String label) {
        return net.probe(e).synapse(PROBE_TAU).label(label);
    }

    /** A seeded 5 Hz white-signal node of {@code dims} dimensions with the given RMS per dimension. */
    private static Node signalNode(final Network net, final int dims, final double rms, final long seed) {
        return net.node(new WhiteSignal(2.0, 5.0, rms, 0.0, seed), 0, dims).label("input");
    }

    static ReferenceNetwork.Instance ensEns() {
        final Network net = new Network("ens-ens").seed(1);
        final Ensemble a = ens(net, "a", 100, 1);
        final Ensemble b = ens(net, "b", 101, 1);
        final Ensemble bw = ens(net, "b_weights", 101, 1);
        net.connect(a, b).function(x -> x + 0.5);
        net.connect(a, bw).function(x -> x + 0.5).solver(new LstsqL2(0.1, true));
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(probe(net, a, "a"), new Tolerance(0.03, SETTLE, 5, "nengo-loihi test_ens_ens: a within 0 +- 0.03"));
        tol.put(probe(net, b, "b"), new Tolerance(0.075, SETTLE, 5,
            "nengo-loihi test_ens_ens: b within 0.5 +- 0.075 after 0.1 s"));
        tol.put(probe(net, bw, "b_weights"), new Tolerance(0.075, SETTLE, 5,
            "nengo-loihi test_ens_ens (weight solver): 0.5 +- 0.075 after 0.1 s"));
        return new ReferenceNetwork.Instance(net, tol);
    }

    static ReferenceNetwork.Instance nodeEnsEns() {
        final Network net = new Network("node-ens-ens").seed(2);
        final Node u1 = signalNode(net, 1, 0.5, 21);
        final Ensemble a1 = ens(net, "a1", 100, 1);
        final Ensemble b1 = ens(net, "b1", 100, 1);
        net.connect(u1, a1);
        net.connect(a1, b1).function(x -> x * x);
        final Node u2 = signalNode(net, 2, 0.4, 22).label("input2");
        final Ensemble a2 = ens(net, "a2", 200, 2);
        final Ensemble b2 = ens(net, "b2", 200, 2);
        net.connect(u2, a2);
        net.connect(a2, b2).function(2, (x, y) -> {
            y[0] = x[1];
            y[1] = -x[0];
        });
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        final String src = "nengo-loihi test_node_ens_ens: a atol 0.1, f(a) atol 0.1";
        tol.put(probe(net, a1, "a1"), new Tolerance(0.1, SETTLE, 6, src));
        tol.put(probe(net, b1, "b1_square"), new Tolerance(0.1, SETTLE, 6, src));
        tol.put(probe(net, a2, "a2"), new Tolerance(0.1, SETTLE, 6, src));
        tol.put(probe(net, b2, "b2_rotated"), new Tolerance(0.1, SETTLE, 6, src));
        return new ReferenceNetwork.Instance(net, tol);
    }

    static ReferenceNetwork.Instance squareWeights() {
        final Network net = new Network("square-weights").seed(3);
        final Node u = signalNode(net, 1, 0.5, 31);
        final Ensemble a = ens(net, "a", 100, 1);
        final Ensemble b = ens(net, "b", 100, 1);
        net.connect(u, a);
        net.connect(a, b).function(x -> x * x).solver(new LstsqL2(0.1, true));
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        final String src = "nengo-loihi test_nengo_comm_channel_compare: atol 0.07, xtol 6 steps";
        tol.put(probe(net, a, "a"), new Tolerance(0.07, SETTLE, 6, src));
        tol.put(probe(net, b, "b_square"), new Tolerance(0.07, SETTLE, 6, src));
        return new ReferenceNetwork.Instance(net, tol);
    }

    static ReferenceNetwork.Instance integrator() {
        final Network net = new Network("integrator").seed(4);
        final double tau = 0.1;
        final Node u = net.node(t -> t > 0.1 && t <= 0.5 ? 2.0 : t > 0.7 && t <= 1.0 ? -1.6 : 0.0).label("input");
        final Ensemble x = ens(net, "x", 200, 1);
        net.connect(u, x).transform(tau).synapse(tau);
        net.connect(x, x).synapse(tau);
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(probe(net, x, "x"), new Tolerance(0.15, SETTLE, 10,
            "measured margin: decode-neuron noise integrates (nengo-loihi #125, #150); no nengo-loihi bar"));
        return new ReferenceNetwork.Instance(net, tol);
    }

    static ReferenceNetwork.Instance oscillator() {
        final Network net = new Network("oscillator").seed(5);
        final double tau = 0.1;
        final double w = 2 * Math.PI;
        final Node kick = net.node(0, 2, (t, x, out) -> {
            out[0] = t <= 0.1 ? 1.0 : 0.0;
            out[1] = 0.0;
        }).label("kick");
        final Ensemble x = ens(net, "x", 400, 2);
        net.connect(kick, x).synapse(tau);
        final Connection rec = net.connect(x, x).synapse(tau);
        rec.transform(new double[][] {{1, w * tau}, {-w * tau, 1}});
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(probe(net, x, "x"), new Tolerance(0.25, SETTLE, 10,
            "measured margin: phase and amplitude drift of a spiking oscillator (nengo-loihi #125, #150)"));
        return new ReferenceNetwork.Instance(net, tol);
    }

    static ReferenceNetwork.Instance ens16d() {
        final Network net = new Network("ens16d").seed(6);
        final Node u = signalNode(net, 16, 0.15, 61);
        final Ensemble a = ens(net, "a", 1000, 16);
        final Ensemble b = ens(net, "b", 1000, 16);
        net.connect(u, a);
        net.connect(a, b);
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        final String src = "measured margin (16-D, 62 neurons per dimension)";
        tol.put(probe(net, a, "a"), new Tolerance(0.1, SETTLE, 6, src));
        tol.put(probe(net, b, "b"), new Tolerance(0.1, SETTLE, 6, src));
        return new ReferenceNetwork.Instance(net, tol);
    }

    /**
     * The NengoDL tutorial's NEF network, built as the examples' {@code NefSinSquare.build()} builds it (network
     * seed 0, the white signal seeded with the first seed a simulator seeded 0 would draw, Nengo's default
     * ensembles): {@code inpt} (host) -> {@code ens0} -> {@code ens1} (x^2) -> passthrough {@code outpt} (sin, a
     * chip->host connection), probes on {@code inpt} and, through 5 ms, on {@code outpt}; both are host probes.
     */
    static ReferenceNetwork.Instance nefSinSquare() {
        final Network net = new Network("sin-x-squared").seed(0);
        final long signalSeed = new RandomState(0).nextSeed();
        final Node inpt = net.node(new WhiteSignal(1, 5, 0.3, null, signalSeed)).label("inpt");
        final Ensemble ens0 = net.ensemble("ens0", 50, 1);
        final Ensemble ens1 = net.ensemble("ens1", 50, 1);
        final Node outpt = net.passthrough(1).label("outpt");
        net.connect(inpt, ens0);
        net.connect(ens0, ens1).function(x -> x * x);
        net.connect(ens1, outpt).function(Math::sin);
        final Probe inptP = net.probe(inpt).label("inpt_p");
        final Probe outptP = net.probe(outpt).synapse(0.005).label("outpt_p");
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(inptP, new Tolerance(0.0, 0, 0, "exact: a probe of a host node is simulated on the host by the"
            + " same float64 computation as the reference"));
        // The chip path lags the float network by about 14 steps: two more 5 ms filters (decodeTau after the host
        // input and after the decode neurons) plus the host-link, axon and chip->host one-step latencies.
        tol.put(outptP, new Tolerance(0.1, SETTLE, 15, "nengo-loihi test_node_ens_ens: f(a) atol 0.1 (node -> ens ->"
            + " ens with a function), here read out through a chip->host connection"));
        return new ReferenceNetwork.Instance(net, tol);
    }

    static ReferenceNetwork.Instance big2500() {
        final Network net = new Network("big2500").seed(7);
        final Node u = signalNode(net, 1, 0.5, 71);
        final Ensemble a = ens(net, "a", 2500, 1).nEvalPoints(750);
        net.connect(u, a);
        final Probe p = probe(net, a, "a");
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(p, new Tolerance(0.075, SETTLE, 6, "nengo-loihi test_ens_ens bar (0.075) applied to a large ensemble"));
        return new ReferenceNetwork.Instance(net, tol);
    }
}
