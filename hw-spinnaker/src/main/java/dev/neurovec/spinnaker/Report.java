package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@code report.json} (hardware.md §E2.3, metrics of §E5) and its human-readable summary: hardware used,
 * routing (entries before and after minimisation), communication (packets per step), quantisation, fidelity per
 * probe, every check with {@code ok}, the emulator's counters and stage times.
 */
final class Report {
    private final String name;
    private final Mapping m;
    private final List<Check> checks;
    private final EmulationResult r;
    private final List<Fidelity> fidelity;
    private final Map<String, Double> timings;
    private final long artifactBytes;

    Report(final String name, final Mapping m, final List<Check> checks, final EmulationResult r,
           final List<Fidelity> fidelity, final Map<String, Double> timings, final long artifactBytes) {
        this.name = name;
        this.m = m;
        this.checks = checks;
        this.r = r;
        this.fidelity = fidelity;
        this.timings = timings;
        this.artifactBytes = artifactBytes;
    }

    boolean ok() {
        return checks.stream().allMatch(Check::ok);
    }

    int entriesBefore() {
        return m.uncompressed().stream().mapToInt(RoutingTable::size).sum();
    }

    int entriesAfter() {
        return m.compressed().stream().mapToInt(RoutingTable::size).sum();
    }

    int maxBefore() {
        return m.uncompressed().stream().mapToInt(RoutingTable::size).max().orElse(0);
    }

    int maxAfter() {
        return m.compressed().stream().mapToInt(RoutingTable::size).max().orElse(0);
    }

    double packetsPerStep() {
        return (double) r.counters().sent() / r.steps();
    }

    Map<String, Object> json() {
        final Map<String, Object> o = Json.obj("schema", ArtifactLayout.schema(ArtifactLayout.REPORT), "schemaVersion",
            ArtifactLayout.SCHEMA_VERSION, "network", name, "machine", m.machine().name(), "ok", ok(), "dt",
            m.model().dt(), "steps", r.steps());
        final CostModel cost = new CostModel(m.model().machineTimestepUs());
        double cpuMax = 0;
        double cpuSum = 0;
        double dtcmMax = 0;
        double dtcmSum = 0;
        final List<Vertex> vs = m.partitioning().vertices();
        for (Vertex v : vs) {
            cpuMax = Math.max(cpuMax, 100.0 * v.estCycles() / cost.cpuBudget());
            cpuSum += 100.0 * v.estCycles() / cost.cpuBudget();
            dtcmMax = Math.max(dtcmMax, 100.0 * v.estDtcm() / cost.dtcmBudget());
            dtcmSum += 100.0 * v.estDtcm() / cost.dtcmBudget();
        }
        final Map<String, Object> byApp = new LinkedHashMap<>();
        m.partitioning().countByApp().forEach((k, v) -> byApp.put(k.id(), v));
        long sdramMax = 0;
        long imageBytes = 0;
        for (long s : m.images().sdramPerChip()) {
            sdramMax = Math.max(sdramMax, s);
        }
        for (SdramImage im : m.images().images()) {
            imageBytes += im.bytes().length;
        }
        o.put("hardware", Json.obj("chips", m.placements().chipsUsed().size(), "applicationCores", vs.size(),
            "verticesByApp", byApp, "cpuPercentOfBudget", Json.obj("max", round(cpuMax), "mean",
                round(vs.isEmpty() ? 0 : cpuSum / vs.size())), "dtcmPercentOfBudget", Json.obj("max", round(dtcmMax),
                "mean", round(vs.isEmpty() ? 0 : dtcmSum / vs.size())), "sdramBytesPerChipMax", sdramMax,
            "sdramImageBytes", imageBytes));
        int removed = 0;
        int merges = 0;
        int minimised = 0;
        for (TableMinimiser.Result res : m.minimised()) {
            removed += res.removedDefaultRoutes();
            merges += res.merges();
            minimised += res.removedDefaultRoutes() + res.merges() > 0 ? 1 : 0;
        }
        int depth = 0;
        for (RoutingTree t : m.trees()) {
            depth = Math.max(depth, t.depth());
        }
        final KeySpace ks = m.keys();
        o.put("routing", Json.obj("signals", m.model().signals().size(), "nets", m.nets().size(), "connectionIds",
            ks.colours(), "keyBits", Json.obj("index", ks.indexField()[1], "cluster", ks.clusterField()[1],
                "connectionId", ks.connectionField()[1], "user", ks.userField()[1]), "entriesBefore",
            Json.obj("total", entriesBefore(), "maxPerChip", maxBefore()), "entriesAfter", Json.obj("total",
                entriesAfter(), "maxPerChip", maxAfter()), "compressionRatio", entriesBefore() == 0 ? 1.0
                : round((double) entriesAfter() / entriesBefore()), "targetEntriesPerChip",
            m.machine().chips().stream().mapToInt(SpinnakerMachine.Chip::routerEntriesFree).min().orElse(0),
            "tablesMinimised", minimised, "defaultRoutesRemoved", removed, "orderedCoveringMerges", merges,
            "maxRouteHops", depth));
        final EmulatorCounters c = r.counters();
        long chipMax = 0;
        int chipsSending = 0;
        long linkMax = 0;
        for (int chip = 0; chip < m.machine().slots(); chip++) {
            chipMax = Math.max(chipMax, c.sentByChip(chip));
            chipsSending += c.sentByChip(chip) > 0 ? 1 : 0;
            for (Link l : Link.values()) {
                linkMax = Math.max(linkMax, m.machine().chip(chip) == null ? 0 : c.linkTraversals(chip, l));
            }
        }
        o.put("communication", Json.obj("packetsPerStep", Json.obj("mean", round(packetsPerStep()), "max",
                c.maxSentInStep()), "packetsPerStepPerChip", Json.obj("mean", round(chipsSending == 0 ? 0
                : packetsPerStep() / chipsSending), "max", round((double) chipMax / r.steps())),
            "packetsPerStepPerLinkMax", round((double) linkMax / r.steps())));
        o.put("emulation", Json.obj("steps", r.steps(), "accumMultiplyRounding", r.rounding().name(), "sent", c.sent(),
            "delivered", c.delivered(), "droppedNoRoute", c.droppedNoRoute(), "droppedDeadLink", c.droppedDeadLink(),
            "droppedQueueFull", c.droppedQueueFull(), "droppedNoCore", c.droppedNoCore(), "loops", c.loops(),
            "duplicates", c.duplicates(), "wastedNoFilter", c.wastedNoFilter(), "outOfSlice", c.outOfSlice(),
            "defaultRoutedHops", c.defaultRouted(), "arithmeticOverflows", c.overflows()));
        final List<Object> q = new ArrayList<>();
        for (QuantisationLog.Stat s : m.quantisation().stats()) {
            q.add(Json.obj("category", s.category(), "count", s.count(), "saturations", s.saturations(),
                "relativeRms", s.relativeRms(), "maxAbsError", s.maxAbsError()));
        }
        o.put("quantisation", Json.obj("saturations", m.quantisation().saturations(), "categories", q));
        final List<Object> f = new ArrayList<>();
        for (Fidelity x : fidelity) {
            final Tolerance t = x.tolerance();
            f.add(Json.obj("probe", x.probe(), "metric", t.metric().name().toLowerCase(Locale.ROOT), "rmse",
                round6(x.rmse()), "maxAbs", Double.isNaN(x.maxAbs()) ? null : round6(x.maxAbs()), "lagSteps",
                x.lagSteps(), "ok", x.ok(), "tolerance", Json.obj("rmse", t.rmse(), "maxAbs", Double.isNaN(t.maxAbs())
                    ? null : t.maxAbs(), "skipSteps", t.skipSteps(), "maxLagSteps", t.maxLagSteps(), "source",
                    t.source())));
        }
        o.put("fidelity", f);
        final List<Object> ch = new ArrayList<>();
        for (Check k : checks) {
            ch.add(Json.obj("name", k.name(), "ok", k.ok(), "used", k.used(), "limit", k.limit(), "detail",
                k.detail()));
        }
        o.put("checks", ch);
        o.put("warnings", m.model().warnings());
        final Map<String, Object> t = new LinkedHashMap<>();
        timings.forEach((k, v) -> t.put(k, round(v)));
        o.put("timingsMs", t);
        o.put("artifactBytes", artifactBytes);
        return o;
    }

    String human() {
        final StringBuilder s = new StringBuilder();
        final Map<App, Long> byApp = m.partitioning().countByApp();
        s.append(String.format(Locale.ROOT, "SpiNNaker mapping of '%s' on %s (%d steps of %.4g s, rounding %s)%n",
            name, m.machine(), r.steps(), m.model().dt(), r.rounding()));
        s.append(String.format(Locale.ROOT, "  chips %d, application cores %d %s%n", m.placements().chipsUsed().size(),
            m.partitioning().vertices().size(), byApp.toString().toLowerCase(Locale.ROOT)));
        s.append(String.format(Locale.ROOT, "  routing entries: before %d (max %d/chip), after %d (max %d/chip),"
            + " %d connection ids for %d signals%n", entriesBefore(), maxBefore(), entriesAfter(), maxAfter(),
            m.keys().colours(), m.model().signals().size()));
        s.append(String.format(Locale.ROOT, "  packets per step: %.1f mean, %d max; faults %d%n", packetsPerStep(),
            r.counters().maxSentInStep(), r.counters().faults()));
        s.append("  fidelity vs float simulation:\n");
        for (Fidelity f : fidelity) {
            s.append(String.format(Locale.ROOT, "    %-28s rmse %.4f%s (tolerance %.4g%s%s) %s%n", f.probe(),
                f.rmse(), f.tolerance().metric() == Tolerance.Metric.SPIKE_RATES ? " Hz" : "",
                f.tolerance().rmse(), Double.isNaN(f.tolerance().maxAbs()) ? ""
                    : String.format(Locale.ROOT, ", max |err| %.4f <= %.4g", f.maxAbs(), f.tolerance().maxAbs()),
                f.lagSteps() > 0 ? ", lag " + f.lagSteps() : "", f.ok() ? "ok" : "FAIL"));
        }
        final long failed = checks.stream().filter(k -> !k.ok()).count();
        s.append(String.format(Locale.ROOT, "  checks: %d/%d ok%n", checks.size() - failed, checks.size()));
        for (Check k : checks) {
            if (!k.ok()) {
                s.append("    FAIL ").append(k.name()).append(": ").append(k.used()).append(" > ").append(k.limit())
                    .append(" (").append(k.detail()).append(")\n");
            }
        }
        return s.toString();
    }

    private static double round(final double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double round6(final double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
