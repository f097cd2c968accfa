package dev.neurovec.loihi;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * report.json and the printed summary of a deployment (hardware.md §E2.3, §E5): hardware used per core, every
 * check with {@code ok}, fidelity per probe (RMSE against the float NeuroVec simulation with its tolerance, plus
 * the float-emulator and quantisation RMSEs), emulation counters (overflows, host-link traffic and drops, spikes),
 * quantisation decisions and warnings.
 */
public final class LoihiReport {
    private LoihiReport() {
    }

    /**
     * @param name    network name
     * @param o       the deployment outcome
     * @param limits  the limits checked
     * @return the report as an ordered map (JSON-ready)
     */
    public static Map<String, Object> toMap(final String name, final LoihiDeployment.Outcome o,
                                            final LoihiLimits limits) {
        final Artifact a = o.compiled().artifact();
        final Utilization u = Utilization.of(a, limits);
        final Map<String, Object> r = new LinkedHashMap<>();
        r.put("schema", "neurovec.loihi.report");
        r.put("schemaVersion", ArtifactLayout.SCHEMA_VERSION);
        r.put("target", ArtifactLayout.TARGET);
        r.put("network", name);
        r.put("networkHash", a.manifest().networkHash());
        r.put("dt", a.manifest().dt());
        r.put("steps", o.integer().steps());
        r.put("seed", a.manifest().seed());
        r.put("passed", o.passed());
        final Map<String, Object> hw = new LinkedHashMap<>();
        hw.put("chips", a.board().nChips());
        hw.put("cores", u.cores().size());
        hw.put("compartments", u.totalCompartments());
        hw.put("synapseBits", u.totalSynapseBits());
        final List<Map<String, Object>> cores = new ArrayList<>();
        for (Utilization.CoreUse c : u.cores()) {
            final Map<String, Object> m = new LinkedHashMap<>();
            m.put("chip", c.chip());
            m.put("core", c.core());
            m.put("block", c.block());
            m.put("compartments", c.compartments());
            m.put("inAxons", c.inAxons());
            m.put("outAxonSlots", c.outAxons());
            m.put("synapseBits", c.synapseBits());
            m.put("synapseBitsPercent", round(100.0 * c.synapseBits() / limits.synapseBitsPerCore()));
            m.put("cxProfiles", c.cxProfiles());
            m.put("vthProfiles", c.vthProfiles());
            m.put("synapseFmts", c.synapseFmts());
            cores.add(m);
        }
        hw.put("perCore", cores);
        r.put("hardware", hw);
        final List<Map<String, Object>> fid = new ArrayList<>();
        for (Fidelity f : o.fidelity()) {
            final Map<String, Object> m = new LinkedHashMap<>();
            m.put("probe", f.probe());
            m.put("rmse", round(f.rmse()));
            m.put("tolerance", f.tolerance().rmse());
            m.put("ok", f.ok());
            m.put("lagSteps", f.bestShiftSteps());
            m.put("rmseFloatEmulator", round(f.rmseFloatEmulator()));
            m.put("rmseQuantisation", round(f.rmseQuantisation()));
            m.put("settleSteps", f.tolerance().settleSteps());
            m.put("maxLagSteps", f.tolerance().maxShiftSteps());
            m.put("toleranceSource", f.tolerance().source());
            fid.add(m);
        }
        r.put("fidelity", fid);
        final List<Map<String, Object>> checks = new ArrayList<>();
        for (Check c : o.checks()) {
            final Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("object", c.object());
            m.put("used", c.used());
            m.put("limit", c.limit());
            m.put("ok", c.ok());
            m.put("message", c.message());
            checks.add(m);
        }
        r.put("checks", checks);
        final EmulatorResult e = o.integer();
        final Map<String, Object> em = new LinkedHashMap<>();
        em.put("mode", "integer");
        em.put("steps", e.steps());
        em.put("qOverflows", e.qOverflows());
        em.put("uOverflows", e.uOverflows());
        em.put("hostSpikesSent", e.hostSpikesSent());
        em.put("hostSpikesDropped", e.hostSpikesDropped());
        em.put("hostSpikesPerStepMean", round((double) e.hostSpikesSent() / Math.max(1, e.steps())));
        em.put("maxHostSpikesPerChipStep", e.maxHostSpikesPerChipStep());
        em.put("maxSpikesPerStepCap", a.host().maxSpikesPerStep());
        em.put("chipSpikes", e.chipSpikes());
        em.put("chipSpikesPerStepMean", round((double) e.chipSpikes() / Math.max(1, e.steps())));
        em.put("maxSpikesPerCoreStep", e.maxSpikesPerCoreStep());
        em.put("axonSpikesIntraChip", e.axonSpikesIntraChip());
        em.put("axonSpikesInterChip", e.axonSpikesInterChip());
        r.put("emulation", em);
        r.put("quantisation", quantisation(a, o.compiled().model()));
        r.put("splits", a.manifest().splits());
        r.put("warnings", o.compiled().model().warnings());
        r.put("timingsMs", o.timingsMs());
        return r;
    }

    /**
     * Per unsplit block: the chosen exponent and scale, the largest lost-bit count, and the relative RMS rounding
     * error of weights, biases and thresholds (integer value over its scale against the float value).
     */
    private static List<Map<String, Object>> quantisation(final Artifact a, final LoihiModel model) {
        final Map<String, double[]> err = new LinkedHashMap<>();
        for (LoihiBlock b : model.blocks()) {
            final DiscreteBlock d = b.discrete();
            final DiscretizeInfo info = d.info();
            final double[] e = err.computeIfAbsent(b.sourceLabel, k -> new double[6]);
            for (LoihiSynapse s : b.synapses()) {
                final DiscreteSynapse ds = s.discrete();
                final double unit = info.wScale() * StrictMath.pow(2, ds.dwExp() + 6 + ds.weightExp());
                for (int i = 0; i < s.nAxons(); i++) {
                    for (int j = 0; j < s.nTargets(); j++) {
                        final double x = s.weights[i][j] * unit;
                        e[0] += (ds.effective(i, j) - x) * (ds.effective(i, j) - x);
                        e[1] += x * x;
                    }
                }
            }
            for (int i = 0; i < b.n(); i++) {
                final double bias = b.bias[i] * info.bScale();
                final double bi = (double) ((long) d.biasMant()[i] << d.biasExp()[i]);
                e[2] += (bi - bias) * (bi - bias);
                e[3] += bias * bias;
                final double vth = b.vth[i] * info.vScale();
                final double vi = (double) ((long) d.vthMant()[i] << LoihiLimits.VTH_EXP);
                e[4] += (vi - vth) * (vi - vth);
                e[5] += vth * vth;
            }
        }
        final List<Map<String, Object>> q = new ArrayList<>();
        for (ArtifactFiles.BlockSpec b : a.manifest().blocks()) {
            final Map<String, Object> m = new LinkedHashMap<>();
            m.put("block", b.label());
            m.put("wExp", b.discretizeInfo().wExp());
            m.put("vScale", round(b.discretizeInfo().vScale()));
            int lost = 0;
            for (ArtifactFiles.SynapseSpec s : b.synapses()) {
                lost = Math.max(lost, s.lostBits());
            }
            m.put("maxLostWeightBits", lost);
            final double[] e = err.getOrDefault(b.label(), new double[6]);
            m.put("weightRelRms", round(e[1] > 0 ? Math.sqrt(e[0] / e[1]) : 0));
            m.put("biasRelRms", round(e[3] > 0 ? Math.sqrt(e[2] / e[3]) : 0));
            m.put("vthRelRms", round(e[5] > 0 ? Math.sqrt(e[4] / e[5]) : 0));
            q.add(m);
        }
        return q;
    }

    /**
     * Writes report.json into the artifact directory.
     *
     * @param report the report map
     * @param o      the outcome (for the directory)
     */
    public static void write(final Map<String, Object> report, final LoihiDeployment.Outcome o) {
        try {
            ArtifactWriter.writeText(o.dir().resolve(ArtifactLayout.REPORT), ArtifactWriter.json(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report.json into " + o.dir(), e);
        }
    }

    /**
     * Prints the human report: cores, compartments, synapse bits, fidelity per probe, failing checks.
     *
     * @param name   network name
     * @param o      the outcome
     * @param limits the limits
     * @param out    where to print
     */
    public static void print(final String name, final LoihiDeployment.Outcome o, final LoihiLimits limits,
                             final PrintStream out) {
        final Artifact a = o.compiled().artifact();
        final Utilization u = Utilization.of(a, limits);
        out.printf(Locale.ROOT, "Loihi deployment of '%s' (target %s, dt %s s, %d steps, seed %d)%n", name,
            ArtifactLayout.TARGET, a.manifest().dt(), o.integer().steps(), a.manifest().seed());
        out.printf(Locale.ROOT, "hardware: %d chip(s), %d cores, %d compartments, %d synapse bits%n",
            a.board().nChips(), u.cores().size(), u.totalCompartments(), u.totalSynapseBits());
        out.printf(Locale.ROOT, "  %-5s %-5s %-44s %6s %7s %7s %9s %6s%n", "chip", "core", "block", "cx", "inAx",
            "outAx", "synBits", "syn%");
        for (Utilization.CoreUse c : u.cores()) {
            out.printf(Locale.ROOT, "  %-5d %-5d %-44s %6d %7d %7d %9d %5.1f%%%n", c.chip(), c.core(),
                truncate(c.block(), 44), c.compartments(), c.inAxons(), c.outAxons(), c.synapseBits(),
                100.0 * c.synapseBits() / limits.synapseBitsPerCore());
        }
        out.println("fidelity (RMSE vs float NeuroVec simulation; float-emulator and quantisation RMSE):");
        for (Fidelity f : o.fidelity()) {
            out.printf(Locale.ROOT, "  %-14s rmse %.4f  tol %.4f  %s  lag %d  float-emu %.4f  quant %.4f%n", f.probe(),
                f.rmse(), f.tolerance().rmse(), f.ok() ? "ok  " : "FAIL", f.bestShiftSteps(), f.rmseFloatEmulator(),
                f.rmseQuantisation());
        }
        final EmulatorResult e = o.integer();
        out.printf(Locale.ROOT, "emulation: %d chip spikes (axon traffic %d intra-chip, %d inter-chip), host link max"
            + " %d spikes/chip/step (cap %d), %d dropped, %d q and %d u overflows%n", e.chipSpikes(),
            e.axonSpikesIntraChip(), e.axonSpikesInterChip(), e.maxHostSpikesPerChipStep(), a.host().maxSpikesPerStep(),
            e.hostSpikesDropped(), e.qOverflows(), e.uOverflows());
        int failed = 0;
        for (Check c : o.checks()) {
            if (!c.ok()) {
                failed++;
                out.println("  FAILED " + c.name() + ": " + c.message());
            }
        }
        for (String w : o.compiled().model().warnings()) {
            out.println("  warning: " + w);
        }
        out.printf(Locale.ROOT, "checks: %d passed, %d failed%n", o.checks().size() - failed, failed);
        out.println("artifact: " + o.dir().toAbsolutePath());
    }

    private static String truncate(final String s, final int n) {
        return s.length() <= n ? s : "..." + s.substring(s.length() - n + 3);
    }

    private static double round(final double v) {
        return Double.isFinite(v) ? Math.rint(v * 1e6) / 1e6 : v;
    }
}
