package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes every vertex's SDRAM block (hardware.md §B2.5, §B2.6) and allocates SDRAM on each chip: first the shared
 * blocks of the ensemble clusters placed there (input vector, spike vector, semaphores), then the vertex blocks in
 * core order, word aligned from {@link ImageLayout#SDRAM_BASE}. Floats become s16.15 through a
 * {@link QuantisationLog}; decoders are stored as {@code amplitude · d / dt} (a spike counts as 1/dt); the LIF
 * constant is {@code (1 − e^(−dt/τ_rc))·(1 − 2^−11)} and the refractory period {@code τ_ref // dt} (Python floor
 * division).
 */
public final class ImageWriter {
    private final DeviceModel model;
    private final Partitioning part;
    private final Placements placements;
    private final KeySpace keys;
    private final QuantisationLog log;
    private final Map<Integer, List<int[]>> filterRoutes = new HashMap<>();
    private final Map<Integer, List<Integer>> operatorChips = new HashMap<>();
    private final Map<String, Integer> sharedBase = new HashMap<>();
    private final long[] chipUsed;

    /** All images plus per-chip SDRAM use. */
    public record Images(List<SdramImage> images, List<SharedBlock> shared, long[] sdramPerChip) {
    }

    /**
     * An ensemble cluster's shared SDRAM block.
     *
     * @param operator operator id
     * @param cluster  cluster index
     * @param x        chip x
     * @param y        chip y
     * @param base     address of the input vector
     * @param inputWords  words of the input vector
     * @param spikeWords  words of the spike vector
     * @param bytes    block size
     */
    public record SharedBlock(int operator, int cluster, int x, int y, int base, int inputWords, int spikeWords,
                              int bytes) {
    }

    private ImageWriter(final DeviceModel model, final Partitioning part, final Placements placements,
                        final KeySpace keys, final List<Net> nets, final QuantisationLog log) {
        this.model = model;
        this.part = part;
        this.placements = placements;
        this.keys = keys;
        this.log = log;
        this.chipUsed = new long[placements.machine().slots()];
        for (Net n : nets) {
            for (int i = 0; i < n.sinks().size(); i++) {
                final int[] e = {keys.filterKey(n.signal()), keys.filterMask(), keys.dimensionMask(),
                    n.sinkFilters()[i]};
                final List<int[]> list = filterRoutes.computeIfAbsent(n.sinks().get(i).id(), k -> new ArrayList<>());
                if (list.stream().noneMatch(x -> java.util.Arrays.equals(x, e))) {
                    list.add(e);
                }
            }
        }
        for (List<int[]> l : filterRoutes.values()) {
            l.sort((a, b) -> a[0] != b[0] ? Integer.compareUnsigned(a[0], b[0]) : Integer.compare(a[3], b[3]));
        }
        for (DeviceOperator op : model.operators()) {
            operatorChips.put(op.id(), new ArrayList<>(new TreeSet<>(part.of(op).stream().map(placements::chipOf)
                .toList())));
        }
    }

    /**
     * @param model      the device model
     * @param part       the vertices
     * @param placements where they run
     * @param keys       the key space
     * @param nets       the nets (for filter routing)
     * @param log        where conversions are recorded
     * @return the images, in vertex order
     */
    public static Images write(final DeviceModel model, final Partitioning part, final Placements placements,
                               final KeySpace keys, final List<Net> nets, final QuantisationLog log) {
        final ImageWriter w = new ImageWriter(model, part, placements, keys, nets, log);
        final List<SharedBlock> shared = w.allocateShared();
        final List<SdramImage> images = new ArrayList<>();
        final SdramImage[] byVertex = new SdramImage[part.vertices().size()];
        for (int chip : placements.chipsUsed()) {
            for (Vertex v : placements.on(part.vertices(), chip)) {
                final RegionWords r = w.regions(v);
                final int base = ImageLayout.SDRAM_BASE + (int) w.chipUsed[chip];
                w.chipUsed[chip] += r.totalBytes();
                final SpinnakerMachine.Chip c = placements.machine().chip(chip);
                byVertex[v.id()] = r.image(v.id(), c.x(), c.y(), placements.coreOf(v), base);
            }
        }
        for (SdramImage im : byVertex) {
            images.add(im);
        }
        return new Images(images, shared, w.chipUsed.clone());
    }

    /**
     * An upper bound of a vertex's block size, before keys exist (for placement): every incoming signal is counted
     * as one filter routing entry.
     *
     * @param model the device model
     * @param part  the vertices
     * @param v     the vertex
     * @return bytes
     */
    public static long estimateBytes(final DeviceModel model, final Partitioning part, final Vertex v) {
        int entries = 0;
        for (DeviceSignal s : model.signals()) {
            for (DeviceSignal.Sink k : s.sinks()) {
                entries += k.operator() == v.operator() ? 1 : 0;
            }
        }
        final RegionWords r = new RegionWords(v.app());
        fill(r, v, model, part, new int[v.outputs().size()], new int[entries][4], new int[2], new QuantisationLog());
        return r.totalBytes();
    }

    /**
     * @param group a placement group
     * @return bytes of its shared block (ensemble clusters), else 0
     */
    public static long sharedBytes(final List<Vertex> group) {
        final Vertex v = group.get(0);
        return v.operator() instanceof EnsembleOperator e
            ? ImageLayout.clusterBlockBytes(v.clusterNeurons().size(), e.inputSize()) : 0;
    }

    private List<SharedBlock> allocateShared() {
        final List<SharedBlock> out = new ArrayList<>();
        for (int chip : placements.chipsUsed()) {
            for (Vertex v : placements.on(part.vertices(), chip)) {
                if (v.operator() instanceof EnsembleOperator e && v.population() == 0) {
                    final int base = ImageLayout.SDRAM_BASE + (int) chipUsed[chip];
                    final int bytes = ImageLayout.clusterBlockBytes(v.clusterNeurons().size(), e.inputSize());
                    chipUsed[chip] += bytes;
                    sharedBase.put(e.id() + "/" + v.cluster(), base);
                    final SpinnakerMachine.Chip c = placements.machine().chip(chip);
                    out.add(new SharedBlock(e.id(), v.cluster(), c.x(), c.y(), base, e.inputSize(),
                        ImageLayout.spikeWords(v.clusterNeurons().size()), bytes));
                }
            }
        }
        return out;
    }

    private RegionWords regions(final Vertex v) {
        final int[] outKeys = new int[v.outputs().size()];
        final List<Integer> chips = operatorChips.get(v.operator().id());
        final int cluster = chips.indexOf(placements.chipOf(v));
        for (int j = v.outputs().lo(); j < v.outputs().hi(); j++) {
            final DeviceOperator op = v.operator();
            outKeys[j - v.outputs().lo()] = keys.key(op.rowSignal(j), cluster, op.rowIndex(j));
        }
        final int[][] routes = filterRoutes.getOrDefault(v.id(), List.of()).toArray(new int[0][]);
        final int[] shared = new int[2];
        if (v.operator() instanceof EnsembleOperator e) {
            final int base = sharedBase.get(e.id() + "/" + v.cluster());
            shared[0] = base;
            shared[1] = base + 4 * e.inputSize();
        }
        final RegionWords r = new RegionWords(v.app());
        fill(r, v, model, part, outKeys, routes, shared, log);
        return r;
    }

    private static void fill(final RegionWords r, final Vertex v, final DeviceModel model, final Partitioning part,
                             final int[] outKeys, final int[][] routes, final int[] shared,
                             final QuantisationLog log) {
        final int ts = model.machineTimestepUs();
        final DeviceOperator op = v.operator();
        if (op instanceof EnsembleOperator e) {
            ensemble(r, v, e, model, part, outKeys, routes, shared, log);
        } else if (op instanceof FilterOperator f) {
            r.put(ImageLayout.FLT_SYSTEM, "u32", ts, v.inputs().size(), v.inputs().lo(), v.outputs().size());
            r.put(ImageLayout.FLT_KEYS, "key", outKeys);
            r.put(ImageLayout.FLT_FILTERS, "filters", filters(f, v.inputs().size(), model.dt(), log));
            r.put(ImageLayout.FLT_ROUTING, "routing", routing(routes));
            final int cols = v.inputs().size();
            final int[] t = new int[v.outputs().size() * cols];
            for (int j = 0; j < v.outputs().size(); j++) {
                final double[] row = f.transformRow(v.outputs().lo() + j);
                for (int c = 0; c < cols; c++) {
                    t[j * cols + c] = log.raw("transform", f.label(), row[v.inputs().lo() + c]);
                }
            }
            r.put(ImageLayout.FLT_TRANSFORM, "s16.15", t);
        } else if (op instanceof ValueSourceOperator s) {
            final int size = v.outputs().size();
            final int frames = s.steps();
            final int perBlock = Math.max(1, ImageLayout.VALUE_SOURCE_BLOCK_BYTES / (4 * size));
            final int blocks = (frames + perBlock - 1) / perBlock;
            r.put(ImageLayout.VS_SYSTEM, "u32", ts, size, s.periodic() ? 1 : 0, blocks, perBlock,
                frames - (blocks - 1) * perBlock);
            r.put(ImageLayout.VS_KEYS, "key", outKeys);
            final int[] vals = new int[frames * size];
            for (int k = 0; k < frames; k++) {
                for (int j = 0; j < size; j++) {
                    vals[k * size + j] = log.raw("values", s.label(), s.value(k, v.outputs().lo() + j));
                }
            }
            r.put(ImageLayout.VS_VALUES, "s16.15", vals);
        } else {
            final ValueSinkOperator s = (ValueSinkOperator) op;
            r.put(ImageLayout.SINK_SYSTEM, "u32", ts, v.inputs().size(), v.inputs().lo());
            r.put(ImageLayout.SINK_FILTERS, "filters", filters(s, v.inputs().size(), model.dt(), log));
            r.put(ImageLayout.SINK_ROUTING, "routing", routing(routes));
            r.reserve(ImageLayout.SINK_RECORDING, "s16.15", model.steps() * v.inputs().size());
        }
    }

    private static void ensemble(final RegionWords r, final Vertex v, final EnsembleOperator e,
                                 final DeviceModel model, final Partitioning part, final int[] outKeys,
                                 final int[][] routes, final int[] shared, final QuantisationLog log) {
        final double dt = model.dt();
        final int n = v.neurons().size();
        final int d = e.inputSize();
        final Span cn = v.clusterNeurons();
        final List<Vertex> cluster = new ArrayList<>();
        for (Vertex w : part.of(e)) {
            if (w.cluster() == v.cluster()) {
                cluster.add(w);
            }
        }
        final int flags = (e.recordSpikes() ? 1 : 0) | (e.recordVoltage() ? 2 : 0);
        r.put(ImageLayout.ENS_PARAMS, "u32", model.machineTimestepUs(), n, d, d, cn.size(), cluster.size(),
            v.population(), v.inputs().lo(), v.inputs().size(), v.outputs().size(), 0, 0, 0, flags, shared[0], shared[1],
            shared[1] + 4 * ImageLayout.spikeWords(cn.size()) + ImageLayout.UNBUFFERED_OFFSET,
            shared[1] + 4 * ImageLayout.spikeWords(cn.size()) + 1 + ImageLayout.UNBUFFERED_OFFSET);
        final double k = -Math.expm1(-dt / e.tauRc()) * (1 - Math.pow(2, -11));
        r.put(ImageLayout.ENS_LIF, "s16.15,u32", log.raw("lif", e.label(), k),
            (int) FixedPoint.pythonFloorDiv(e.tauRef(), dt));
        final int[] enc = new int[n * d];
        final int[] bias = new int[n];
        final int[] gain = new int[n];
        final double[] effBias = e.effectiveBias();
        for (int i = 0; i < n; i++) {
            final int neuron = v.neurons().lo() + i;
            for (int c = 0; c < d; c++) {
                enc[i * d + c] = log.raw("encoders", e.label(), e.scaledEncoders()[neuron][c]);
            }
            bias[i] = log.raw("bias", e.label(), effBias[neuron]);
            gain[i] = log.raw("gain", e.label(), e.gain()[neuron]);
        }
        r.put(ImageLayout.ENS_ENCODERS, "s16.15", enc);
        r.put(ImageLayout.ENS_BIAS, "s16.15", bias);
        r.put(ImageLayout.ENS_GAIN, "s16.15", gain);
        final int rows = v.outputs().size();
        final int[] dec = new int[rows * cn.size()];
        for (int j = 0; j < rows; j++) {
            final double[] row = e.decoderRow(v.outputs().lo() + j);
            for (int i = 0; i < cn.size(); i++) {
                dec[j * cn.size() + i] = log.raw("decoders", e.label(), e.amplitude() * row[cn.lo() + i] / dt);
            }
        }
        r.put(ImageLayout.ENS_DECODERS, "s16.15", dec);
        r.put(ImageLayout.ENS_KEYS, "key", outKeys);
        final int[] pops = new int[cluster.size()];
        for (Vertex w : cluster) {
            pops[w.population()] = w.neurons().size();
        }
        r.put(ImageLayout.ENS_POPULATION_LENGTHS, "u32", pops);
        r.put(ImageLayout.ENS_INPUT_FILTERS, "filters", filters(e, v.inputs().size(), dt, log));
        r.put(ImageLayout.ENS_INPUT_ROUTING, "routing", routing(routes));
        for (int i = ImageLayout.ENS_INHIB_FILTERS; i <= ImageLayout.ENS_LEARNT_ENC_ROUTING; i++) {
            r.put(i, i % 2 == 1 ? "filters" : "routing", 0);
        }
        r.put(ImageLayout.ENS_PES, "u32", 0);
        r.put(ImageLayout.ENS_VOJA, "u32,s16.15", 0, log.raw("voja", e.label(), 1 / e.radius()));
        r.put(ImageLayout.ENS_FILTERED_ACTIVITY, "u32", 0);
        if (e.recordSpikes()) {
            r.reserve(ImageLayout.ENS_SPIKE_REC, "spikes", model.steps() * ImageLayout.spikeWords(n));
        }
        if (e.recordVoltage()) {
            r.reserve(ImageLayout.ENS_VOLTAGE_REC, "u1.15x2", model.steps() * ((n + 1) / 2));
        }
    }

    static int[] filters(final DeviceOperator op, final int width, final double dt, final QuantisationLog log) {
        final List<Integer> w = new ArrayList<>();
        w.add(op.inputFilters().size());
        for (FilterSpec f : op.inputFilters()) {
            w.add(ImageLayout.filterDataWords(f));
            w.add(f.kind().code());
            w.add(width);
            w.add(f.latching() ? 1 : 0);
            switch (f.kind()) {
                case NONE -> { }
                case LOWPASS -> {
                    final double a = f.tau() == 0 ? 0 : Math.exp(-dt / f.tau());
                    w.add(log.raw("filters", op.label(), a));
                    w.add(log.raw("filters", op.label(), f.tau() == 0 ? 1 : -Math.expm1(-dt / f.tau())));
                }
                case LTI -> {
                    w.add(f.order());
                    for (int k = 0; k < f.order(); k++) {
                        w.add(log.raw("filters", op.label(), f.a()[k]));
                        w.add(log.raw("filters", op.label(), f.b()[k]));
                    }
                }
                default -> throw new IllegalStateException("filter kind " + f.kind());
            }
        }
        return w.stream().mapToInt(Integer::intValue).toArray();
    }

    static int[] routing(final int[][] routes) {
        final int[] out = new int[1 + ImageLayout.ROUTING_ENTRY_WORDS * routes.length];
        out[0] = routes.length;
        for (int i = 0; i < routes.length; i++) {
            System.arraycopy(routes[i], 0, out, 1 + ImageLayout.ROUTING_ENTRY_WORDS * i, 4);
        }
        return out;
    }
}
