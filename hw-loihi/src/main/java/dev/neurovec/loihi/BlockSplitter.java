package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts blocks that exceed a core's resources into sequential pieces (hardware.md §A3.1, nengo-loihi's
 * automatic splitting): {@code nSplit = max(ceil(cx / 1024), ceil(inAxons / 4096), ceil(outAxons / 4096),
 * ceil(synapseBits / 1048576))}, pieces of {@code ceil(cx / nSplit)} compartments. Each piece keeps its slice of
 * the float and integer parameters; every incoming dense synapse is cut by target columns (all input axons are
 * kept), every axon group into a split synapse fans out to each piece's synapse, outgoing axon maps are sliced,
 * and probe taps follow their compartments. Non-uniform use can still overflow a piece: the allocator's checks
 * catch that and name the piece.
 */
public final class BlockSplitter {

    /**
     * One split decision, for the manifest.
     *
     * @param original the original block label
     * @param pieces   the piece labels, in order
     * @param starts   first compartment of each piece in the original block
     * @param counts   compartments of each piece
     * @param reason   the resource that forced the split, with used amount and limit
     */
    public record Split(String original, List<String> pieces, List<Integer> starts, List<Integer> counts,
                        String reason) {
    }

    private BlockSplitter() {
    }

    /**
     * Number of pieces a block needs and the binding resource.
     *
     * @param b      the block
     * @param limits the per-core limits
     * @return the count and reason
     */
    static Split plan(final LoihiBlock b, final LoihiLimits limits) {
        long in = 0;
        long bits = 0;
        for (LoihiSynapse s : b.synapses) {
            in += s.nAxons();
            bits += s.bits();
        }
        long out = 0;
        for (LoihiAxon a : b.axons) {
            out += a.slots();
        }
        final long[] need = {
            ceilDiv(b.n(), limits.compartmentsPerCore()),
            ceilDiv(in, limits.inAxonsPerCore()),
            ceilDiv(out, limits.outAxonsPerCore()),
            ceilDiv(bits, limits.synapseBitsPerCore())};
        final String[] what = {
            "compartments " + b.n() + " > " + limits.compartmentsPerCore(),
            "input axons " + in + " > " + limits.inAxonsPerCore(),
            "output axon slots " + out + " > " + limits.outAxonsPerCore(),
            "synapse bits " + bits + " > " + limits.synapseBitsPerCore()};
        int k = 1;
        String reason = "";
        for (int i = 0; i < need.length; i++) {
            if (need[i] > k) {
                k = (int) need[i];
                reason = what[i];
            }
        }
        k = Math.min(k, b.n());
        final int size = (int) ceilDiv(b.n(), k);
        final List<String> labels = new ArrayList<>();
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> counts = new ArrayList<>();
        for (int from = 0; from < b.n(); from += size) {
            final int to = Math.min(b.n(), from + size);
            labels.add(k == 1 ? b.label() : b.label() + "[" + from + ":" + to + "]");
            starts.add(from);
            counts.add(to - from);
        }
        return new Split(b.label(), labels, starts, counts, reason);
    }

    /**
     * Splits every block of a discretized model that exceeds the limits, in place.
     *
     * @param model  the model (discretized, not yet split)
     * @param limits per-core limits
     */
    public static void split(final LoihiModel model, final LoihiLimits limits) {
        if (!model.discretized) {
            throw new IllegalStateException("split a discretized model: blocks share their scales across pieces");
        }
        final Map<LoihiBlock, List<LoihiBlock>> pieces = new IdentityHashMap<>();
        final Map<LoihiSynapse, List<LoihiSynapse>> synPieces = new IdentityHashMap<>();
        final List<LoihiBlock> newBlocks = new ArrayList<>();
        for (LoihiBlock b : model.blocks) {
            final Split plan = plan(b, limits);
            final List<LoihiBlock> ps = new ArrayList<>();
            if (plan.pieces().size() == 1) {
                ps.add(b);
                for (LoihiSynapse s : b.synapses) {
                    synPieces.put(s, List.of(s));
                }
            } else {
                model.splits.add(plan);
                for (int p = 0; p < plan.pieces().size(); p++) {
                    ps.add(piece(b, plan.pieces().get(p), plan.starts().get(p), plan.counts().get(p)));
                }
                for (LoihiSynapse s : b.synapses) {
                    final List<LoihiSynapse> cut = new ArrayList<>();
                    for (int p = 0; p < ps.size(); p++) {
                        final LoihiSynapse c = slice(s, plan.starts().get(p), plan.counts().get(p));
                        ps.get(p).synapses.add(c);
                        cut.add(c);
                    }
                    synPieces.put(s, cut);
                }
            }
            pieces.put(b, ps);
            newBlocks.addAll(ps);
        }
        for (LoihiBlock b : model.blocks) {
            final List<LoihiBlock> ps = pieces.get(b);
            final List<LoihiAxon> old = new ArrayList<>(b.axons);
            for (LoihiBlock p : ps) {
                p.axons.clear();
                final int from = ps.size() == 1 ? 0 : p.sourceOffset;
                for (LoihiAxon a : old) {
                    final int[] map = java.util.Arrays.copyOfRange(a.compartmentMap, from, from + p.n());
                    for (LoihiSynapse t : synPieces.get(a.target)) {
                        p.axons.add(new LoihiAxon(t, map));
                    }
                }
            }
        }
        for (SpikeInput in : model.inputs) {
            final List<LoihiAxon> old = new ArrayList<>(in.axons);
            in.axons.clear();
            for (LoihiAxon a : old) {
                for (LoihiSynapse t : synPieces.get(a.target)) {
                    in.axons.add(new LoihiAxon(t, a.compartmentMap));
                }
            }
        }
        for (LoihiProbe pr : model.probes) {
            for (LoihiProbe.Tap tap : pr.taps) {
                final List<LoihiBlock> ps = pieces.get(tap.block);
                if (ps.size() > 1) {
                    for (LoihiBlock p : ps) {
                        if (tap.cx >= p.sourceOffset && tap.cx < p.sourceOffset + p.n()) {
                            tap.cx -= p.sourceOffset;
                            tap.block = p;
                            break;
                        }
                    }
                }
            }
        }
        model.blocks.clear();
        model.blocks.addAll(newBlocks);
    }

    private static LoihiBlock piece(final LoihiBlock b, final String label, final int from, final int count) {
        final LoihiBlock p = new LoihiBlock(label, count);
        System.arraycopy(b.decayU, from, p.decayU, 0, count);
        System.arraycopy(b.decayV, from, p.decayV, 0, count);
        System.arraycopy(b.refractDelay, from, p.refractDelay, 0, count);
        System.arraycopy(b.vth, from, p.vth, 0, count);
        System.arraycopy(b.bias, from, p.bias, 0, count);
        p.vmin = b.vmin;
        p.vmax = b.vmax;
        p.scaleU = b.scaleU;
        p.scaleV = b.scaleV;
        p.tauS = b.tauS;
        p.sourceLabel = b.sourceLabel;
        p.sourceOffset = b.sourceOffset + from;
        p.discrete = b.discrete.slice(from, from + count);
        return p;
    }

    private static LoihiSynapse slice(final LoihiSynapse s, final int from, final int count) {
        final double[][] w = new double[s.nAxons()][];
        final int[][] g = new int[s.nAxons()][];
        for (int a = 0; a < s.nAxons(); a++) {
            w[a] = java.util.Arrays.copyOfRange(s.weights[a], from, from + count);
            g[a] = java.util.Arrays.copyOfRange(s.discrete.wgt()[a], from, from + count);
        }
        final LoihiSynapse c = new LoihiSynapse(s.label() + "[" + from + ":" + (from + count) + "]", w);
        final DiscreteSynapse d = s.discrete;
        c.discrete = new DiscreteSynapse(d.weightExp(), d.dwExp(), d.lostBits(), g);
        return c;
    }

    private static long ceilDiv(final long a, final long b) {
        return (a + b - 1) / b;
    }
}
