package dev.neurovec.spinnaker;

import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.processes.WhiteSignal;
import dev.neurovec.network.solvers.LstsqL2;
import dev.neurovec.network.synapses.Alpha;
import dev.neurovec.network.synapses.LinearFilter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference networks of hardware.md §E6 that apply to SpiNNaker, with the tolerances of §E4.7 (and of the
 * nengo-loihi tests of §C.1 where §E4.7 gives none; the rest are this module's, marked "ours"). White-signal
 * inputs carry explicit seeds, so the host's pre-computed value-source frames and the float simulation see the
 * same signal.
 */
public final class ReferenceNetworks {
    private static final String C1_ENS_ENS = "C.1 test_ens_ens atol 0.075 after 0.1 s";
    private static final String C1_NODE = "C.1 test_node_ens_ens atol 0.1";
    private static final String OURS = "ours: no published bound; chosen before measuring";

    private ReferenceNetworks() {
    }

    /** @return every reference network, in the order of §E6 */
    public static List<ReferenceNetwork> all() {
        return List.of(
            new ReferenceNetwork("ens-ens-offset", "E6.1: ensemble (100 LIF) -> ensemble (101 LIF) computing x + 0.5,"
                + " decoded", 1000, null, () -> offset(false)),
            new ReferenceNetwork("ens-ens-offset-weights", "E6.1: the same with a weight solver (mapped as recovered"
                + " decoders)", 1000, null, () -> offset(true)),
            new ReferenceNetwork("node-ens-ens-1d", "E6.2: band-limited input -> ensemble -> ensemble computing x^2,"
                + " 1-D", 1000, null, () -> nodeEnsEns(1)),
            new ReferenceNetwork("node-ens-ens-2d", "E6.2: the same in 2-D (element-wise x^2)", 1000, null,
                () -> nodeEnsEns(2)),
            new ReferenceNetwork("square-weights", "E6.3: sine -> ensemble -> ensemble computing x^2 with a weight"
                + " solver", 1000, null, ReferenceNetworks::squareWeights),
            new ReferenceNetwork("integrator", "E6.4: recurrent integrator (200 LIF, tau 0.1 s) of input pulses", 1000,
                null, ReferenceNetworks::integrator),
            new ReferenceNetwork("oscillator", "E6.4: 2-D recurrent oscillator (300 LIF, 1 Hz, tau 0.1 s) kicked at"
                + " start", 1000, null, ReferenceNetworks::oscillator),
            new ReferenceNetwork("ensemble-16d", "E6.5: 1000-neuron 16-D ensemble, 16-D in and out (4 cores)", 500,
                null, ReferenceNetworks::ensemble16d),
            new ReferenceNetwork("fan-stress", "E6.9: 64 ensembles -> 1 hub -> 64 ensembles with distinct"
                + " transforms, on chips with 48 free router entries", 500, 48, ReferenceNetworks::fanStress),
            new ReferenceNetwork("tuning-curves", "E6.10: 100 LIF, gain 1, bias 0..40, spike rates", 1000, null,
                ReferenceNetworks::tuningCurves),
            new ReferenceNetwork("lowpass-step", "E6.10: step through passthroughs with Lowpass 0.01, 0.05, 0.1",
                500, null, ReferenceNetworks::lowpassStep),
            new ReferenceNetwork("lti-filter", "E6.10: white signal through passthroughs with Alpha(0.03) and a"
                + " second-order LinearFilter", 1000, null, ReferenceNetworks::ltiFilter),
            new ReferenceNetwork("none-constant", "E6.10: constant 0.5 through a passthrough with no synapse", 200,
                null, ReferenceNetworks::noneConstant));
    }

    /**
     * @param name a reference network name
     * @return it
     * @throws IllegalArgumentException naming the known networks when there is none of that name
     */
    public static ReferenceNetwork get(final String name) {
        for (ReferenceNetwork r : all()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("reference network '" + name + "' not found; expected one of "
            + all().stream().map(ReferenceNetwork::name).toList());
    }

    /** A band-limited test signal, |x| <= amplitude, standing in for Nengo's WhiteSignal(high ~ 5 Hz). */
    static double signal(final double t, final int channel, final double amplitude) {
        final double p = 1.3 * channel;
        return amplitude * (0.5 * Math.sin(2 * Math.PI * 1.0 * t + p) + 0.3 * Math.sin(2 * Math.PI * 2.3 * t + 1 + p)
            + 0.2 * Math.sin(2 * Math.PI * 4.1 * t + 2 + 2 * p));
    }

    private static ReferenceNetwork.Instance offset(final boolean weights) {
        final Network net = new Network(weights ? "ens-ens-offset-weights" : "ens-ens-offset").seed(11);
        final Ensemble a = net.ensemble("a", 100, 1);
        final Ensemble b = net.ensemble("b", 101, 1);
        final Connection c = net.connect(a, b).function(x -> x + 0.5);
        if (weights) {
            c.solver(new LstsqL2(0.1, true));
        }
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(net.probe(a).label("a").synapse(0.02), Tolerance.values(0.075, 100, 0, C1_ENS_ENS));
        tol.put(net.probe(b).label("b").synapse(0.02), Tolerance.values(0.075, 100, 0, C1_ENS_ENS));
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance nodeEnsEns(final int d) {
        final Network net = new Network("node-ens-ens-" + d + "d").seed(12 + d);
        final Node in = net.node(new WhiteSignal(1.0, 5.0, 0.5, null, 1200L + d), 0, d).label("white signal");
        final Ensemble a = net.ensemble("a", 100 * d, d);
        final Ensemble b = net.ensemble("b", 100 * d, d);
        net.connect(in, a);
        net.connect(a, b).function(x -> x * x);
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(net.probe(a).label("a").synapse(0.02), Tolerance.values(0.1, 50, 0, C1_NODE));
        tol.put(net.probe(b).label("f(a)").synapse(0.02), Tolerance.values(0.1, 50, 0, C1_NODE));
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance squareWeights() {
        final Network net = new Network("square-weights").seed(15);
        final Node in = net.node(t -> Math.sin(2 * Math.PI * t)).label("sine");
        final Ensemble a = net.ensemble("a", 100, 1);
        final Ensemble b = net.ensemble("b", 100, 1);
        net.connect(in, a);
        net.connect(a, b).function(x -> x * x).solver(new LstsqL2(0.1, true));
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        final String src = "C.1 test_nengo_comm_channel_compare atol 0.07, xtol 6 steps";
        tol.put(net.probe(a).label("a").synapse(new Alpha(0.02)), Tolerance.values(0.07, 50, 6, src));
        tol.put(net.probe(b).label("a^2").synapse(new Alpha(0.02)), Tolerance.values(0.07, 50, 6, src));
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance integrator() {
        final Network net = new Network("integrator").seed(16);
        final double tau = 0.1;
        final Node in = net.node(t -> t > 0.1 && t <= 0.35 ? 2.0 : t > 0.6 && t <= 0.7 ? -2.0 : 0.0).label("pulses");
        final Ensemble a = net.ensemble("a", 200, 1);
        net.connect(in, a).transform(tau).synapse(tau);
        net.connect(a, a).synapse(tau);
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(net.probe(a).label("integral").synapse(0.02), Tolerance.values(0.1, 50, 0, OURS));
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance oscillator() {
        final Network net = new Network("oscillator").seed(17);
        final double tau = 0.1;
        final double w = 2 * Math.PI;
        final Node kick = net.node(0, 2, (t, x, out) -> {
            out[0] = t <= 0.1 ? 1.0 : 0.0;
            out[1] = 0;
        }).label("kick");
        final Ensemble a = net.ensemble("a", 300, 2);
        net.connect(kick, a);
        net.connect(a, a).transform(new double[][] {{1, -w * tau}, {w * tau, 1}}).synapse(tau);
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(net.probe(a).label("state").synapse(0.02), Tolerance.values(0.2, 50, 0, OURS));
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance ensemble16d() {
        final Network net = new Network("ensemble-16d").seed(18);
        final int d = 16;
        final Node in = net.node(0, d, (t, x, out) -> {
            for (int i = 0; i < d; i++) {
                out[i] = signal(t, i, 0.25);
            }
        }).label("input");
        final Ensemble a = net.ensemble("a", 1000, d);
        net.connect(in, a);
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(net.probe(a).label("a").synapse(0.02), Tolerance.values(0.1, 50, 0, OURS));
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance fanStress() {
        final Network net = new Network("fan-stress").seed(19);
        final int fan = 64;
        final Ensemble hub = net.ensemble("hub", 200, 1);
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        for (int k = 0; k < fan; k++) {
            final Ensemble src = net.ensemble("in" + k, 20, 1);
            net.connect(net.node(0.5 + 0.4 * Math.sin(k)).label("c" + k), src);
            net.connect(src, hub).transform(1.0 / fan);
        }
        tol.put(net.probe(hub).label("hub").synapse(0.02), Tolerance.values(0.1, 100, 0, OURS));
        for (int k = 0; k < fan; k++) {
            final Ensemble dst = net.ensemble("out" + k, 20, 1);
            net.connect(hub, dst).transform((k + 1.0) / fan);
            if (k == 0 || k == fan / 2 || k == fan - 1) {
                tol.put(net.probe(dst).label("out" + k).synapse(0.02), Tolerance.values(0.1, 100, 0, OURS));
            }
        }
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance tuningCurves() {
        final Network net = new Network("tuning-curves").seed(20);
        final int n = 100;
        final double[] bias = new double[n];
        final double[][] enc = new double[n][1];
        for (int i = 0; i < n; i++) {
            bias[i] = 40.0 * i / (n - 1);
            enc[i][0] = 1;
        }
        final Ensemble a = net.ensemble("a", n, 1).gain(Dists.choice(1)).bias(bias).encoders(enc);
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(net.probe(a.neurons()).label("spikes"), Tolerance.rates(5.0,
            "E4.7 / C.2 tuning curves: spike-rate RMSE < 5 Hz"));
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance lowpassStep() {
        final Network net = new Network("lowpass-step").seed(21);
        final Node step = net.node(t -> t > 0.05 ? 1.0 : 0.0).label("step");
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        for (double tau : new double[] {0.01, 0.05, 0.1}) {
            final Node p = net.passthrough(1).label("lowpass " + tau);
            net.connect(step, p).synapse(tau);
            tol.put(net.probe(p).label("tau " + tau), Tolerance.valuesAtol(0.10, 0.10, 0, 2,
                "E4.7 / C.2 lowpass step response atol 0.10"));
        }
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance ltiFilter() {
        final Network net = new Network("lti-filter").seed(23);
        final Node in = net.node(new WhiteSignal(1.0, 10.0, 0.5, null, 2300L), 0, 1).label("white signal");
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        final String src = "E4.7 / C.2 LTI filter RMSE <= 0.05 and atol 0.1";
        final Node alpha = net.passthrough(1).label("alpha");
        net.connect(in, alpha).synapse(new Alpha(0.03));
        tol.put(net.probe(alpha).label("Alpha(0.03)"), Tolerance.valuesAtol(0.1, 0.05, 0, 2, src));
        final Node second = net.passthrough(1).label("second order");
        net.connect(in, second).synapse(new LinearFilter(new double[] {1}, new double[] {0.01 * 0.04, 0.05, 1}));
        tol.put(net.probe(second).label("second order (0.01, 0.04)"), Tolerance.valuesAtol(0.1, 0.05, 0, 2, src));
        return new ReferenceNetwork.Instance(net, tol);
    }

    private static ReferenceNetwork.Instance noneConstant() {
        final Network net = new Network("none-constant").seed(22);
        final Node c = net.node(0.5).label("constant");
        final Node p = net.passthrough(1).label("relay");
        net.connect(c, p).synapse(null);
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        tol.put(net.probe(p).label("relay"), Tolerance.valuesAtol(0.05, 0.05, 10, 0,
            "E4.7 / C.2 constant through a None filter within +-10%"));
        return new ReferenceNetwork.Instance(net, tol);
    }
}
