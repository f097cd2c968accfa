package dev.neurovec.loihi;

import java.util.HashMap;
import java.util.Map;

/**
 * The artifact decoded into flat arrays for emulation (hardware.md §E3.1 "reconstruct per core"): compartment
 * registers ({@code vth = vthMant << 6}, {@code bias = biasMant << biasExp}, decays and refractory delays from
 * the profiles, voltage limits from {@code dendriteShared}), the synapse table with effective weights
 * {@code wgt << (6 + wgtExp)} and global targets, the input axons, and the output axons per source compartment.
 * Nothing is re-derived from floats except the float view the float mode needs.
 */
final class EmulatorImage {
    final int nCx;
    final int nCores;
    final int[] coreOfCx;
    final int[] coreBase;
    final int[] coreChip;
    final int[] coreId;
    final String[] coreLabel;
    // integer registers
    final int[] decayU;
    final int[] decayV;
    final int[] refract;
    final long[] vth;
    final long[] bias;
    final long[] vmin;
    final long[] vmax;
    // float view
    final double[] fDecayU;
    final double[] fDecayV;
    final double[] fVth;
    final double[] fBias;
    final double[] fVmin;
    final double[] fVmax;
    final boolean[] fScaleU;
    final boolean[] fScaleV;
    final double[] vScale;
    final double[] bScale;
    // synapse table (global)
    final int[] entryTarget;
    final long[] entryWeight;
    final double[] entryWeightF;
    // input axons (global rows)
    final int[] axonFrom;
    final int[] axonTo;
    final int[] axonChip;
    // output axons by source compartment
    final int[] outStart;
    final int[] outAxon;
    private final Map<Long, Integer> axonIndex = new HashMap<>();

    EmulatorImage(final Artifact a) {
        int cx = 0;
        int cores = 0;
        int entries = 0;
        int axons = 0;
        for (ArtifactFiles.Chip chip : a.board().chips()) {
            for (ArtifactFiles.Core core : chip.cores()) {
                cx += core.compartments().count();
                entries += core.synapses().count();
                axons += core.synapseMap().count();
                cores++;
            }
        }
        nCx = cx;
        nCores = cores;
        coreOfCx = new int[cx];
        coreBase = new int[cores + 1];
        coreChip = new int[cores];
        coreId = new int[cores];
        coreLabel = new String[cores];
        decayU = new int[cx];
        decayV = new int[cx];
        refract = new int[cx];
        vth = new long[cx];
        bias = new long[cx];
        vmin = new long[cx];
        vmax = new long[cx];
        fDecayU = new double[cx];
        fDecayV = new double[cx];
        fVth = new double[cx];
        fBias = new double[cx];
        fVmin = new double[cx];
        fVmax = new double[cx];
        fScaleU = new boolean[cx];
        fScaleV = new boolean[cx];
        vScale = new double[cx];
        bScale = new double[cx];
        entryTarget = new int[entries];
        entryWeight = new long[entries];
        entryWeightF = new double[entries];
        axonFrom = new int[axons];
        axonTo = new int[axons];
        axonChip = new int[axons];

        final Map<Long, ArtifactFiles.FloatCore> floatCores = new HashMap<>();
        for (ArtifactFiles.FloatCore fc : a.manifest().floatCores()) {
            floatCores.put(key(fc.chip(), fc.core(), 0), fc);
        }
        final BinaryTable cxT = a.table(ArtifactLayout.COMPARTMENTS);
        final BinaryTable fcxT = a.table(ArtifactLayout.FLOAT_COMPARTMENTS);
        final BinaryTable mapT = a.table(ArtifactLayout.SYNAPSE_MAP);
        final BinaryTable synT = a.table(ArtifactLayout.SYNAPSES);
        final BinaryTable fsynT = a.table(ArtifactLayout.FLOAT_SYNAPSES);
        int c = 0;
        int g = 0;
        int e = 0;
        int ax = 0;
        for (ArtifactFiles.Chip chip : a.board().chips()) {
            for (ArtifactFiles.Core core : chip.cores()) {
                coreBase[c] = g;
                coreChip[c] = chip.chipId();
                coreId[c] = core.coreId();
                coreLabel[c] = core.blocks().isEmpty() ? "" : core.blocks().get(0).label();
                final ArtifactFiles.FloatCore fc = floatCores.get(key(chip.chipId(), core.coreId(), 0));
                if (fc == null) {
                    throw new IllegalStateException("manifest.json has no floatCores entry for chip " + chip.chipId()
                        + " core " + core.coreId());
                }
                final long vminI = -(1L << core.dendriteShared().negVmLimit()) + 1;
                final long vmaxI = (1L << (9 + 2 * core.dendriteShared().posVmLimit())) - 1;
                final int r0 = a.firstRow(core.compartments());
                final int f0 = a.firstRow(fc.compartments());
                for (int i = 0; i < core.compartments().count(); i++) {
                    final int r = r0 + i;
                    final ArtifactFiles.CxProfile p = core.cxProfiles().get((int) cxT.get(r, 3));
                    if (p.enableNoise() != 0) {
                        throw new UnsupportedOperationException("chip " + chip.chipId() + " core " + core.coreId()
                            + " compartment " + i + " enables noise; the emulator does not model compartment noise");
                    }
                    coreOfCx[g] = c;
                    decayU[g] = p.decayU();
                    decayV[g] = p.decayV();
                    refract[g] = p.refractDelay();
                    vth[g] = (long) core.vthProfiles().get((int) cxT.get(r, 2)).vthMant() << LoihiLimits.VTH_EXP;
                    bias[g] = cxT.get(r, 0) << cxT.get(r, 1);
                    vmin[g] = vminI;
                    vmax[g] = vmaxI;
                    fDecayU[g] = fcxT.getDouble(f0 + i, 0);
                    fDecayV[g] = fcxT.getDouble(f0 + i, 1);
                    fVth[g] = fcxT.getDouble(f0 + i, 2);
                    fBias[g] = fcxT.getDouble(f0 + i, 3);
                    fVmin[g] = fc.vmin();
                    fVmax[g] = fc.vmax() == null ? Double.POSITIVE_INFINITY : fc.vmax();
                    fScaleU[g] = fc.scaleU();
                    fScaleV[g] = fc.scaleV();
                    vScale[g] = fc.vScale();
                    bScale[g] = fc.bScale();
                    g++;
                }
                final int s0 = a.firstRow(core.synapses());
                final int fs0 = a.firstRow(fc.synapses());
                if (fc.synapses().count() != core.synapses().count()) {
                    throw new IllegalStateException("chip " + chip.chipId() + " core " + core.coreId() + ": "
                        + fc.synapses().count() + " float synapse entries for " + core.synapses().count()
                        + " synapse entries");
                }
                final Map<Integer, Integer> expOf = new HashMap<>();
                for (ArtifactFiles.SynapseFmt f : core.synapseFmts()) {
                    expOf.put(f.id(), f.weightExp());
                }
                for (int i = 0; i < core.synapses().count(); i++) {
                    final int cIdx = (int) synT.get(s0 + i, 0);
                    final Integer wexp = expOf.get((int) synT.get(s0 + i, 2));
                    if (wexp == null || 6 + wexp < 0) {
                        throw new IllegalStateException("chip " + chip.chipId() + " core " + core.coreId()
                            + ": synapse entry " + i + " uses synapseFmt " + synT.get(s0 + i, 2)
                            + (wexp == null ? ", which is not defined" : " with wgtExp " + wexp + " < -6"));
                    }
                    if (cIdx >= core.compartments().count()) {
                        throw new IllegalStateException("chip " + chip.chipId() + " core " + core.coreId()
                            + ": synapse entry " + i + " targets compartment " + cIdx + " of "
                            + core.compartments().count());
                    }
                    entryTarget[e + i] = coreBase[c] + cIdx;
                    entryWeight[e + i] = synT.get(s0 + i, 1) << (6 + wexp);
                    entryWeightF[e + i] = fsynT.getDouble(fs0 + i, 0);
                }
                final int m0 = a.firstRow(core.synapseMap());
                for (int i = 0; i < core.synapseMap().count(); i++) {
                    final int axonId = (int) mapT.get(m0 + i, 0);
                    final int ptr = (int) mapT.get(m0 + i, 2);
                    final int len = (int) mapT.get(m0 + i, 3);
                    final int cxBase = (int) mapT.get(m0 + i, 4);
                    if (mapT.get(m0 + i, 1) != ArtifactLayout.KIND_DISCRETE || cxBase != 0) {
                        throw new UnsupportedOperationException("chip " + chip.chipId() + " core " + core.coreId()
                            + " axon " + axonId + ": kind " + mapT.get(m0 + i, 1) + " cxBase " + cxBase
                            + "; the emulator models discrete axons with cxBase 0 only (population axons are not"
                            + " emitted)");
                    }
                    if (ptr + len > core.synapses().count()) {
                        throw new IllegalStateException("chip " + chip.chipId() + " core " + core.coreId() + " axon "
                            + axonId + ": entries [" + ptr + ", " + (ptr + len) + ") outside the core's "
                            + core.synapses().count() + " synapse entries");
                    }
                    axonFrom[ax] = e + ptr;
                    axonTo[ax] = e + ptr + len;
                    axonChip[ax] = chip.chipId();
                    if (axonIndex.put(key(chip.chipId(), core.coreId(), axonId), ax) != null) {
                        throw new IllegalStateException("chip " + chip.chipId() + " core " + core.coreId()
                            + ": input axon " + axonId + " appears twice in synapse_map.bin");
                    }
                    ax++;
                }
                e += core.synapses().count();
                c++;
            }
        }
        coreBase[cores] = g;

        final BinaryTable outT = a.table(ArtifactLayout.OUT_AXONS);
        outStart = new int[nCx + 1];
        int nOut = 0;
        c = 0;
        for (ArtifactFiles.Chip chip : a.board().chips()) {
            for (ArtifactFiles.Core core : chip.cores()) {
                final int o0 = a.firstRow(core.outAxons());
                for (int i = 0; i < core.outAxons().count(); i++) {
                    final int src = (int) outT.get(o0 + i, 0);
                    if (src >= core.compartments().count()) {
                        throw new IllegalStateException("chip " + chip.chipId() + " core " + core.coreId()
                            + ": output axon " + i + " from compartment " + src + " of "
                            + core.compartments().count());
                    }
                    outStart[coreBase[c] + src + 1]++;
                    nOut++;
                }
                c++;
            }
        }
        for (int i = 0; i < nCx; i++) {
            outStart[i + 1] += outStart[i];
        }
        outAxon = new int[nOut];
        final int[] fill = java.util.Arrays.copyOf(outStart, nCx);
        c = 0;
        for (ArtifactFiles.Chip chip : a.board().chips()) {
            for (ArtifactFiles.Core core : chip.cores()) {
                final int o0 = a.firstRow(core.outAxons());
                for (int i = 0; i < core.outAxons().count(); i++) {
                    final int src = coreBase[c] + (int) outT.get(o0 + i, 0);
                    outAxon[fill[src]++] = axonRow((int) outT.get(o0 + i, 4), (int) outT.get(o0 + i, 5),
                        (int) outT.get(o0 + i, 6), "output axon " + i + " of chip " + chip.chipId() + " core "
                            + core.coreId());
                }
                c++;
            }
        }
    }

    /**
     * @param chip  destination chip
     * @param core  destination core
     * @param axon  destination input axon id
     * @param who   the referring record, for the message
     * @return the global input-axon row
     */
    int axonRow(final int chip, final int core, final int axon, final String who) {
        final Integer row = axonIndex.get(key(chip, core, axon));
        if (row == null) {
            throw new IllegalStateException(who + " targets chip " + chip + " core " + core + " axon " + axon
                + ", which has no synapse_map entry (a dummy axon)");
        }
        return row;
    }

    /**
     * @param chip chip id
     * @param core core id
     * @return the core's index in board order, or -1
     */
    int coreIndex(final int chip, final int core) {
        for (int i = 0; i < nCores; i++) {
            if (coreChip[i] == chip && coreId[i] == core) {
                return i;
            }
        }
        return -1;
    }

    private static long key(final int chip, final int core, final int axon) {
        return ((long) chip << 40) | ((long) core << 20) | axon;
    }
}
