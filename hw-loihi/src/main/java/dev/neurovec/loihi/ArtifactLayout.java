package dev.neurovec.loihi;

import dev.neurovec.loihi.BinaryTable.Field;
import dev.neurovec.loihi.BinaryTable.Layout;

import java.util.List;

import static dev.neurovec.loihi.BinaryTable.Type.F64;
import static dev.neurovec.loihi.BinaryTable.Type.I16;
import static dev.neurovec.loihi.BinaryTable.Type.U16;
import static dev.neurovec.loihi.BinaryTable.Type.U32;
import static dev.neurovec.loihi.BinaryTable.Type.U8;

/**
 * The artifact's file set and binary record layouts (target {@code loihi1}, hardware.md §E2.1). JSON files are
 * UTF-8 with sorted keys; every one carries {@code schema} and {@code schemaVersion}. Binary side files are
 * little-endian packed records; JSON refers to a run of records by {@code {file, offset (bytes), count}}.
 *
 * <pre>
 *  out/
 *  ├── manifest.json           dt, seed, limits, builder params, split decisions, discretizeInfo per block,
 *  │                           per-synapse weightExp/dwExp/lostBits, the float view of every core, network hash
 *  ├── board.json              chips → cores → blocks, cxProfiles, vthProfiles, synapseFmts, dendriteShared,
 *  │                           numUpdates and refs into the tables below
 *  ├── compartments.bin        per compartment:  i16 biasMant | u8 biasExp | u8 vthProfile | u8 cxProfile | u8 phase
 *  ├── synapse_map.bin         per input axon:   u16 axonId | u8 kind | u32 ptr | u16 len | u16 cxBase | u16 popSize
 *  │                                             | u8 atomBits | u8 preProfile | u8 tcs
 *  ├── synapses.bin            per table entry:  u16 cIdx | i16 wgt | u8 fmtId | u8 lrnEn
 *  ├── out_axons.bin           per output axon:  u16 srcCx | u8 kind | u16 popId | u16 srcRelCx | u16 dstChip
 *  │                                             | u16 dstCore | u16 dstAxonId
 *  ├── inputs.json             spike inputs and their maps; the precomputed host spike trains
 *  ├── input_map.bin           per (input, index, axon): u16 inputIdx | u8 axonType | u16 chipId | u16 coreId
 *  │                                             | u16 axonId | u16 atom | u8 atomBitsExtra
 *  ├── input_spikes.bin        per host spike:   u32 step | u16 inputId | u16 index
 *  ├── probes.json             probes: key, taps, weights or scale, host lowpass
 *  ├── probe_taps.bin          per tap:          u16 chip | u16 core | u16 cx | u32 outIndex
 *  ├── probe_weights.bin       per tap and output: f64 weight (host-side decoding)
 *  ├── float_compartments.bin  per compartment:  f64 decayU | f64 decayV | f64 vth | f64 bias (float emulator mode)
 *  ├── float_synapses.bin      per table entry:  f64 weight (float emulator mode)
 *  ├── host.json               host objects, host→chip encoders, chip→host links (chip probe id, receiver,
 *  │                           host filter), probes of host objects, host-link limits
 *  ├── utilization.csv         per core: used/max of every core resource
 *  └── report.json             checks, metrics, fidelity (written after emulation)
 * </pre>
 *
 * <p>The layouts follow §E2.1 with one deliberate change: {@code synapse_map.bin} stores {@code ptr} as u32,
 * because a full core holds up to 131,072 8-bit synapse entries, more than u16 can address.
 */
public final class ArtifactLayout {
    /**
     * Schema version of every file. 2: host.json's {@code chip2host} became a list of links (chip probe, receiver,
     * host filter) instead of probe ids, and {@code hostProbes} was added.
     */
    public static final int SCHEMA_VERSION = 2;
    /** Target id. */
    public static final String TARGET = "loihi1";
    /** Emitter version written into the manifest. */
    public static final String EMITTER_VERSION = "neurovec-hw-loihi 0.1.0";

    /** manifest.json */
    public static final String MANIFEST = "manifest.json";
    /** board.json */
    public static final String BOARD = "board.json";
    /** inputs.json */
    public static final String INPUTS = "inputs.json";
    /** probes.json */
    public static final String PROBES = "probes.json";
    /** host.json */
    public static final String HOST = "host.json";
    /** utilization.csv */
    public static final String UTILIZATION = "utilization.csv";
    /** report.json */
    public static final String REPORT = "report.json";

    /** compartments.bin */
    public static final Layout COMPARTMENTS = new Layout("compartments.bin", List.of(
        new Field("biasMant", I16), new Field("biasExp", U8), new Field("vthProfile", U8),
        new Field("cxProfile", U8), new Field("phase", U8)));
    /** synapse_map.bin */
    public static final Layout SYNAPSE_MAP = new Layout("synapse_map.bin", List.of(
        new Field("axonId", U16), new Field("kind", U8), new Field("ptr", U32), new Field("len", U16),
        new Field("cxBase", U16), new Field("popSize", U16), new Field("atomBits", U8),
        new Field("preProfile", U8), new Field("tcs", U8)));
    /** synapses.bin */
    public static final Layout SYNAPSES = new Layout("synapses.bin", List.of(
        new Field("cIdx", U16), new Field("wgt", I16), new Field("fmtId", U8), new Field("lrnEn", U8)));
    /** out_axons.bin */
    public static final Layout OUT_AXONS = new Layout("out_axons.bin", List.of(
        new Field("srcCx", U16), new Field("kind", U8), new Field("popId", U16), new Field("srcRelCx", U16),
        new Field("dstChip", U16), new Field("dstCore", U16), new Field("dstAxonId", U16)));
    /** input_map.bin */
    public static final Layout INPUT_MAP = new Layout("input_map.bin", List.of(
        new Field("inputIdx", U16), new Field("axonType", U8), new Field("chipId", U16), new Field("coreId", U16),
        new Field("axonId", U16), new Field("atom", U16), new Field("atomBitsExtra", U8)));
    /** input_spikes.bin */
    public static final Layout INPUT_SPIKES = new Layout("input_spikes.bin", List.of(
        new Field("step", U32), new Field("inputId", U16), new Field("index", U16)));
    /** probe_taps.bin */
    public static final Layout PROBE_TAPS = new Layout("probe_taps.bin", List.of(
        new Field("chip", U16), new Field("core", U16), new Field("cx", U16), new Field("outIndex", U32)));
    /** probe_weights.bin */
    public static final Layout PROBE_WEIGHTS = new Layout("probe_weights.bin", List.of(new Field("weight", F64)));
    /** float_compartments.bin */
    public static final Layout FLOAT_COMPARTMENTS = new Layout("float_compartments.bin", List.of(
        new Field("decayU", F64), new Field("decayV", F64), new Field("vth", F64), new Field("bias", F64)));
    /** float_synapses.bin */
    public static final Layout FLOAT_SYNAPSES = new Layout("float_synapses.bin", List.of(new Field("weight", F64)));

    /** Every binary layout, in the order files are written. */
    public static final List<Layout> TABLES = List.of(COMPARTMENTS, SYNAPSE_MAP, SYNAPSES, OUT_AXONS, INPUT_MAP,
        INPUT_SPIKES, PROBE_TAPS, PROBE_WEIGHTS, FLOAT_COMPARTMENTS, FLOAT_SYNAPSES);

    /** synapse_map kind: discrete axon. */
    public static final int KIND_DISCRETE = 0;

    private ArtifactLayout() {
    }
}
