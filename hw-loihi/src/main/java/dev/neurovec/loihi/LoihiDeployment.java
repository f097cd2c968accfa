package dev.neurovec.loihi;

import dev.neurovec.build.Model;
import dev.neurovec.build.ModelBuilder;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole Loihi path for one network (hardware.md §E1): build with the engine, split host/chip and make the
 * device model, precompute the host spikes, discretize, split, place, emit the artifact; then read the artifact
 * back, check it, emulate it (integer and float) followed by the host part fed by the chip, simulate the network
 * in float64 with NeuroVec, and measure fidelity per probe.
 */
public final class LoihiDeployment {

    /**
     * A compiled network.
     *
     * @param artifact   the artifact (in memory)
     * @param build      the device model and host plan (the model is discretized and split)
     * @param seed       the network seed
     * @param steps      steps the host inputs were precomputed for
     * @param buildNanos time to build and compile
     */
    public record Compiled(Artifact artifact, LoihiBuilder.Build build, long seed, int steps, long buildNanos) {
        /** @return the device model */
        public LoihiModel model() {
            return build.model();
        }
    }

    /**
     * What a deployment produced.
     *
     * @param compiled  the compilation
     * @param dir       the artifact directory
     * @param integer   integer emulation
     * @param floating  float emulation
     * @param reference float NeuroVec simulation per probe label
     * @param fidelity  per probe with a tolerance
     * @param checks    every limit and invariant
     * @param timingsMs stage timings in milliseconds
     */
    public record Outcome(Compiled compiled, Path dir, EmulatorResult integer, EmulatorResult floating,
                          Map<String, double[][]> reference, List<Fidelity> fidelity, List<Check> checks,
                          Map<String, Long> timingsMs) {
        /** @return true when every check passes */
        public boolean passed() {
            for (Check c : checks) {
                if (!c.ok()) {
                    return false;
                }
            }
            return true;
        }
    }

    private LoihiDeployment() {
    }

    /**
     * Builds and compiles a network into an artifact (nothing written).
     *
     * @param net   the network; must have a seed (artifacts are reproducible)
     * @param opts  settings
     * @param steps host steps to precompute
     * @return the compilation
     */
    public static Compiled compile(final Network net, final LoihiOptions opts, final int steps) {
        checkSeeded(net);
        return compile(net, ModelBuilder.build(net, opts.dt()), opts, steps);
    }

    private static void checkSeeded(final Network net) {
        if (net.seed() == null) {
            throw ValidationError.of(net.describe(), "seed", null, "a seed (a Loihi artifact must be reproducible)");
        }
    }

    /**
     * Compiles a network from an existing engine build of it.
     *
     * @param net   the network (seeded)
     * @param built the engine's build of the network at {@code opts.dt()}
     * @param opts  settings
     * @param steps host steps to precompute
     * @return the compilation
     */
    public static Compiled compile(final Network net, final Model built, final LoihiOptions opts, final int steps) {
        checkSeeded(net);
        if (steps < 1) {
            throw ValidationError.of(net.describe(), "steps", steps, ">= 1");
        }
        final long t0 = System.nanoTime();
        final LoihiBuilder.Build b = LoihiBuilder.build(net, built, opts);
        HostRunner.precompute(b, steps, net.seed());
        final LoihiLimits splitLimits = opts.splitBlocks() ? opts.limits() : LoihiLimits.lifted();
        final Artifact a = LoihiCompiler.compile(b.model(), splitLimits.withChips(opts.limits().nChips())
                .withMaxSpikesPerStep(opts.limits().maxSpikesPerStep()), opts.strategy(), net.seed(), steps,
            b.builder(), hostPlan(b, opts.dt()), hash(net));
        return new Compiled(a, b, net.seed(), steps, System.nanoTime() - t0);
    }

    /** The host side of a build, as host.json records it; host objects it names must have unique paths. */
    private static LoihiCompiler.HostPlan hostPlan(final LoihiBuilder.Build b, final double dt) {
        final List<String> hostObjects = new ArrayList<>();
        for (Node n : b.hostNodes()) {
            hostObjects.add(n.path());
        }
        final List<ArtifactFiles.Host2Chip> h2c = new ArrayList<>();
        for (LoihiBuilder.HostInput hi : b.hostInputs()) {
            h2c.add(new ArtifactFiles.Host2Chip(hi.link().label(), b.model().inputs.indexOf(hi.input()),
                new ArtifactFiles.OnOffEncoder("OnOff", hi.dims(), 0.5 / dt, 0.5 / dt)));
        }
        final List<ArtifactFiles.Chip2Host> c2h = new ArrayList<>();
        for (LoihiBuilder.HostOutput ho : b.hostOutputs()) {
            final Link l = ho.link();
            final Node receiver = (Node) l.post();
            checkUniquePath(receiver, hostObjects);
            c2h.add(new ArtifactFiles.Chip2Host(l.label(), b.model().probes.indexOf(ho.probe()), receiver.path(),
                list(l.postIdx()), l.sizeOut(), HostFilterCodec.encode(l.synapse(), l.label())));
        }
        final List<ArtifactFiles.HostProbeSpec> probes = new ArrayList<>();
        for (LoihiBuilder.HostProbe hp : b.hostProbes()) {
            checkUniquePath(hp.node(), hostObjects);
            probes.add(new ArtifactFiles.HostProbeSpec(probes.size(), hp.probe().path(), hp.node().path(),
                list(hp.idx()), hp.probe().attr(), hp.probe().size(),
                HostFilterCodec.encode(hp.probe().synapse(), hp.probe().describe())));
        }
        return new LoihiCompiler.HostPlan(hostObjects, h2c, c2h, probes);
    }

    private static void checkUniquePath(final Node n, final List<String> hostObjects) {
        if (hostObjects.indexOf(n.path()) != hostObjects.lastIndexOf(n.path())) {
            throw ValidationError.of(n.describe(), "label", n.path(), "a path no other host node has (host.json"
                + " names the receivers of chip output and the probed host objects by path)");
        }
    }

    private static List<Integer> list(final int[] idx) {
        if (idx == null) {
            return null;
        }
        final List<Integer> l = new ArrayList<>(idx.length);
        for (int i : idx) {
            l.add(i);
        }
        return l;
    }

    /**
     * Emulates an artifact and then runs the host part that depends on the chip (the receivers of chip→host
     * links, what they feed, and the probes of host objects) in the float64 host simulation: the chip from the
     * artifact alone, the host from host.json's wiring and the build's host nodes (their code).
     *
     * @param c       the compilation that produced the artifact (its host nodes and host links)
     * @param reader  the artifact
     * @param options emulator mode and strictness
     * @param steps   steps to run
     * @return chip probes (those that carry chip→host links included) followed by the host probes
     */
    public static EmulatorResult emulate(final Compiled c, final ArtifactReader reader, final EmulatorOptions options,
                                         final int steps) {
        final EmulatorResult chip = new LoihiEmulator(reader, options).run(steps);
        return chip.withHostProbes(HostRunner.afterChip(reader.artifact(), c.build(), chip.probes(), steps,
            c.seed()));
    }

    /**
     * Compiles, writes, reads back, checks, emulates and compares a network.
     *
     * @param net        the network (seeded)
     * @param tolerances fidelity bar per probe (probes without one are emulated but not scored)
     * @param opts       settings
     * @param steps      steps to run
     * @param dir        artifact directory
     * @return the outcome (report.json is written by {@link LoihiReport})
     */
    public static Outcome deploy(final Network net, final Map<Probe, Tolerance> tolerances, final LoihiOptions opts,
                                 final int steps, final Path dir) {
        checkSeeded(net);
        final Map<String, Long> ms = new LinkedHashMap<>();
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withDt(opts.dt())
            .withPrecision(Precision.FLOAT64).withExecutor(ExecutorKind.REFERENCE))) {
            final Compiled c = compile(net, sim.model(), opts, steps);
            ms.put("buildAndCompile", c.buildNanos() / 1_000_000);
            long t = System.nanoTime();
            ArtifactWriter.write(c.artifact(), dir);
            final ArtifactReader reader = ArtifactReader.open(dir);
            ms.put("emitAndRead", (System.nanoTime() - t) / 1_000_000);
            final List<Check> checks = new ArrayList<>(ArtifactChecks.check(reader.artifact(), opts.limits()));
            t = System.nanoTime();
            final String diff = WeightReconstruction.fromArtifact(reader.artifact())
                .firstDifference(WeightReconstruction.fromModel(c.model()));
            checks.add(Check.of("connectivity.weights", "artifact", diff == null, diff == null
                ? "integer weights reconstructed from out_axons/synapse_map/synapses equal the discretized model's"
                : "reconstructed weights differ from the model: " + diff));
            ms.put("connectivityCheck", (System.nanoTime() - t) / 1_000_000);
            t = System.nanoTime();
            final EmulatorResult integer = emulate(c, reader, new EmulatorOptions(EmulatorOptions.Mode.INTEGER,
                opts.strict()), steps);
            ms.put("emulateInteger", (System.nanoTime() - t) / 1_000_000);
            final EmulatorResult floating = emulate(c, reader, new EmulatorOptions(EmulatorOptions.Mode.FLOAT, false),
                steps);
            t = System.nanoTime();
            sim.runSteps(steps);
            final Map<String, double[][]> reference = new LinkedHashMap<>();
            for (Probe p : net.allProbes()) {
                reference.put(p.path(), sim.dataDouble(p));
            }
            ms.put("floatSimulation", (System.nanoTime() - t) / 1_000_000);
            return outcome(c, dir, tolerances, reader, integer, floating, reference, checks, ms);
        }
    }

    private static Outcome outcome(final Compiled c, final Path dir, final Map<Probe, Tolerance> tolerances,
                                   final ArtifactReader reader, final EmulatorResult integer,
                                   final EmulatorResult floating, final Map<String, double[][]> reference,
                                   final List<Check> checks, final Map<String, Long> ms) {
        final List<Fidelity> fidelity = new ArrayList<>();
        for (Map.Entry<Probe, Tolerance> e : tolerances.entrySet()) {
            final String label = e.getKey().path();
            final Fidelity f = Fidelity.of(label, reference.get(label), integer.probe(label), floating.probe(label),
                e.getValue());
            fidelity.add(f);
            checks.add(new Check("fidelity.rmse", "probe '" + label + "'", Math.round(f.rmse() * 1e6),
                Math.round(e.getValue().rmse() * 1e6), f.ok(), "probe '" + label + "': RMSE " + fmt(f.rmse())
                + (f.ok() ? " <= " : " > ") + "tolerance " + fmt(e.getValue().rmse()) + " (float NeuroVec reference, "
                + "lag " + f.bestShiftSteps() + " steps)"));
        }
        final long cap = reader.artifact().host().maxSpikesPerStep();
        checks.add(new Check("hostLink.spikesPerChipStep", "host link", integer.maxHostSpikesPerChipStep(), cap,
            integer.hostSpikesDropped() == 0, "host link: max " + integer.maxHostSpikesPerChipStep()
            + " spikes per chip per step, cap " + cap + ", " + integer.hostSpikesDropped() + " spikes dropped"));
        checks.add(new Check("emulation.overflows", "emulation", integer.qOverflows() + integer.uOverflows(), 0,
            integer.qOverflows() + integer.uOverflows() == 0, "emulation: " + integer.qOverflows()
            + " q overflows, " + integer.uOverflows() + " u overflows"));
        return new Outcome(c, dir, integer, floating, reference, fidelity, checks, ms);
    }

    static String fmt(final double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    /** SHA-256 (first 16 bytes, hex) of the network's structure: objects, sizes, types, wiring, seeds. */
    static String hash(final Network net) {
        final StringBuilder sb = new StringBuilder("seed=" + net.seed() + "\n");
        for (Ensemble e : net.allEnsembles()) {
            sb.append("E ").append(e.path()).append(' ').append(e.nNeurons()).append(' ').append(e.dimensions())
                .append(' ').append(e.neuronType()).append(' ').append(e.radius()).append(' ').append(e.seed())
                .append('\n');
        }
        for (Node n : net.allNodes()) {
            sb.append("N ").append(n.path()).append(' ').append(n.kind()).append(' ').append(n.sizeIn()).append(' ')
                .append(n.sizeOut()).append('\n');
        }
        for (Connection c : net.allConnections()) {
            sb.append("C ").append(c.path()).append(' ').append(c.pre().describe()).append(' ')
                .append(c.post().describe()).append(' ').append(c.synapse()).append(' ').append(c.transform())
                .append(' ').append(c.solver().weights()).append('\n');
        }
        for (Probe p : net.allProbes()) {
            sb.append("P ").append(p.path()).append(' ').append(p.attr()).append(' ').append(p.synapse()).append('\n');
        }
        try {
            final byte[] h = MessageDigest.getInstance("SHA-256")
                .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
