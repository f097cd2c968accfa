package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks an artifact against the chip's limits and register ranges (hardware.md §E4.1, §E4.2), its synapse
 * table layout (§E4.3: ranges contiguous, disjoint, inside the table) and host.json's chip→host wiring, reading
 * only the emitted files. Every check names the block, the core, the resource, the amount used and the limit.
 */
public final class ArtifactChecks {
    private ArtifactChecks() {
    }

    /**
     * @param a      the artifact
     * @param limits the limits
     * @return every check, passing or not
     */
    public static List<Check> check(final Artifact a, final LoihiLimits limits) {
        final List<Check> out = new ArrayList<>();
        final Utilization u = Utilization.of(a, limits);
        int i = 0;
        for (ArtifactFiles.Chip chip : a.board().chips()) {
            out.add(Check.atMost("chip.cores", "chip " + chip.chipId(), "cores", chip.cores().size(),
                limits.coresPerChip()));
            for (ArtifactFiles.Core core : chip.cores()) {
                final Utilization.CoreUse cu = u.cores().get(i++);
                final String obj = "block '" + cu.block() + "' (chip " + chip.chipId() + " core " + core.coreId() + ")";
                out.add(Check.atMost("core.blocks", obj, "blocks on the core", core.blocks().size(), 1));
                out.add(Check.atMost("core.compartments", obj, "compartments", cu.compartments(),
                    limits.compartmentsPerCore()));
                out.add(Check.atMost("core.inAxons", obj, "input axons", cu.inAxons(), limits.inAxonsPerCore()));
                out.add(Check.atMost("core.outAxonSlots", obj, "output axon slots", cu.outAxons(),
                    limits.outAxonsPerCore()));
                out.add(Check.atMost("core.synapseBits", obj, "synapse bits", cu.synapseBits(),
                    limits.synapseBitsPerCore()));
                out.add(Check.atMost("core.cxProfiles", obj, "compartment profiles", cu.cxProfiles(),
                    limits.cxProfilesPerCore() - 1));
                out.add(Check.atMost("core.vthProfiles", obj, "threshold profiles", cu.vthProfiles(),
                    limits.vthProfilesPerCore() - 1));
                out.add(Check.atMost("core.synapseFmts", obj, "synapse formats", cu.synapseFmts(),
                    limits.synapseFmtsPerCore()));
                registers(a, core, obj, out);
                table(a, core, obj, out);
            }
        }
        out.add(Check.atMost("board.chips", "board", "chips", a.board().nChips(), limits.nChips()));
        host(a, out);
        return out;
    }

    /**
     * host.json's wiring: every chip→host link names an existing spike-weighted chip probe of its width and a host
     * object; every host probe names a host object.
     */
    private static void host(final Artifact a, final List<Check> out) {
        final List<String> objects = a.host().hostObjects();
        final List<ArtifactFiles.ProbeSpec> probes = a.probes().probes();
        for (ArtifactFiles.Chip2Host c : a.host().chip2host()) {
            final String obj = "chip→host link '" + c.sender() + "'";
            String problem = null;
            if (c.probeId() < 0 || c.probeId() >= probes.size()) {
                problem = "probe id " + c.probeId() + " is not in probes.json (" + probes.size() + " probes)";
            } else if (probes.get(c.probeId()).outSize() != c.size() || probes.get(c.probeId()).weights() == null) {
                problem = "probe " + c.probeId() + " is not a decoding probe of width " + c.size();
            } else if (!objects.contains(c.receiver())) {
                problem = "receiver '" + c.receiver() + "' is not a host object";
            } else if (c.receiverIdx() != null && c.receiverIdx().size() != c.size()) {
                problem = c.receiverIdx().size() + " receiver elements for " + c.size() + " values";
            }
            out.add(Check.of("host.chip2host", obj, problem == null, problem == null
                ? "chip probe " + c.probeId() + " feeds host object '" + c.receiver() + "'" : problem));
        }
        for (ArtifactFiles.HostProbeSpec p : a.host().hostProbes()) {
            final boolean ok = objects.contains(p.target());
            out.add(Check.of("host.probe", "host probe '" + p.label() + "'", ok, ok
                ? "reads host object '" + p.target() + "'" : "target '" + p.target() + "' is not a host object"));
        }
    }

    private static void registers(final Artifact a, final ArtifactFiles.Core core, final String obj,
                                  final List<Check> out) {
        final List<String> bad = new ArrayList<>();
        for (ArtifactFiles.CxProfile p : core.cxProfiles()) {
            range(bad, "decayU", p.decayU(), 0, LoihiLimits.DECAY_MAX);
            range(bad, "decayV", p.decayV(), 0, LoihiLimits.DECAY_MAX);
            range(bad, "refractDelay", p.refractDelay(), 1, LoihiLimits.REFRACT_MAX);
            range(bad, "enableNoise", p.enableNoise(), 0, 1);
        }
        for (ArtifactFiles.VthProfile p : core.vthProfiles()) {
            range(bad, "vthMant", p.vthMant(), 1, LoihiLimits.VTH_MAN_MAX);
        }
        final ArtifactFiles.DendriteShared ds = core.dendriteShared();
        range(bad, "posVmLimit", ds.posVmLimit(), 0, 7);
        range(bad, "negVmLimit", ds.negVmLimit(), 0, 31);
        range(bad, "noiseExp0", ds.noiseExp0(), 0, 23);
        final int[] idxBits = new int[core.synapseFmts().size() + 2];
        Arrays.fill(idxBits, -1);
        for (ArtifactFiles.SynapseFmt f : core.synapseFmts()) {
            range(bad, "wgtExp", f.weightExp(), -7, 7);
            range(bad, "idxBits", f.idxBits(), 0, 7);
            range(bad, "synapseFmt id", f.id(), 1, core.synapseFmts().size());
            if (f.id() >= 1 && f.id() < idxBits.length && f.idxBits() >= 0 && f.idxBits() <= 7) {
                idxBits[f.id()] = SynapseFormat.INDEX_BITS_MAP[f.idxBits()];
            }
        }
        final BinaryTable cx = a.table(ArtifactLayout.COMPARTMENTS);
        final int c0 = a.firstRow(core.compartments());
        for (int r = c0; r < c0 + core.compartments().count(); r++) {
            range(bad, "biasMant", cx.get(r, 0), -LoihiLimits.BIAS_MAN_MAX, LoihiLimits.BIAS_MAN_MAX);
            range(bad, "biasExp", cx.get(r, 1), 0, LoihiLimits.BIAS_EXP_MAX);
            range(bad, "vthProfile", cx.get(r, 2), 0, core.vthProfiles().size() - 1);
            range(bad, "cxProfile", cx.get(r, 3), 0, core.cxProfiles().size() - 1);
        }
        final BinaryTable syn = a.table(ArtifactLayout.SYNAPSES);
        final int s0 = a.firstRow(core.synapses());
        for (int r = s0; r < s0 + core.synapses().count(); r++) {
            final long w = syn.get(r, 1);
            range(bad, "wgt", w, -256, 255);
            if ((w & 1) != 0) {
                bad.add("wgt " + w + " is odd; the mixed-sign 8-bit format stores even values only");
            }
            final int fmt = (int) syn.get(r, 2);
            if (fmt < 1 || fmt >= idxBits.length || idxBits[fmt] < 0) {
                bad.add("synapse entry " + (r - s0) + " uses undefined synapseFmt " + fmt);
            } else if (syn.get(r, 0) >= (1L << idxBits[fmt])) {
                bad.add("cIdx " + syn.get(r, 0) + " >= 2^" + idxBits[fmt] + " (idxBits of synapseFmt " + fmt + ")");
            }
        }
        final BinaryTable map = a.table(ArtifactLayout.SYNAPSE_MAP);
        final int m0 = a.firstRow(core.synapseMap());
        for (int r = m0; r < m0 + core.synapseMap().count(); r++) {
            range(bad, "cxBase", map.get(r, 4), 0, LoihiLimits.CX_BASE_MAX);
        }
        out.add(Check.of("core.registers", obj, bad.isEmpty(), bad.isEmpty()
            ? "every register value is inside its hardware range"
            : bad.size() + " register values out of range, first: " + bad.get(0)));
    }

    private static void table(final Artifact a, final ArtifactFiles.Core core, final String obj,
                              final List<Check> out) {
        final BinaryTable map = a.table(ArtifactLayout.SYNAPSE_MAP);
        final int m0 = a.firstRow(core.synapseMap());
        final int n = core.synapseMap().count();
        final long[][] ranges = new long[n][2];
        for (int r = 0; r < n; r++) {
            ranges[r][0] = map.get(m0 + r, 2);
            ranges[r][1] = map.get(m0 + r, 2) + map.get(m0 + r, 3);
        }
        Arrays.sort(ranges, (x, y) -> Long.compare(x[0], y[0]));
        String problem = null;
        long next = 0;
        for (long[] rg : ranges) {
            if (rg[0] != next) {
                problem = "synapse range [" + rg[0] + ", " + rg[1] + ") " + (rg[0] < next ? "overlaps" : "leaves a gap"
                    + " after") + " entry " + next;
                break;
            }
            next = rg[1];
        }
        if (problem == null && next != core.synapses().count()) {
            problem = "synapse ranges cover " + next + " of the table's " + core.synapses().count() + " entries";
        }
        out.add(Check.of("core.synapseRanges", obj, problem == null, problem == null
            ? "synapse ranges of " + n + " axons are contiguous, disjoint and inside the table" : problem));
    }

    private static void range(final List<String> bad, final String what, final long v, final long lo,
                              final long hi) {
        if (v < lo || v > hi) {
            bad.add(what + " = " + v + " outside [" + lo + ", " + hi + "]");
        }
    }
}
