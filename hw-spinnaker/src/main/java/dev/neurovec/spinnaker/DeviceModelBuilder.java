package dev.neurovec.spinnaker;

import dev.neurovec.build.BuiltConnection;
import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.build.Model;
import dev.neurovec.build.Seeds;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Neurons;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.Slice;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.processes.Process;
import dev.neurovec.network.processes.ProcessStep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers a built network into the {@link DeviceModel} (hardware.md §B2.1 steps 1-2, §E1 stages 1-2): LIF ensembles
 * become {@link EnsembleOperator}s, passthrough nodes {@link FilterOperator}s, function-of-time and process nodes
 * {@link ValueSourceOperator}s whose rows the host pre-computes for the period, decoded-output and node probes
 * {@link ValueSinkOperator}s; constant nodes feeding ensembles are folded into the biases. Every path SpiNNaker (or
 * this mapper) cannot take throws {@link UnsupportedOperationException} naming the object and what is missing.
 */
public final class DeviceModelBuilder {
    private final Network network;
    private final Model model;
    private final int steps;
    private final double dt;
    private final Seeds seeds;
    private final List<DeviceOperator> operators = new ArrayList<>();
    private final List<DeviceSignal> signals = new ArrayList<>();
    private final List<DeviceProbe> probes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<Ensemble, EnsembleOperator> ensembles = new IdentityHashMap<>();
    private final Map<Node, DeviceOperator> nodes = new IdentityHashMap<>();
    private final Map<Node, double[][]> nodeOutputs = new IdentityHashMap<>();

    private DeviceModelBuilder(final Network network, final Model model, final int steps) {
        this.network = network;
        this.model = model;
        this.steps = steps;
        this.dt = model.dt();
        this.seeds = Seeds.of(network);
    }

    /**
     * @param network the network
     * @param model   its built model (same network, e.g. {@code Simulator.model()})
     * @param steps   steps of one period, &gt;= 1
     * @return the device model
     */
    public static DeviceModel build(final Network network, final Model model, final int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps = " + steps + "; expected >= 1");
        }
        return new DeviceModelBuilder(network, model, steps).run();
    }

    private DeviceModel run() {
        for (Ensemble e : network.allEnsembles()) {
            addEnsemble(e);
        }
        for (Node n : network.allNodes()) {
            if (n.isPassthrough()) {
                nodes.put(n, add(new FilterOperator(operators.size(), n.describe(), n.sizeIn())));
            }
        }
        for (Connection c : network.allConnections()) {
            addConnection(c);
        }
        for (Probe p : network.allProbes()) {
            addProbe(p);
        }
        return new DeviceModel(network.label() == null ? "network" : network.label(), dt, steps, operators, signals,
            probes, warnings);
    }

    private <T extends DeviceOperator> T add(final T op) {
        operators.add(op);
        return op;
    }

    private void addEnsemble(final Ensemble e) {
        if (e.isDirect()) {
            throw new UnsupportedOperationException(e.describe()
                + ": Direct-mode ensembles have no neurons to place on SpiNNaker; only LIF ensembles are supported");
        }
        if (e.neuronType().getClass() != Lif.class) {
            throw new UnsupportedOperationException(e.describe() + ": neuron type " + e.neuronType()
                + " is not supported on SpiNNaker; only Lif is");
        }
        final Lif lif = (Lif) e.neuronType();
        if (lif.minVoltage() != 0) {
            throw new UnsupportedOperationException(e.describe() + ": Lif minVoltage = " + lif.minVoltage()
                + " is not supported; the SpiNNaker LIF clamps the voltage at 0");
        }
        if (e.noise() != null) {
            throw new UnsupportedOperationException(e.describe() + ": ensemble noise is not supported on SpiNNaker");
        }
        final BuiltEnsemble be = (BuiltEnsemble) model.params(e);
        final EnsembleOperator op = add(new EnsembleOperator(operators.size(), e.describe(), lif.tauRc(), lif.tauRef(),
            lif.amplitude(), e.radius(), be.scaledEncoders(), be.gain(), be.bias()));
        ensembles.put(e, op);
    }

    private static Object target(final Object o) {
        return o instanceof Slice s ? s.target() : o;
    }

    private static int[] indices(final Object o) {
        return o instanceof Slice s ? s.indices() : null;
    }

    private void addConnection(final Connection c) {
        final String who = c.describe();
        if (c.learningRule() != null) {
            throw new UnsupportedOperationException(who + ": learning rules (" + c.learningRule()
                + ") are not supported on SpiNNaker by NeuroVec yet");
        }
        final Object pre = target(c.pre());
        final Object post = target(c.post());
        if (pre instanceof Neurons || post instanceof Neurons) {
            throw new UnsupportedOperationException(who + ": connections from or to neurons are not supported on"
                + " SpiNNaker (only decoded connections; global inhibition is not implemented)");
        }
        final int[] preIdx = indices(c.pre());
        final int[] postIdx = indices(c.post());
        final DeviceOperator sink;
        final int width;
        if (post instanceof Ensemble pe) {
            sink = ensembles.get(pe);
            width = pe.dimensions();
        } else if (post instanceof Node pn && pn.isPassthrough()) {
            sink = nodes.get(pn);
            width = pn.sizeIn();
        } else if (post instanceof Node pn) {
            throw new UnsupportedOperationException(who + ": " + pn.describe() + " is a host node with input;"
                + " host nodes (SDP transmitter/receiver) are not supported by NeuroVec's SpiNNaker mapping yet");
        } else {
            throw new UnsupportedOperationException(who + ": post " + c.post().describe()
                + " is not supported on SpiNNaker (learning-rule error connections are not implemented)");
        }
        final FilterSpec filter = FilterSpec.of(c.synapse(), dt, who);
        final BuiltConnection bc = (BuiltConnection) model.params(c);
        if (pre instanceof Ensemble pe) {
            final double[][] w;
            if (c.solver().weights()) {
                final double[][] enc = ((BuiltEnsemble) model.params(post)).scaledEncoders();
                w = WeightFactoriser.recover(bc.weights(), enc, who);
                warnings.add(who + ": weight-solver connection mapped as decoders recovered from the weights");
            } else {
                w = expandRows(bc.weights(), postIdx, width);
            }
            connect(who, ensembles.get(pe), sink, filter, w, null);
            return;
        }
        final Node pn = (Node) pre;
        final double[][] t = transformMatrix(bc, c.sizeOut(), c.sizeMid());
        if (pn.isPassthrough()) {
            final double[][] cols = expandColumns(t, preIdx, pn.sizeOut());
            connect(who, nodes.get(pn), sink, filter, expandRows(cols, postIdx, width), null);
            return;
        }
        if (pn.kind() == Node.Kind.CONSTANT) {
            final double[] v = expandVector(hostRow(c, t, pn.constant(), preIdx), postIdx, width);
            if (sink instanceof EnsembleOperator eo) {
                eo.addDirectInput(v);
                warnings.add(who + ": constant input folded into the bias of " + eo.label()
                    + " (no synapse ramp-up on SpiNNaker)");
            } else {
                connect(who, sourceOf(pn), sink, filter, null, new double[][] {v});
            }
            return;
        }
        if (pn.sizeIn() > 0) {
            throw new UnsupportedOperationException(who + ": " + pn.describe() + " is a host node with input;"
                + " host nodes (SDP transmitter/receiver) are not supported by NeuroVec's SpiNNaker mapping yet");
        }
        final double[][] out = nodeOutput(pn);
        final double[][] values = new double[steps][];
        for (int k = 0; k < steps; k++) {
            values[k] = expandVector(hostRow(c, t, out[k], preIdx), postIdx, width);
        }
        connect(who, sourceOf(pn), sink, filter, null, values);
    }

    /** The host-side part of a connection from a node: slice, function, transform. */
    private static double[] hostRow(final Connection c, final double[][] t, final double[] nodeOut, final int[] preIdx) {
        double[] x = nodeOut;
        if (preIdx != null) {
            x = new double[preIdx.length];
            for (int i = 0; i < preIdx.length; i++) {
                x[i] = nodeOut[preIdx[i]];
            }
        }
        if (c.function() != null) {
            final double[] y = new double[c.sizeMid()];
            c.function().apply(x.clone(), y);
            x = y;
        }
        final double[] out = new double[t.length];
        for (int r = 0; r < t.length; r++) {
            double s = 0;
            for (int k = 0; k < x.length; k++) {
                s += t[r][k] * x[k];
            }
            out[r] = s;
        }
        return out;
    }

    private DeviceOperator sourceOf(final Node n) {
        DeviceOperator op = nodes.get(n);
        if (op == null) {
            final boolean constant = n.kind() == Node.Kind.CONSTANT;
            op = add(new ValueSourceOperator(operators.size(), n.describe(), constant ? 1 : steps, constant));
            nodes.put(n, op);
        }
        return op;
    }

    private double[][] nodeOutput(final Node n) {
        return nodeOutputs.computeIfAbsent(n, k -> computeNodeOutput(n));
    }

    private double[][] computeNodeOutput(final Node n) {
        final double[][] out = new double[steps][n.sizeOut()];
        if (n.kind() == Node.Kind.FUNCTION) {
            final double[] none = new double[0];
            for (int k = 0; k < steps; k++) {
                n.function().apply((k + 1) * dt, none, out[k]);
            }
            return out;
        }
        final Process p = n.process();
        final double[][] state = p.makeState(0, n.sizeOut(), dt).values().toArray(new double[0][]);
        final long seed = p.seed() != null ? p.seed() : seeds.seedOf(n);
        if (p.seed() == null) {
            warnings.add(n.describe() + ": unseeded process pre-computed with the node's seed " + seed
                + "; give the process a seed to make the float simulation draw the same signal");
        }
        final ProcessStep step = p.makeStep(0, n.sizeOut(), dt, new RandomState(seed), state);
        for (int k = 0; k < steps; k++) {
            step.step((k + 1) * dt, null, out[k]);
        }
        return out;
    }

    private void addProbe(final Probe p) {
        final String who = p.describe();
        if (p.sampleEvery() != null) {
            throw new UnsupportedOperationException(who + ": sampleEvery is not supported on SpiNNaker yet;"
                + " record every step and subsample on the host");
        }
        final Object t = target(p.target());
        final int[] idx = indices(p.target());
        if (t instanceof Ensemble e && Ensemble.DECODED_OUTPUT.equals(p.attr())) {
            final BuiltConnection bc = (BuiltConnection) model.params(p);
            final ValueSinkOperator sink = add(new ValueSinkOperator(operators.size(), who, p.size()));
            connect(who, ensembles.get(e), sink, FilterSpec.of(p.synapse(), dt, who), bc.weights(), null);
            probes.add(new DeviceProbe(probes.size(), who, DeviceProbe.Kind.DECODED, sink, new int[0], p.size(), p));
            return;
        }
        if (t instanceof Neurons nr && (Neurons.OUTPUT.equals(p.attr()) || Lif.VOLTAGE.equals(p.attr()))) {
            if (p.synapse() != null) {
                throw new UnsupportedOperationException(who + ": a synapse on a spike or voltage probe is not"
                    + " supported on SpiNNaker; probe without a synapse and filter on the host");
            }
            final EnsembleOperator op = ensembles.get(nr.ensemble());
            final int[] neurons = idx != null ? idx : range(op.nNeurons());
            final boolean spikes = Neurons.OUTPUT.equals(p.attr());
            if (spikes) {
                op.recordSpikes(true);
            } else {
                op.recordVoltage(true);
            }
            probes.add(new DeviceProbe(probes.size(), who, spikes ? DeviceProbe.Kind.SPIKES : DeviceProbe.Kind.VOLTAGE,
                op, neurons, neurons.length, p));
            return;
        }
        if (t instanceof Node n && Node.OUTPUT.equals(p.attr())) {
            final int[] dims = idx != null ? idx : range(n.sizeOut());
            final ValueSinkOperator sink = add(new ValueSinkOperator(operators.size(), who, dims.length));
            final FilterSpec filter = FilterSpec.of(p.synapse(), dt, who);
            if (n.isPassthrough()) {
                final double[][] sel = new double[dims.length][n.sizeOut()];
                for (int r = 0; r < dims.length; r++) {
                    sel[r][dims[r]] = 1;
                }
                connect(who, nodes.get(n), sink, filter, sel, null);
            } else if (n.kind() == Node.Kind.CONSTANT) {
                final double[] c = n.constant();
                final double[] v = new double[dims.length];
                for (int r = 0; r < dims.length; r++) {
                    v[r] = c[dims[r]];
                }
                connect(who, sourceOf(n), sink, filter, null, new double[][] {v});
            } else if (n.sizeIn() == 0) {
                final double[][] out = nodeOutput(n);
                final double[][] values = new double[steps][dims.length];
                for (int k = 0; k < steps; k++) {
                    for (int r = 0; r < dims.length; r++) {
                        values[k][r] = out[k][dims[r]];
                    }
                }
                connect(who, sourceOf(n), sink, filter, null, values);
            } else {
                throw new UnsupportedOperationException(who + ": " + n.describe() + " is a host node with input;"
                    + " host nodes are not supported by NeuroVec's SpiNNaker mapping yet");
            }
            probes.add(new DeviceProbe(probes.size(), who, DeviceProbe.Kind.DECODED, sink, new int[0], dims.length, p));
            return;
        }
        throw new UnsupportedOperationException(who + ": probing '" + p.attr() + "' of " + p.target().describe()
            + " is not supported on SpiNNaker; supported are ensemble decoded_output, neuron output (spikes) and"
            + " voltage, and node output");
    }

    /**
     * Adds a sink to an existing signal of the source with the same transmission, or makes a new signal. A signal
     * never lists the same sink twice: two equal connections into one operator must both be summed.
     */
    private void connect(final String who, final DeviceOperator source, final DeviceOperator sink,
                         final FilterSpec filter, final double[][] transform, final double[][] values) {
        final int width = transform != null ? transform.length : values[0].length;
        final int f = sink.filterIndex(filter);
        for (DeviceSignal s : source.outputs()) {
            final boolean same = s.width() == width && s.latching() == filter.latching()
                && Arrays.deepEquals(s.transform(), transform) && Arrays.deepEquals(s.values(), values)
                && s.sinks().stream().noneMatch(k -> k.operator() == sink);
            if (same) {
                s.addSink(sink, f);
                return;
            }
        }
        final DeviceSignal s = new DeviceSignal(signals.size(), who, source, width, transform, values,
            filter.latching());
        s.addSink(sink, f);
        signals.add(s);
        source.addOutput(s);
    }

    private static double[][] transformMatrix(final BuiltConnection bc, final int rows, final int cols) {
        final double[][] t = new double[rows][cols];
        if (bc == null || bc.weights() == null) {
            for (int i = 0; i < rows; i++) {
                t[i][i] = 1;
            }
        } else if (bc.elementwise()) {
            final double[] g = bc.weights()[0];
            for (int i = 0; i < rows; i++) {
                t[i][i] = g.length == 1 ? g[0] : g[i];
            }
        } else {
            for (int i = 0; i < rows; i++) {
                t[i] = bc.weights()[i].clone();
            }
        }
        return t;
    }

    private static double[][] expandRows(final double[][] m, final int[] postIdx, final int width) {
        if (postIdx == null) {
            final double[][] copy = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                copy[i] = m[i].clone();
            }
            return copy;
        }
        final double[][] out = new double[width][m[0].length];
        for (int r = 0; r < postIdx.length; r++) {
            for (int k = 0; k < m[r].length; k++) {
                out[postIdx[r]][k] += m[r][k];
            }
        }
        return out;
    }

    private static double[][] expandColumns(final double[][] m, final int[] preIdx, final int size) {
        if (preIdx == null) {
            return m;
        }
        final double[][] out = new double[m.length][size];
        for (int r = 0; r < m.length; r++) {
            for (int k = 0; k < preIdx.length; k++) {
                out[r][preIdx[k]] += m[r][k];
            }
        }
        return out;
    }

    private static double[] expandVector(final double[] v, final int[] postIdx, final int width) {
        if (postIdx == null) {
            return v;
        }
        final double[] out = new double[width];
        for (int r = 0; r < postIdx.length; r++) {
            out[postIdx[r]] += v[r];
        }
        return out;
    }

    private static int[] range(final int n) {
        final int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
