package dev.neurovec.spinnaker;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bit-level emulation of a SpiNNaker deployment from its artifact alone (hardware.md §E3.2). Its only input is an
 * {@link ArtifactReader}: each core's program is rebuilt by decoding its SDRAM image ({@link ImageDecoder}), and
 * every packet travels through the loaded, compressed routing tables ({@link PacketRouter}). So an emulation within
 * tolerance of the float simulation shows the emitted configuration is right, not just the mapper's objects.
 *
 * <p>What it does not model: packet timing inside a step (a packet sent in step t is always filtered in step t + 1;
 * on hardware an early packet may be used one step sooner), router congestion and time-outs, and the host link
 * (there are no SDP receivers or transmitters yet). Queue overflow is modelled only when a capacity is set.
 */
public final class SpinnakerEmulator {
    private final SpinnakerMachine machine;
    private final List<CoreProgram> programs;
    private final PacketRouter router;
    private final EmulatorCounters counters;
    private final int steps;
    private final double dt;
    private final MultiplyRounding rounding;
    private final Map<Integer, int[]> neuronSpans = new HashMap<>();
    private final Map<Integer, int[]> inputSpans = new HashMap<>();
    private final List<ArtifactReader.ProbeEntry> probes;
    private final CoreProgram[] cores;
    private final long[] perStep;
    private int next;

    /**
     * Loads the artifact: decodes every image, rebuilds cluster memories, loads the compressed tables.
     *
     * @param artifact the artifact
     * @param options  settings
     */
    public SpinnakerEmulator(final ArtifactReader artifact, final EmulatorOptions options) {
        this.machine = artifact.machine();
        this.dt = artifact.dt();
        this.steps = options.steps() == 0 ? artifact.steps() : options.steps();
        if (steps > artifact.steps()) {
            throw new IllegalArgumentException("EmulatorOptions: steps = " + steps + "; expected <= the artifact's"
                + " period of " + artifact.steps() + " steps");
        }
        this.rounding = options.rounding() != null ? options.rounding() : artifact.rounding();
        this.counters = new EmulatorCounters(machine.slots());
        this.probes = artifact.probes();
        final Map<Integer, ArtifactReader.VertexEntry> vertices = new HashMap<>();
        for (ArtifactReader.VertexEntry v : artifact.vertices()) {
            vertices.put(v.id(), v);
        }
        for (JsonNode v : artifact.verticesTree().get("vertices")) {
            neuronSpans.put(v.get("id").asInt(), ArtifactReader.ints(v.get("slices").get("neurons")));
            inputSpans.put(v.get("id").asInt(), ArtifactReader.ints(v.get("slices").get("inDims")));
        }
        final Map<String, int[]> placed = artifact.placements();
        final List<ArtifactReader.Block> blocks = new ArrayList<>(artifact.blocks());
        blocks.sort(Comparator.<ArtifactReader.Block>comparingInt(b -> b.x()).thenComparingInt(b -> b.y())
            .thenComparingInt(b -> b.p()));
        final CoreProgram[] slots = new CoreProgram[machine.slots() * SpinnakerMachine.CORES_PER_CHIP];
        final Map<Long, ClusterMemory> memories = new HashMap<>();
        this.programs = new ArrayList<>();
        for (ArtifactReader.Block b : blocks) {
            final ArtifactReader.VertexEntry v = vertices.get(b.vertex());
            final int[] xyp = placed.get(v.label());
            if (xyp == null || xyp[0] != b.x() || xyp[1] != b.y() || xyp[2] != b.p() || v.app() != b.app()) {
                throw new MappingError("SDRAM block of vertex " + b.vertex() + " is for core (" + b.x() + ", " + b.y()
                    + ", " + b.p() + ") running " + b.app().id() + "; placements.json/vertices.json say "
                    + (xyp == null ? "nothing" : "(" + xyp[0] + ", " + xyp[1] + ", " + xyp[2] + ")") + " running "
                    + v.app().id());
            }
            final int chip = machine.index(b.x(), b.y());
            final SpinnakerMachine.Chip mc = machine.chip(chip);
            if (mc == null || b.p() == SpinnakerMachine.MONITOR_CORE || java.util.Arrays.stream(mc.applicationCores())
                .noneMatch(p -> p == b.p())) {
                throw MappingError.of("vertex " + b.vertex(), "core", "(" + b.x() + ", " + b.y() + ", " + b.p() + ")",
                    "an application core of a chip of " + machine);
            }
            final String name = "SDRAM block of vertex " + b.vertex() + " at (" + b.x() + ", " + b.y() + ", " + b.p()
                + ")";
            final ImageDecoder.Decoded d = ImageDecoder.decode(name, b.app(), artifact.image(b), b.totalBytes());
            final CoreProgram prog;
            if (d instanceof ImageDecoder.EnsembleBlock e) {
                final long key = ((long) chip << 32) | (e.inputVector() & 0xffffffffL);
                final ClusterMemory mem = memories.computeIfAbsent(key,
                    k -> new ClusterMemory(e.sizeIn(), e.clusterNeurons()));
                if (mem.inputVector.length != e.sizeIn()
                    || mem.spikeVector.length != ImageLayout.spikeWords(e.clusterNeurons())) {
                    throw MappingError.of(name, "shared block at 0x" + Integer.toHexString(e.inputVector())
                        + " sizes", e.sizeIn() + " inputs / " + e.clusterNeurons() + " neurons",
                        "the sizes of the other cores of its cluster");
                }
                prog = new EnsembleCore(b.vertex(), chip, b.p(), e, mem, rounding, steps);
            } else if (d instanceof ImageDecoder.FilterBlock f) {
                prog = new FilterCore(b.vertex(), chip, b.p(), f);
            } else if (d instanceof ImageDecoder.SourceBlock s) {
                prog = new SourceCore(b.vertex(), chip, b.p(), s);
            } else {
                prog = new SinkCore(b.vertex(), chip, b.p(), (ImageDecoder.SinkBlock) d, steps);
            }
            final int slot = chip * SpinnakerMachine.CORES_PER_CHIP + b.p();
            if (slots[slot] != null) {
                throw MappingError.of(name, "vertices on the core", 2, 1);
            }
            slots[slot] = prog;
            programs.add(prog);
        }
        int packetsPerStep = 0;
        for (ArtifactReader.Block b : blocks) {
            packetsPerStep += b.app() == App.VALUE_SINK ? 0 : keysOf(b, artifact);
        }
        final int capacity = options.queueCapacity() > 0 ? options.queueCapacity() : packetsPerStep + 1;
        for (CoreProgram p : programs) {
            p.allocateQueue(capacity);
        }
        this.router = new PacketRouter(machine, artifact.routingTables(machine, true), slots, counters,
            options.hopLimit());
        this.cores = programs.toArray(new CoreProgram[0]);
        this.perStep = new long[steps];
    }

    private static int keysOf(final ArtifactReader.Block b, final ArtifactReader a) {
        final int region = b.app() == App.ENSEMBLE ? ImageLayout.ENS_KEYS
            : b.app() == App.FILTER ? ImageLayout.FLT_KEYS : ImageLayout.VS_KEYS;
        for (SdramImage.Region r : b.regions()) {
            if (r.index() == region) {
                return r.size() / 4;
            }
        }
        return 0;
    }

    /**
     * Runs one step: every core's input phase, then every ensemble's neuron phase, then every core's output phase
     * (packets routed into the next step's queues). Allocates nothing.
     */
    void step() {
        final CoreProgram[] ps = cores;
        final EmulatorCounters c = counters;
        final int t = next;
        for (CoreProgram p : ps) {
            p.input(t, c);
        }
        for (CoreProgram p : ps) {
            p.neurons(t, c);
        }
        final long before = c.sent;
        for (CoreProgram p : ps) {
            p.output(t, router, c);
        }
        perStep[t] = c.sent - before;
        if (perStep[t] > c.maxSentInStep) {
            c.maxSentInStep = perStep[t];
        }
        for (CoreProgram p : ps) {
            p.swapQueues();
        }
        next = t + 1;
    }

    /** @return the rounding in use */
    public MultiplyRounding rounding() {
        return rounding;
    }

    /**
     * Runs every step not yet run.
     *
     * @return recordings and counters
     */
    public EmulationResult run() {
        while (next < steps) {
            step();
        }
        final CoreProgram[] ps = cores;
        final EmulatorCounters c = counters;
        final Map<Integer, int[]> sinks = new HashMap<>();
        final Map<Integer, int[]> spikes = new HashMap<>();
        final Map<Integer, int[]> voltages = new HashMap<>();
        for (CoreProgram p : ps) {
            if (p instanceof SinkCore s) {
                sinks.put(s.vertex, s.recording);
            } else if (p instanceof EnsembleCore e) {
                spikes.put(e.vertex, e.spikeRecording);
                voltages.put(e.vertex, e.voltageRecording);
            }
        }
        return new EmulationResult(machine, steps, dt, rounding, c, perStep.clone(), probes, sinks, spikes, voltages,
            neuronSpans, inputSpans);
    }
}
