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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host half of a precomputed run (hardware.md §A4.3 {@code precompute=True}): rebuilds the host objects
 * (nodes, host→host connections) as a NeuroVec network, adds for every host→chip link an on/off encoder
 * ensemble of spiking rectified-linear neurons (gain = bias = 0.5/dt, so |x| = 1 fires every step) fed by the
 * link's function, transform and synapse, runs it with the float64 simulator, and stores each step's spiking
 * encoder indices in the link's {@link SpikeInput}. Those spike trains go into the artifact; the emulator
 * never runs host code.
 *
 * <p>Host processes draw from the host network's streams: nodes whose output is an unseeded random process
 * will differ from the float reference simulation; give such processes an explicit seed.
 */
final class HostRunner {
    private HostRunner() {
    }

    /**
     * @param b     the build
     * @param steps host steps to precompute
     * @param seed  seed of the host network
     */
    static void run(final LoihiBuilder.Build b, final int steps, final long seed) {
        if (b.hostInputs().isEmpty()) {
            return;
        }
        final double dt = b.model().dt();
        final Network host = new Network("host").seed(seed);
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
            connect(host, copies.get((Node) l.pre()), l,
                l.postIdx() == null ? post : post.select(l.postIdx()));
        }
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
            java.util.Arrays.fill(gain, g);
            java.util.Arrays.fill(bias, g);
            final Ensemble onOff = host.ensemble(2 * d, d).neuronType(new SpikingRectifiedLinear())
                .encoders(enc).gain(gain).bias(bias);
            connect(host, copies.get((Node) hi.link().pre()), hi.link(), onOff);
            probes.add(host.probe(onOff.neurons()));
        }
        try (Simulator sim = new Simulator(host, SimulatorOptions.defaults().withDt(dt).withSeed(seed & 0xffffffffL)
            .withPrecision(Precision.FLOAT64).withExecutor(ExecutorKind.REFERENCE))) {
            sim.runSteps(steps);
            for (int i = 0; i < probes.size(); i++) {
                final double[][] out = sim.dataDouble(probes.get(i));
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
                b.hostInputs().get(i).input().spikes = spikes;
            }
        }
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
