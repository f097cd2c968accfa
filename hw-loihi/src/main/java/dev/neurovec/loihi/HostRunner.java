package dev.neurovec.loihi;

import dev.neurovec.network.Connectable;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host half of a run, in two parts as nengo-loihi's {@code precompute=True} (hardware.md §A4.3):
 *
 * <ul>
 *   <li>{@link #precompute}, before the chip: rebuilds the host objects (nodes, host→host connections) as a
 *   NeuroVec network, adds for every host→chip link an on/off encoder ensemble of spiking rectified-linear
 *   neurons (gain = bias = 0.5/dt, so |x| = 1 fires every step) fed by the link's function, transform and
 *   synapse, runs it with the float64 simulator and stores each step's spiking encoder indices in the link's
 *   {@link SpikeInput}. Those spike trains go into the artifact; the emulator never runs host code.</li>
 *   <li>{@link #afterChip}, after the chip: rebuilds the host objects again, adds one receive node per
 *   chip→host link of host.json, which plays the emulated chip probe one step late (chip step k's output is
 *   seen from host step k + 1 on) through the link's synapse into its receiver, adds the probes of host.json's
 *   {@code hostProbes}, and runs it with the float64 simulator.</li>
 * </ul>
 *
 * <p>Node code cannot be written into files, so both parts take the host nodes and host→host links from the
 * build; the wiring between chip and host comes from the artifact. Because the host inputs are computed before
 * the chip runs, a host node fed by the chip must not feed the chip ({@link HostChipSplit} refuses such loops).
 *
 * <p>Host processes draw from the host network's streams: nodes whose output is an unseeded random process
 * will differ from the float reference simulation; give such processes an explicit seed.
 */
final class HostRunner {
    private HostRunner() {
    }

    /**
     * Precomputes the host→chip spike trains into the build's spike inputs.
     *
     * @param b     the build
     * @param steps host steps to precompute
     * @param seed  seed of the host network
     */
    static void precompute(final LoihiBuilder.Build b, final int steps, final long seed) {
        if (b.hostInputs().isEmpty()) {
            return;
        }
        final double dt = b.model().dt();
        final Network host = new Network("host").seed(seed);
        final Map<Node, Node> copies = copyHost(host, b);
        final List<Probe> probes = new ArrayList<>();
        for (LoihiBuilder.HostInput hi : b.hostInputs()) {
            final int d = hi.dims();
            final double g = 0.5 / dt;
            final double[][] enc = new double[2 * d][d];
            final double[] gain = new double[2 * d];
            final double[] bias = new double[2 * d];
            for (int k = 0; k < d; k++) {
                enc[k][k] = 1;
                enc[d + k][k] = -1;
            }
            Arrays.fill(gain, g);
            Arrays.fill(bias, g);
            final Ensemble onOff = host.ensemble(2 * d, d).neuronType(new SpikingRectifiedLinear())
                .encoders(enc).gain(gain).bias(bias);
            connect(host, copies.get((Node) hi.link().pre()), hi.link(), onOff);
            probes.add(host.probe(onOff.neurons()));
        }
        try (Simulator sim = simulator(host, dt, seed)) {
            sim.runSteps(steps);
            for (int i = 0; i < probes.size(); i++) {
                b.hostInputs().get(i).input().spikes = spikeIndices(sim.dataDouble(probes.get(i)), steps);
            }
        }
    }

    /**
     * Runs the host part that follows the chip and records the probes of host objects.
     *
     * @param a     the artifact (host.json: chip→host links and host probes; probes.json: probe labels)
     * @param b     the build (host nodes and host→host links)
     * @param chip  the emulated chip probes by label, steps x size
     * @param steps host steps to run
     * @param seed  seed of the host network
     * @return each host probe's output by label, steps x size, in host.json order; empty when there is none
     */
    static Map<String, double[][]> afterChip(final Artifact a, final LoihiBuilder.Build b,
                                             final Map<String, double[][]> chip, final int steps, final long seed) {
        final ArtifactFiles.Host spec = a.host();
        final Map<String, double[][]> out = new LinkedHashMap<>();
        if (spec.hostProbes().isEmpty() && spec.chip2host().isEmpty()) {
            return out;
        }
        final double dt = a.manifest().dt();
        final Network host = new Network("host").seed(seed);
        final Map<String, Node> byPath = new LinkedHashMap<>();
        for (Map.Entry<Node, Node> e : copyHost(host, b).entrySet()) {
            byPath.put(e.getKey().path(), e.getValue());
        }
        for (ArtifactFiles.Chip2Host c : spec.chip2host()) {
            final String what = "host.json chip2host '" + c.sender() + "'";
            if (c.probeId() < 0 || c.probeId() >= a.probes().probes().size()) {
                throw new IllegalStateException(what + ": probe id " + c.probeId() + " is not in probes.json");
            }
            final String label = a.probes().probes().get(c.probeId()).label();
            final double[][] data = chip.get(label);
            if (data == null || (data.length > 0 && data[0].length != c.size())) {
                throw new IllegalStateException(what + ": chip probe '" + label + "' gave no " + c.size()
                    + "-wide output");
            }
            final Node receive = host.node(0, c.size(), (t, x, y) -> played(data, t, dt, y)).label(label);
            final Connection conn = host.connect(receive, select(resolve(byPath, c.receiver(), what),
                c.receiverIdx()));
            conn.synapse(HostFilterCodec.decode(c.synapse()));
        }
        final List<Probe> probes = new ArrayList<>();
        for (ArtifactFiles.HostProbeSpec p : spec.hostProbes()) {
            final String what = "host.json host probe '" + p.label() + "'";
            if (!Node.OUTPUT.equals(p.attr())) {
                throw new IllegalStateException(what + ": attr '" + p.attr() + "'; expected output");
            }
            final Node n = resolve(byPath, p.target(), what);
            probes.add(host.probe(p.targetIdx() == null ? n : n.select(ints(p.targetIdx())))
                .synapse(HostFilterCodec.decode(p.synapse())));
        }
        try (Simulator sim = simulator(host, dt, seed)) {
            sim.runSteps(steps);
            for (int i = 0; i < probes.size(); i++) {
                out.put(spec.hostProbes().get(i).label(), sim.dataDouble(probes.get(i)));
            }
        }
        return out;
    }

    /**
     * The receive node's output at host time t: the chip output of step round(t/dt) - 1 (row round(t/dt) - 2),
     * zero before the first chip step has been delivered.
     */
    private static void played(final double[][] data, final double t, final double dt, final double[] y) {
        final long row = Math.round(t / dt) - 2;
        if (row >= 0 && row < data.length) {
            System.arraycopy(data[(int) row], 0, y, 0, y.length);
        } else {
            Arrays.fill(y, 0.0);
        }
    }

    private static Node resolve(final Map<String, Node> byPath, final String path, final String what) {
        final Node n = byPath.get(path);
        if (n == null) {
            throw new IllegalStateException(what + ": '" + path + "' is not a host object of this build; host objects"
                + " are " + byPath.keySet());
        }
        return n;
    }

    private static Connectable select(final Node n, final List<Integer> idx) {
        return idx == null ? n : n.select(ints(idx));
    }

    private static int[] ints(final List<Integer> l) {
        final int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    /** Copies the host nodes and host→host links into {@code host}; returns original → copy, in build order. */
    private static Map<Node, Node> copyHost(final Network host, final LoihiBuilder.Build b) {
        final Map<Node, Node> copies = new IdentityHashMap<>();
        for (Node n : b.hostNodes()) {
            final Node c = switch (n.kind()) {
                case CONSTANT -> host.node(n.constant());
                case FUNCTION -> host.node(n.sizeIn(), n.sizeOut(), n.function());
                case PROCESS -> host.node(n.process(), n.sizeIn(), n.sizeOut());
                case PASSTHROUGH -> host.passthrough(n.sizeIn());
                case TENSOR -> host.tensorNode(n.sizeIn(), n.sizeOut(), n.layer());
            };
            copies.put(n, c);
        }
        for (Link l : b.hostLinks()) {
            final Node post = copies.get((Node) l.post());
            connect(host, copies.get((Node) l.pre()), l, l.postIdx() == null ? post : post.select(l.postIdx()));
        }
        final Map<Node, Node> ordered = new LinkedHashMap<>();
        for (Node n : b.hostNodes()) {
            ordered.put(n, copies.get(n));
        }
        return ordered;
    }

    private static Simulator simulator(final Network host, final double dt, final long seed) {
        return new Simulator(host, SimulatorOptions.defaults().withDt(dt).withSeed(seed & 0xffffffffL)
            .withPrecision(Precision.FLOAT64).withExecutor(ExecutorKind.REFERENCE));
    }

    private static int[][] spikeIndices(final double[][] out, final int steps) {
        final int[][] spikes = new int[steps][];
        for (int t = 0; t < steps; t++) {
            int n = 0;
            for (double v : out[t]) {
                n += v > 0 ? 1 : 0;
            }
            spikes[t] = new int[n];
            n = 0;
            for (int k = 0; k < out[t].length; k++) {
                if (out[t][k] > 0) {
                    spikes[t][n++] = k;
                }
            }
        }
        return spikes;
    }

    private static void connect(final Network host, final Node pre, final Link l, final Connectable post) {
        final Connectable src = l.preIdx() == null ? pre : pre.select(l.preIdx());
        final Connection c = host.connect(src, post);
        c.synapse(l.synapse());
        if (l.function() != null) {
            c.function(l.sizeMid(), l.function());
        }
        c.transform(l.transform());
    }
}
