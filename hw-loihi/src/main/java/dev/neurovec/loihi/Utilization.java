package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-core resource use read back from an artifact (hardware.md §E5 "hardware used"): what each core's
 * registers and tables consume against the limits. Computed from the emitted files, not the builder, so it
 * describes exactly what a chip would be loaded with.
 */
public final class Utilization {

    /**
     * One core's use.
     *
     * @param chip         chip id
     * @param core         core id
     * @param block        the block label
     * @param compartments compartments
     * @param inAxons      input axon ids
     * @param outAxons     output axon slots
     * @param synapseBits  synapse memory bits
     * @param cxProfiles   compartment profiles
     * @param vthProfiles  threshold profiles
     * @param synapseFmts  synapse formats (excluding reserved id 0)
     */
    public record CoreUse(int chip, int core, String block, int compartments, int inAxons, int outAxons,
                          long synapseBits, int cxProfiles, int vthProfiles, int synapseFmts) {
    }

    private final List<CoreUse> cores;
    private final LoihiLimits limits;

    private Utilization(final List<CoreUse> cores, final LoihiLimits limits) {
        this.cores = cores;
        this.limits = limits;
    }

    /**
     * @param artifact an artifact
     * @param limits   the limits to report against
     * @return the per-core use
     */
    public static Utilization of(final Artifact artifact, final LoihiLimits limits) {
        final List<CoreUse> out = new ArrayList<>();
        final BinaryTable map = artifact.table(ArtifactLayout.SYNAPSE_MAP);
        final int lenCol = map.layout().column("len");
        for (ArtifactFiles.Chip chip : artifact.board().chips()) {
            for (ArtifactFiles.Core core : chip.cores()) {
                long bits = 0;
                final int first = artifact.firstRow(core.synapseMap());
                final int synFirst = artifact.firstRow(core.synapses());
                final BinaryTable syn = artifact.table(ArtifactLayout.SYNAPSES);
                final int fmtCol = syn.layout().column("fmtId");
                final int ptrCol = map.layout().column("ptr");
                for (int r = first; r < first + core.synapseMap().count(); r++) {
                    final int len = (int) map.get(r, lenCol);
                    if (len == 0) {
                        continue;
                    }
                    final int fmtId = (int) syn.get(synFirst + (int) map.get(r, ptrCol), fmtCol);
                    bits += bitsPerAxon(core, fmtId, len);
                }
                final String label = core.blocks().isEmpty() ? "" : core.blocks().get(0).label();
                out.add(new CoreUse(chip.chipId(), core.coreId(), label, core.compartments().count(),
                    core.synapseMap().count(), core.outAxons().count(), bits, core.cxProfiles().size(),
                    core.vthProfiles().size(), core.synapseFmts().size()));
            }
        }
        return new Utilization(out, limits);
    }

    /**
     * Synapse memory of one axon's entries in the given format (hardware.md §A1.1 {@code bits_per_axon}).
     */
    static long bitsPerAxon(final ArtifactFiles.Core core, final int fmtId, final int len) {
        ArtifactFiles.SynapseFmt f = null;
        for (ArtifactFiles.SynapseFmt s : core.synapseFmts()) {
            if (s.id() == fmtId) {
                f = s;
            }
        }
        if (f == null) {
            throw new IllegalStateException("core " + core.coreId() + ": synapse entry uses synapseFmt " + fmtId
                + ", which the core does not define");
        }
        final int realWeightBits = f.weightBits() == 7 ? 8 : f.weightBits();
        final int idx = f.compression() == 0 ? SynapseFormat.INDEX_BITS_MAP[f.idxBits()] : 0;
        final int perWeight = realWeightBits + f.delayBits() + f.tagBits() + idx;
        final int perBlock = f.numSynapses() + 1;
        long bits = 0;
        for (int start = 0; start < len; start += perBlock) {
            final int k = Math.min(perBlock, len - start);
            bits += ((long) k * perWeight + 4 + 6 + 63) / 64 * 64;
        }
        return bits;
    }

    /** @return per-core use in (chip, core) order */
    public List<CoreUse> cores() {
        return cores;
    }

    /** @return total compartments */
    public long totalCompartments() {
        long n = 0;
        for (CoreUse c : cores) {
            n += c.compartments();
        }
        return n;
    }

    /** @return total synapse bits */
    public long totalSynapseBits() {
        long n = 0;
        for (CoreUse c : cores) {
            n += c.synapseBits();
        }
        return n;
    }

    /** @return utilization.csv: one row per core, used and max of every resource */
    public String toCsv() {
        final StringBuilder sb = new StringBuilder("chip,core,block,compartments,compartmentsMax,inAxons,inAxonsMax,"
            + "outAxonSlots,outAxonSlotsMax,synapseBits,synapseBitsMax,cxProfiles,cxProfilesMax,vthProfiles,"
            + "vthProfilesMax,synapseFmts,synapseFmtsMax\n");
        for (CoreUse c : cores) {
            sb.append(String.format(Locale.ROOT, "%d,%d,\"%s\",%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d%n",
                c.chip(), c.core(), c.block().replace("\"", "\"\""), c.compartments(), limits.compartmentsPerCore(),
                c.inAxons(), limits.inAxonsPerCore(), c.outAxons(), limits.outAxonsPerCore(), c.synapseBits(),
                limits.synapseBitsPerCore(), c.cxProfiles(), limits.cxProfilesPerCore() - 1, c.vthProfiles(),
                limits.vthProfilesPerCore() - 1, c.synapseFmts(), limits.synapseFmtsPerCore()));
        }
        return sb.toString().replace("\r\n", "\n");
    }
}
