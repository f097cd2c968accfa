package dev.neurovec.loihi;

import dev.neurovec.build.BuiltConnection;
import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.build.Model;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Neurons;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.Slice;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.network.synapses.Synapse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 2 (hardware.md §A1, §A4.5): turns a built network into the float device model. One block per ensemble
 * (LIF via {@code configure_lif}, spiking ReLU via {@code configure_relu} with threshold 1/dt); decoded
 * chip→chip connections through a decode-neuron block (conn synapse on the decode block, {@code decodeTau} on
 * the post), weight-solver connections as one neuron-to-neuron synapse, neuron→neuron connections scaled by
 * 1/dt, amplitude and post gain; host→chip connections as a {@link SpikeInput} of on/off host neurons into the
 * post's encoders; chip→host connections as chip probes of the pre's spikes through the connection's decoders
 * (the host filters them and feeds the node); probes as spike taps weighted by Loihi-rate decoders, or
 * spike/voltage taps; probes of host nodes are left to the host simulation.
 */
public final class LoihiBuilder {
    /** Gain and bias of the host on/off encoder neurons: half of 1/dt, so |x| = 1 fires every step. */
    private static final double NODE_NEURON_FRACTION = 0.5;
    /** Label prefix of the chip probes that carry chip→host links (never a network probe's path). */
    static final String CHIP_TO_HOST_PREFIX = "chip2host:";

    /**
     * A host→chip link and the spike input that carries it.
     *
     * @param link  the link
     * @param input its spike input (2 x dims host neurons: on neurons first, then off)
     * @param dims  encoded dimensions
     */
    record HostInput(Link link, SpikeInput input, int dims) {
    }

    /**
     * A chip→host link and the on-chip probe that carries it (hardware.md §A4.5, nengo-loihi's receive nodes):
     * the probe reads the pre's spikes through the link's decoders, function and transform; the host applies
     * the link's synapse and feeds the post node.
     *
     * @param link  the link
     * @param probe its chip probe (no host filter of its own)
     */
    record HostOutput(Link link, LoihiProbe probe) {
    }

    /**
     * A probe of a host node, simulated on the host.
     *
     * @param probe  the network probe
     * @param node   the probed host node
     * @param idx    selected elements, or null for all
     */
    record HostProbe(Probe probe, Node node, int[] idx) {
    }

    /**
     * The device model and the host plan.
     *
     * @param model       the float device model
     * @param hostNodes   host nodes
     * @param hostLinks   host→host links
     * @param hostInputs  host→chip links
     * @param hostOutputs chip→host links
     * @param hostProbes  probes of host nodes
     * @param builder     builder parameters for the manifest
     */
    public record Build(LoihiModel model, List<Node> hostNodes, List<Link> hostLinks, List<HostInput> hostInputs,
                        List<HostOutput> hostOutputs, List<HostProbe> hostProbes, Map<String, Object> builder) {
    }

    private final Model built;
    private final LoihiOptions opts;
    private final LoihiModel lm;
    private final Map<Ensemble, LoihiBlock> blocks = new IdentityHashMap<>();
    private final DecodeNeurons decode;

    private LoihiBuilder(final Model built, final LoihiOptions opts) {
        this.built = built;
        this.opts = opts;
        this.lm = new LoihiModel(opts.dt());
        this.decode = opts.decodeNeuronsPreset();
    }

    /**
     * @param net   the network
     * @param built the engine's build of it (same dt)
     * @param opts  settings
     * @return the device model and host plan
     */
    public static Build build(final Network net, final Model built, final LoihiOptions opts) {
        if (built.dt() != opts.dt()) {
            throw new IllegalArgumentException("LoihiBuilder: model dt " + built.dt() + " != options dt " + opts.dt());
        }
        final LoihiBuilder b = new LoihiBuilder(built, opts);
        final HostChipSplit.Result split = HostChipSplit.split(net, built, b.lm.warnings::add);
        for (Ensemble e : net.allEnsembles()) {
            b.ensemble(e);
        }
        for (Link l : split.chipLinks()) {
            b.chipLink(l);
        }
        final List<HostInput> inputs = new ArrayList<>();
        for (Link l : split.hostToChip()) {
            inputs.add(b.hostInput(l));
        }
        final List<HostOutput> outputs = new ArrayList<>();
        for (Link l : split.chipToHost()) {
            outputs.add(b.hostOutput(l));
        }
        for (LoihiBlock blk : b.blocks.values()) {
            blk.configureFilter(opts.decodeTau(), opts.dt(), b.lm.warnings::add);
        }
        final java.util.Set<String> labels = new java.util.HashSet<>();
        final List<HostProbe> hostProbes = new ArrayList<>();
        for (Probe p : net.allProbes()) {
            if (!labels.add(p.path())) {
                throw dev.neurovec.errors.ValidationError.of(p.describe(), "label", p.path(),
                    "a path no other probe has (probe outputs are keyed by path in the artifact)");
            }
            if (HostChipSplit.target(p.target()) instanceof Node n) {
                hostProbes.add(hostProbe(p, n));
            } else {
                b.probe(p);
            }
        }
        return new Build(b.lm, split.hostNodes(), split.hostLinks(), inputs, outputs, hostProbes, b.builderParams());
    }

    private Map<String, Object> builderParams() {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("dt", opts.dt());
        m.put("decodeTau", opts.decodeTau());
        final Map<String, Object> dn = new LinkedHashMap<>();
        dn.put("class", decode.name());
        dn.put("pairs", decode.pairs());
        dn.put("gains", toList(decode.gain()));
        dn.put("biases", toList(decode.bias()));
        dn.put("scale", decode.scale());
        m.put("decodeNeurons", dn);
        final Map<String, Object> nn = new LinkedHashMap<>();
        nn.put("class", "OnOff");
        nn.put("pairs", 1);
        nn.put("gain", NODE_NEURON_FRACTION / opts.dt());
        nn.put("bias", NODE_NEURON_FRACTION / opts.dt());
        nn.put("scale", 1.0);
        m.put("nodeNeurons", nn);
        m.put("vthNonspiking", 10.0);
        m.put("interceptLimit", 0.95);
        m.put("pesErrorScale", "unused (no on-chip learning)");
        m.put("pesWgtExp", "unused (no on-chip learning)");
        m.put("decoderRates", "loihi (aliased rate curves)");
        m.put("discretization", "per unsplit block, before splitting");
        return m;
    }

    private static List<Double> toList(final double[] a) {
        final List<Double> l = new ArrayList<>();
        for (double v : a) {
            l.add(v);
        }
        return l;
    }

    private void ensemble(final Ensemble e) {
        final BuiltEnsemble be = (BuiltEnsemble) built.params(e);
        final LoihiBlock b = new LoihiBlock(e.path(), e.nNeurons());
        final NeuronType t = e.neuronType();
        if (t instanceof Lif lif) {
            b.configureLif(lif.tauRc(), lif.tauRef(), opts.dt(), lif.minVoltage());
        } else if (t instanceof SpikingRectifiedLinear) {
            b.configureRelu(0, 1 / opts.dt(), opts.dt());
        } else {
            throw new UnsupportedOperationException(e.describe() + ": " + LoihiRates.unsupported(t).getMessage());
        }
        System.arraycopy(be.bias(), 0, b.bias, 0, e.nNeurons());
        for (int i = 0; i < e.nNeurons(); i++) {
            if (be.intercepts()[i] > 0.95) {
                lm.warnings.add(e.describe() + ": intercept[" + i + "] = " + be.intercepts()[i]
                    + " > 0.95 (nengo-loihi's"
                    + " intercept limit); its large gain discretizes poorly");
                break;
            }
        }
        blocks.put(e, lm.add(b));
    }

    static double amplitude(final NeuronType t) {
        if (t instanceof LifRate l) {
            return l.amplitude();
        }
        if (t instanceof RectifiedLinear r) {
            return r.amplitude();
        }
        throw LoihiRates.unsupported(t);
    }

    private double tauOf(final Synapse s, final String label) {
        if (s == null) {
            return Double.NaN;
        }
        if (s instanceof Lowpass lp) {
            return lp.tau();
        }
        throw new UnsupportedOperationException("'" + label + "': synapse " + s + " on the chip; Loihi has one"
            + " first-order current filter per compartment, so only Lowpass synapses (or none) are supported");
    }

    private void chipLink(final Link l) {
        final double dt = opts.dt();
        final Object post = l.post();
        final LoihiBlock postBlock = blocks.get(post instanceof Neurons n ? n.ensemble() : (Ensemble) post);
        if (l.pre() instanceof Ensemble pre) {
            final LoihiBlock preBlock = blocks.get(pre);
            final double amp = amplitude(pre.neuronType());
            final BuiltConnection bc = (BuiltConnection) built.params(l.origin());
            final double[][] d = LoihiDecoders.solve(pre, (BuiltEnsemble) built.params(pre), bc.evalPoints(),
                l.preIdx(), l.function(), l.functionPoints(), l.sizeMid(), l.solver(), dt,
                built.seed(l.origin()), l.label());
            final double[][] w = HostChipSplit.mul(l.transform(), transpose(d));
            if (l.solver().weights()) {
                if (!(post instanceof Ensemble pe)) {
                    throw new UnsupportedOperationException("'" + l.label() + "': a weight solver into " + post
                        + " after passthrough removal; weight solvers need an ensemble post");
                }
                final double[][] enc = ((BuiltEnsemble) built.params(pe)).scaledEncoders();
                final double[][] syn = new double[pre.nNeurons()][pe.nNeurons()];
                for (int i = 0; i < pre.nNeurons(); i++) {
                    for (int j = 0; j < pe.nNeurons(); j++) {
                        double acc = 0;
                        for (int k = 0; k < w.length; k++) {
                            acc += enc[j][l.postIdx() == null ? k : l.postIdx()[k]] * w[k][i];
                        }
                        syn[i][j] = acc * amp / dt;
                    }
                }
                connect(preBlock, postBlock, syn, l.label() + ".weights", null);
                postBlock.configureFilter(tauOf(l.synapse(), l.label()), dt, lm.warnings::add);
                return;
            }
            viaDecodeNeurons(l, preBlock, scale(w, amp), postBlock);
            return;
        }
        final Neurons preN = (Neurons) l.pre();
        final LoihiBlock preBlock = blocks.get(preN.ensemble());
        final double amp = amplitude(preN.ensemble().neuronType());
        final int nPre = preN.ensemble().nNeurons();
        final double[][] w = new double[l.sizeOut()][nPre];
        for (int k = 0; k < l.sizeOut(); k++) {
            for (int r = 0; r < l.sizeMid(); r++) {
                w[k][l.preIdx() == null ? r : l.preIdx()[r]] += l.transform()[k][r] * amp;
            }
        }
        if (post instanceof Ensemble) {
            viaDecodeNeurons(l, preBlock, w, postBlock);
            return;
        }
        final double[] gain = ((BuiltEnsemble) built.params(((Neurons) post).ensemble())).gain();
        final double[][] syn = new double[nPre][postBlock.n()];
        for (int k = 0; k < l.sizeOut(); k++) {
            final int n = l.postIdx() == null ? k : l.postIdx()[k];
            for (int i = 0; i < nPre; i++) {
                syn[i][n] += w[k][i] * gain[n] / dt;
            }
        }
        connect(preBlock, postBlock, syn, l.label() + ".neurons", null);
        postBlock.configureFilter(tauOf(l.synapse(), l.label()), dt, lm.warnings::add);
    }

    /**
     * Decoded value {@code y = w r} (r in Hz) carried by a decode-neuron block into the post.
     */
    private void viaDecodeNeurons(final Link l, final LoihiBlock preBlock, final double[][] w,
                                  final LoihiBlock postBlock) {
        final double dt = opts.dt();
        final int d = w.length;
        final int pairs = decode.pairs();
        final LoihiBlock db = new LoihiBlock(l.label() + ".decode", 2 * pairs * d);
        db.configureRelu(0, 1, dt);
        final double[][] in = new double[preBlock.n()][db.n()];
        for (int p = 0; p < pairs; p++) {
            for (int s = 0; s < 2; s++) {
                final double sign = s == 0 ? 1 : -1;
                for (int k = 0; k < d; k++) {
                    final int c = (2 * p + s) * d + k;
                    db.bias[c] = decode.bias()[p] * dt;
                    for (int i = 0; i < preBlock.n(); i++) {
                        in[i][c] = sign * decode.gain()[p] * w[k][i];
                    }
                }
            }
        }
        db.configureFilter(tauOf(l.synapse(), l.label()), dt, lm.warnings::add);
        lm.add(db);
        connect(preBlock, db, in, l.label() + ".decode_in", null);
        connect(db, postBlock, encoders(l, pairs, decode.scale()), l.label() + ".decode_out", null);
    }

    /**
     * Weights from 2 x pairs x dims on/off sources into the post: {@code +-scale} times the post's scaled encoder
     * column (ensemble post) or post gain (neurons post) of the destination element.
     */
    private double[][] encoders(final Link l, final int pairs, final double scale) {
        final Object post = l.post();
        final int d = l.sizeOut();
        final double[][] out;
        if (post instanceof Ensemble pe) {
            final double[][] enc = ((BuiltEnsemble) built.params(pe)).scaledEncoders();
            out = new double[2 * pairs * d][pe.nNeurons()];
            for (int c = 0; c < out.length; c++) {
                final int k = c % d;
                final double sign = (c / d) % 2 == 0 ? scale : -scale;
                final int col = l.postIdx() == null ? k : l.postIdx()[k];
                for (int j = 0; j < pe.nNeurons(); j++) {
                    out[c][j] = sign * enc[j][col];
                }
            }
        } else {
            final Ensemble pe = ((Neurons) post).ensemble();
            final double[] gain = ((BuiltEnsemble) built.params(pe)).gain();
            out = new double[2 * pairs * d][pe.nNeurons()];
            for (int c = 0; c < out.length; c++) {
                final int k = c % d;
                final int n = l.postIdx() == null ? k : l.postIdx()[k];
                out[c][n] = ((c / d) % 2 == 0 ? scale : -scale) * gain[n];
            }
        }
        return out;
    }

    private HostInput hostInput(final Link l) {
        final Object post = l.post();
        final LoihiBlock postBlock = blocks.get(post instanceof Neurons n ? n.ensemble() : (Ensemble) post);
        final int d = l.sizeOut();
        final SpikeInput in = new SpikeInput(l.label(), 2 * d);
        final double[][] w = encoders(l, 1, 1.0);
        final LoihiSynapse syn = new LoihiSynapse(l.label() + ".node_encoders", w);
        postBlock.synapses.add(syn);
        in.axons.add(LoihiAxon.identity(2 * d, syn));
        lm.inputs.add(in);
        return new HostInput(l, in, d);
    }

    /**
     * A chip→host link as a chip probe of the pre's spikes (nengo-loihi carries chip→host connections as probes
     * of the pre ensemble): weights {@code amp/dt · (T D^T)^T} for an ensemble (decoders D solved on the Loihi
     * rate curves for the link's function and selection, transform T), {@code amp/dt · T} on the selected neurons
     * for neurons. The link's synapse is applied on the host, so the probe has no filter of its own.
     */
    private HostOutput hostOutput(final Link l) {
        final double dt = opts.dt();
        HostFilterCodec.encode(l.synapse(), l.label());
        final Ensemble pre = l.pre() instanceof Ensemble e ? e : ((Neurons) l.pre()).ensemble();
        final double amp = amplitude(pre.neuronType());
        final double[][] w = new double[pre.nNeurons()][l.sizeOut()];
        if (l.pre() instanceof Ensemble) {
            if (l.solver().weights()) {
                throw new UnsupportedOperationException("'" + l.label() + "': a weight solver into host node "
                    + ((Node) l.post()).describe() + "; weight solvers need an ensemble post");
            }
            final BuiltConnection bc = (BuiltConnection) built.params(l.origin());
            final double[][] d = LoihiDecoders.solve(pre, (BuiltEnsemble) built.params(pre), bc.evalPoints(),
                l.preIdx(), l.function(), l.functionPoints(), l.sizeMid(), l.solver(), dt, built.seed(l.origin()),
                l.label());
            final double[][] td = HostChipSplit.mul(l.transform(), transpose(d));
            for (int i = 0; i < pre.nNeurons(); i++) {
                for (int k = 0; k < l.sizeOut(); k++) {
                    w[i][k] = td[k][i] * amp / dt;
                }
            }
        } else {
            for (int k = 0; k < l.sizeOut(); k++) {
                for (int r = 0; r < l.sizeMid(); r++) {
                    w[l.preIdx() == null ? r : l.preIdx()[r]][k] += l.transform()[k][r] * amp / dt;
                }
            }
        }
        final LoihiProbe lp = new LoihiProbe(CHIP_TO_HOST_PREFIX + l.label(), null, LoihiProbe.Key.SPIKED,
            l.sizeOut(), w, 1.0, Double.NaN);
        for (int i = 0; i < pre.nNeurons(); i++) {
            lp.taps.add(new LoihiProbe.Tap(blocks.get(pre), i, 0));
        }
        lm.probes.add(lp);
        return new HostOutput(l, lp);
    }

    private static HostProbe hostProbe(final Probe p, final Node n) {
        if (p.sampleEvery() != null) {
            throw new UnsupportedOperationException(p.describe() + ": sampleEvery is not supported by the Loihi"
                + " back-end; probe every step");
        }
        if (!Node.OUTPUT.equals(p.attr())) {
            throw new UnsupportedOperationException(p.describe() + ": probing " + p.attr() + " of " + n.describe()
                + " is not supported on Loihi; host nodes are probed for their output");
        }
        HostFilterCodec.encode(p.synapse(), p.describe());
        return new HostProbe(p, n, p.target() instanceof Slice s ? s.indices() : null);
    }

    private void connect(final LoihiBlock pre, final LoihiBlock post, final double[][] w, final String label,
                         final int[] map) {
        final LoihiSynapse syn = new LoihiSynapse(label, w);
        post.synapses.add(syn);
        pre.axons.add(map == null ? LoihiAxon.identity(pre.n(), syn) : new LoihiAxon(syn, map));
    }

    private void probe(final Probe p) {
        if (p.sampleEvery() != null) {
            throw new UnsupportedOperationException(p.describe() + ": sampleEvery is not supported by the Loihi"
                + " back-end; probe every step");
        }
        final Object target = HostChipSplit.target(p.target());
        final int[] idx = p.target() instanceof Slice s ? s.indices() : null;
        final double tau = tauOf(p.synapse(), p.describe());
        final double dt = opts.dt();
        if (target instanceof Ensemble e && Ensemble.DECODED_OUTPUT.equals(p.attr())) {
            final BuiltEnsemble be = (BuiltEnsemble) built.params(e);
            final int size = idx == null ? e.dimensions() : idx.length;
            final double[][] d = LoihiDecoders.solve(e, be, be.evalPoints(), idx, null, null, size, p.solver(), dt,
                built.seed(p), p.describe());
            final double amp = amplitude(e.neuronType());
            final LoihiProbe lp = new LoihiProbe(p.path(), p, LoihiProbe.Key.SPIKED, size, scale(d, amp / dt), 1.0,
                tau);
            for (int i = 0; i < e.nNeurons(); i++) {
                lp.taps.add(new LoihiProbe.Tap(blocks.get(e), i, 0));
            }
            lm.probes.add(lp);
            return;
        }
        if (target instanceof Neurons n && (Neurons.OUTPUT.equals(p.attr()) || "voltage".equals(p.attr()))) {
            final Ensemble e = n.ensemble();
            final boolean spikes = Neurons.OUTPUT.equals(p.attr());
            final double scale = spikes ? amplitude(e.neuronType()) / dt
                : e.neuronType() instanceof SpikingRectifiedLinear ? dt : 1.0;
            final int size = idx == null ? e.nNeurons() : idx.length;
            final LoihiProbe lp = new LoihiProbe(p.path(), p, spikes ? LoihiProbe.Key.SPIKED : LoihiProbe.Key.VOLTAGE,
                size, null, scale, tau);
            for (int k = 0; k < size; k++) {
                lp.taps.add(new LoihiProbe.Tap(blocks.get(e), idx == null ? k : idx[k], k));
            }
            lm.probes.add(lp);
            return;
        }
        throw new UnsupportedOperationException(p.describe() + ": probing " + p.attr() + " of " + target + " is not"
            + " supported on Loihi; supported: ensemble decoded_output, neurons output and neurons voltage on the"
            + " chip, node output on the host");
    }

    static double[][] transpose(final double[][] a) {
        final double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[][] scale(final double[][] a, final double s) {
        final double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= s;
            }
        }
        return out;
    }
}
