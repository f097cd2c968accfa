package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective integer connectivity as a sorted list of (source, destination, summed weight) triples
 * (hardware.md §E4.3): from the artifact by walking output axons → synapse map → synapse table (and spike-input
 * maps), or from the discretized device model by walking axon groups → synapses. Sources and destinations are
 * named by (block label, compartment) and (spike input label, index), so the two walks are comparable even
 * though they never share an object. Equal triples prove the emitted registers wire exactly the model.
 */
public final class WeightReconstruction {
    private final String[] keys;
    private final long[] weights;

    private WeightReconstruction(final List<String> k, final List<Long> w) {
        final Integer[] order = new Integer[k.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> k.get(x).compareTo(k.get(y)));
        final List<String> ks = new ArrayList<>();
        final List<Long> ws = new ArrayList<>();
        for (Integer i : order) {
            if (!ks.isEmpty() && ks.get(ks.size() - 1).equals(k.get(i))) {
                ws.set(ws.size() - 1, ws.get(ws.size() - 1) + w.get(i));
            } else {
                ks.add(k.get(i));
                ws.add(w.get(i));
            }
        }
        this.keys = ks.toArray(new String[0]);
        this.weights = new long[ws.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = ws.get(i);
        }
    }

    /**
     * @param a an artifact
     * @return its connectivity
     */
    public static WeightReconstruction fromArtifact(final Artifact a) {
        final EmulatorImage img = new EmulatorImage(a);
        final List<String> k = new ArrayList<>();
        final List<Long> w = new ArrayList<>();
        for (int cx = 0; cx < img.nCx; cx++) {
            for (int o = img.outStart[cx]; o < img.outStart[cx + 1]; o++) {
                add(k, w, name(img, cx), img, img.outAxon[o]);
            }
        }
        final BinaryTable map = a.table(ArtifactLayout.INPUT_MAP);
        for (ArtifactFiles.SpikeInputSpec s : a.inputs().spikeInputs()) {
            final int r0 = a.firstRow(s.map());
            for (int r = r0; r < r0 + s.map().count(); r++) {
                final int row = img.axonRow((int) map.get(r, 2), (int) map.get(r, 3), (int) map.get(r, 4), "input");
                add(k, w, "input '" + s.label() + "'[" + map.get(r, 0) + "]", img, row);
            }
        }
        return new WeightReconstruction(k, w);
    }

    private static void add(final List<String> k, final List<Long> w, final String src, final EmulatorImage img,
                            final int axonRow) {
        for (int e = img.axonFrom[axonRow]; e < img.axonTo[axonRow]; e++) {
            k.add(src + " -> " + name(img, img.entryTarget[e]));
            w.add(img.entryWeight[e]);
        }
    }

    private static String name(final EmulatorImage img, final int cx) {
        final int core = img.coreOfCx[cx];
        return "'" + img.coreLabel[core] + "'[" + (cx - img.coreBase[core]) + "]";
    }

    /**
     * @param m a discretized (possibly split) device model
     * @return its connectivity
     */
    public static WeightReconstruction fromModel(final LoihiModel m) {
        final Map<LoihiSynapse, LoihiBlock> owner = new IdentityHashMap<>();
        for (LoihiBlock b : m.blocks) {
            for (LoihiSynapse s : b.synapses) {
                owner.put(s, b);
            }
        }
        final List<String> k = new ArrayList<>();
        final List<Long> w = new ArrayList<>();
        for (LoihiBlock b : m.blocks) {
            for (int i = 0; i < b.n(); i++) {
                for (LoihiAxon ax : b.axons) {
                    add(k, w, "'" + b.label() + "'[" + i + "]", ax, ax.compartmentMap[i], owner);
                }
            }
        }
        for (SpikeInput in : m.inputs) {
            for (int i = 0; i < in.n(); i++) {
                for (LoihiAxon ax : in.axons) {
                    add(k, w, "input '" + in.label() + "'[" + i + "]", ax, ax.compartmentMap[i], owner);
                }
            }
        }
        return new WeightReconstruction(k, w);
    }

    private static void add(final List<String> k, final List<Long> w, final String src, final LoihiAxon ax,
                            final int axon, final Map<LoihiSynapse, LoihiBlock> owner) {
        if (axon < 0) {
            return;
        }
        final LoihiBlock t = owner.get(ax.target);
        for (int j = 0; j < ax.target.nTargets(); j++) {
            k.add(src + " -> '" + t.label() + "'[" + j + "]");
            w.add(ax.target.discrete.effective(axon, j));
        }
    }

    /** @return number of distinct (source, destination) pairs */
    public int size() {
        return keys.length;
    }

    /**
     * @param other another reconstruction
     * @return null when equal, else a description of the first difference
     */
    public String firstDifference(final WeightReconstruction other) {
        final int n = Math.min(keys.length, other.keys.length);
        for (int i = 0; i < n; i++) {
            if (!keys[i].equals(other.keys[i])) {
                return "pair " + i + ": " + keys[i] + " vs " + other.keys[i];
            }
            if (weights[i] != other.weights[i]) {
                return keys[i] + ": weight " + weights[i] + " vs " + other.weights[i];
            }
        }
        return keys.length == other.keys.length ? null
            : "pair counts " + keys.length + " vs " + other.keys.length;
    }
}
