package dev.neurovec.spinnaker;

import dev.neurovec.network.Probe;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The plain-Java entry point behind {@code neurovec spinnaker <network> --out DIR}: builds a reference network, runs
 * the float simulation, maps the network, writes the artifact, re-reads it, verifies it, emulates it from the files
 * alone, compares every probe with the float run, prints a summary and writes {@code report.json}. The exit code is
 * 0 only when every check (limits, invariants, emulation faults, fidelity) passes.
 */
public final class SpinnakerTool {
    /** Exit code when every check passes. */
    public static final int OK = 0;
    /** Exit code when a check fails. */
    public static final int CHECK_FAILED = 1;
    /** Exit code for a usage error (unknown network, bad option). */
    public static final int USAGE = 2;

    private SpinnakerTool() {
    }

    /** @return every reference network as {@code name - description}, for {@code --list} */
    public static List<String> referenceNetworks() {
        return ReferenceNetworks.all().stream().map(r -> r.name() + " - " + r.description()).toList();
    }

    /**
     * Maps, emits, verifies and emulates with the default options.
     *
     * @param network a reference network name
     * @param outDir  the artifact folder
     * @param out     where the summary goes
     * @return the exit code
     */
    public static int run(final String network, final Path outDir, final PrintStream out) {
        return run(network, outDir, out, SpinnakerOptions.defaults());
    }

    /**
     * Maps, emits, verifies and emulates.
     *
     * @param network a reference network name
     * @param outDir  the artifact folder
     * @param out     where the summary goes
     * @param options machine, steps, rounding, queue
     * @return the exit code
     */
    public static int run(final String network, final Path outDir, final PrintStream out,
                          final SpinnakerOptions options) {
        final ReferenceNetwork ref;
        final SpinnakerMachine base;
        try {
            ref = ReferenceNetworks.get(network);
            base = SpinnakerMachine.parse(options.machine());
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("reference networks:");
            referenceNetworks().forEach(n -> out.println("  " + n));
            return USAGE;
        }
        final Integer entries = options.routerEntries() != null ? options.routerEntries() : ref.routerEntries();
        final SpinnakerMachine machine = entries == null ? base : base.withRouterEntries(entries);
        final Outcome o = execute(ref, outDir, machine, options);
        out.print(o.report().human());
        out.println("  artifact: " + outDir.toAbsolutePath() + " (report.json)");
        return o.report().ok() ? OK : CHECK_FAILED;
    }

    /** Everything one run produced (for tests and the README table). */
    record Outcome(Mapping mapping, EmulationResult emulation, List<Check> checks, List<Fidelity> fidelity,
                   Report report) {
    }

    static Outcome execute(final ReferenceNetwork ref, final Path outDir, final SpinnakerMachine machine,
                           final SpinnakerOptions options) {
        final Map<String, Double> times = new LinkedHashMap<>();
        final ReferenceNetwork.Instance inst = ref.build();
        final int steps = options.steps() != null ? options.steps() : ref.steps();
        long t0 = System.nanoTime();
        try (Simulator sim = new Simulator(inst.network(),
            SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE).withPrecision(Precision.FLOAT64))) {
            sim.runSteps(steps);
            times.put("floatSimulation", (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            final Mapping mapping = SpinnakerMapper.map(inst.network(), sim.model(), steps, machine,
                options.rounding());
            times.put("map", (System.nanoTime() - t0) / 1e6);
            mapping.timingsMs().forEach((k, v) -> times.put("map." + k, v));
            t0 = System.nanoTime();
            ArtifactWriter.write(mapping, outDir);
            times.put("emit", (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            final ArtifactReader artifact = ArtifactReader.open(outDir);
            final List<Check> checks = new ArrayList<>(MappingVerifier.verify(mapping, artifact));
            times.put("verify", (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            final EmulationResult r = new SpinnakerEmulator(artifact, new EmulatorOptions(options.rounding(), steps,
                options.queueCapacity(), 64)).run();
            times.put("emulate", (System.nanoTime() - t0) / 1e6);
            final EmulatorCounters c = r.counters();
            checks.add(Check.none("emulator: packets dropped, looped, duplicated or misdelivered", c.faults(),
                "no route " + c.droppedNoRoute() + ", dead link " + c.droppedDeadLink() + ", queue full "
                    + c.droppedQueueFull() + ", no core " + c.droppedNoCore() + ", loops " + c.loops()
                    + ", duplicates " + c.duplicates() + ", no filter " + c.wastedNoFilter() + ", out of slice "
                    + c.outOfSlice()));
            checks.add(Check.none("emulator: wrapped 32-bit arithmetic", c.overflows(), "accumulators, currents,"
                + " voltages, decoded sums"));
            final List<Fidelity> fidelity = new ArrayList<>();
            for (DeviceProbe p : mapping.model().probes()) {
                final Tolerance tol = inst.tolerances().get(p.probe());
                if (tol == null) {
                    continue;
                }
                final Fidelity f = Fidelity.compare(label(p.probe()), tol, sim.dataDouble(p.probe()),
                    r.data(r.probe(p.id())), mapping.model().dt());
                fidelity.add(f);
                checks.add(new Check("fidelity " + f.probe(), f.ok(), String.format(java.util.Locale.ROOT,
                    "rmse %.5f%s", f.rmse(), Double.isNaN(f.maxAbs()) ? ""
                        : String.format(java.util.Locale.ROOT, ", max %.5f", f.maxAbs())),
                    String.format(java.util.Locale.ROOT, "rmse %s%s", tol.rmse(), Double.isNaN(tol.maxAbs()) ? ""
                        : ", max " + tol.maxAbs()), tol.source()));
            }
            final Report report = new Report(ref.name(), mapping, checks, r, fidelity, times, size(outDir));
            Json.write(outDir.resolve(ArtifactLayout.REPORT), report.json());
            return new Outcome(mapping, r, checks, fidelity, report);
        }
    }

    private static String label(final Probe p) {
        return p.label() != null ? p.label() : p.describe();
    }

    private static long size(final Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Maps, emits, verifies and emulates every reference network (artifacts in {@code outDir/<name>}) and prints
     * the measured table of the README, in Markdown.
     *
     * @param outDir  parent folder of the artifacts
     * @param out     where the table goes
     * @param options machine, steps, rounding, queue (the reference networks' own steps and router entries are
     *                used unless the options set them)
     * @return 0 when every check of every network passes, else 1
     */
    public static int table(final Path outDir, final PrintStream out, final SpinnakerOptions options) {
        out.println("| network | chips | cores | routing entries before -> after (max/chip) | free entries | "
            + "packets/step | fidelity: RMSE / tolerance | checks |");
        out.println("|---|---:|---:|---|---:|---:|---|---|");
        boolean ok = true;
        for (ReferenceNetwork ref : ReferenceNetworks.all()) {
            final Integer entries = options.routerEntries() != null ? options.routerEntries() : ref.routerEntries();
            final SpinnakerMachine base = SpinnakerMachine.parse(options.machine());
            final Outcome o = execute(ref, outDir.resolve(ref.name()), entries == null ? base
                : base.withRouterEntries(entries), options);
            final Report r = o.report();
            final StringBuilder fid = new StringBuilder();
            for (Fidelity f : o.fidelity()) {
                fid.append(fid.length() > 0 ? "; " : "").append(f.probe()).append(' ').append(String.format(
                    java.util.Locale.ROOT, "%.4f / %s%s", f.rmse(), f.tolerance().rmse(),
                    f.tolerance().metric() == Tolerance.Metric.SPIKE_RATES ? " Hz" : ""));
            }
            final long passed = o.checks().stream().filter(Check::ok).count();
            out.printf(java.util.Locale.ROOT, "| %s | %d | %d | %d -> %d (%d -> %d) | %d | %.1f | %s | %d/%d |%n",
                ref.name(), o.mapping().placements().chipsUsed().size(), o.mapping().partitioning().vertices().size(),
                r.entriesBefore(), r.entriesAfter(), r.maxBefore(), r.maxAfter(), entries == null
                    ? SpinnakerMachine.ROUTER_ENTRIES_FREE : entries, r.packetsPerStep(), fid, passed,
                o.checks().size());
            ok &= r.ok();
        }
        return ok ? OK : CHECK_FAILED;
    }

    /**
     * Command-line use without picocli: {@code SpinnakerTool --list}, {@code SpinnakerTool --table OUT_DIR} or
     * {@code SpinnakerTool NAME OUT_DIR}.
     *
     * @param args arguments
     */
    public static void main(final String[] args) {
        if (args.length == 1 && "--list".equals(args[0])) {
            referenceNetworks().forEach(System.out::println);
            return;
        }
        if (args.length == 2 && "--table".equals(args[0])) {
            System.exit(table(Path.of(args[1]), System.out, SpinnakerOptions.defaults()));
        }
        if (args.length != 2) {
            System.err.println("usage: SpinnakerTool --list | SpinnakerTool --table OUT_DIR | SpinnakerTool NETWORK"
                + " OUT_DIR");
            System.exit(USAGE);
        }
        System.exit(run(args[0], Path.of(args[1]), System.out));
    }
}
