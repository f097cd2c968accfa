package dev.neurovec.loihi;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * The JSON documents of an artifact (hardware.md §E2.1), as records. Jackson writes them with sorted keys;
 * {@link ArtifactReader} reads them back into the same records, so emit → parse → emit is byte-identical.
 */
public final class ArtifactFiles {
    private ArtifactFiles() {
    }

    /**
     * A run of records in a binary side file.
     *
     * @param file   file name
     * @param offset byte offset
     * @param count  number of records
     */
    public record TableRef(String file, long offset, int count) {
    }

    /**
     * board.json.
     *
     * @param schema        "neurovec.loihi.board"
     * @param schemaVersion version
     * @param target        "loihi1"
     * @param nChips        chips used
     * @param coresPerChip  cores per chip available
     * @param chips         chips in id order
     */
    public record Board(String schema, int schemaVersion, String target, int nChips, int coresPerChip,
                        List<Chip> chips) {
    }

    /**
     * One chip.
     *
     * @param chipId id
     * @param cores  cores in id order
     */
    public record Chip(int chipId, List<Core> cores) {
    }

    /**
     * One core's registers (hardware.md §A6.2).
     *
     * @param coreId          id on its chip
     * @param blocks          blocks on the core (one)
     * @param cxProfiles      {@code cxProfileCfg} entries
     * @param vthProfiles     {@code vthProfileCfg} entries
     * @param synapseFmts     {@code synapseFmt} entries with id &gt;= 1
     * @param dendriteShared  per-core voltage limits and noise
     * @param numUpdates      {@code ceil(compartments / 4)}
     * @param numStdp         learning axons (0)
     * @param compartments    ref into compartments.bin
     * @param synapseMap      ref into synapse_map.bin
     * @param synapses        ref into synapses.bin
     * @param outAxons        ref into out_axons.bin
     * @param seeds           per-core random seeds
     */
    public record Core(int coreId, List<BlockRef> blocks, List<CxProfile> cxProfiles, List<VthProfile> vthProfiles,
                       List<SynapseFmt> synapseFmts, DendriteShared dendriteShared, int numUpdates, int numStdp,
                       TableRef compartments, TableRef synapseMap, TableRef synapses, TableRef outAxons,
                       CoreSeeds seeds) {
    }

    /**
     * A block placed on a core.
     *
     * @param label        the block label
     * @param cxStart      first compartment on the core
     * @param cxCount      compartments
     * @param sourceBlock  label of the unsplit block it was cut from
     * @param sourceOffset its first compartment in the source block
     */
    public record BlockRef(String label, int cxStart, int cxCount, String sourceBlock, int sourceOffset) {
    }

    /**
     * {@code cxProfileCfg}.
     *
     * @param decayU       current decay register
     * @param decayV       voltage decay register
     * @param refractDelay refractory delay
     * @param enableNoise  0/1
     * @param bapAction    1
     */
    public record CxProfile(int decayU, int decayV, int refractDelay, int enableNoise, int bapAction) {
    }

    /**
     * {@code vthProfileCfg.staticCfg}.
     *
     * @param vthMant threshold mantissa
     */
    public record VthProfile(int vthMant) {
    }

    /**
     * {@code synapseFmt} (all 19 fields of hardware.md §A1.1 {@code SynapseConfig}).
     *
     * @param id               format id (&gt;= 1)
     * @param weightLimitMant  wgtLimitMant
     * @param weightLimitExp   wgtLimitExp
     * @param weightExp        wgtExp
     * @param discMaxWeight    discMaxWgt
     * @param learningCfg      learningCfg
     * @param tagBits          tagBits
     * @param delayBits        dlyBits
     * @param weightBits       wgtBits code
     * @param reuseSynapseData reuseSynData
     * @param numSynapses      numSynapses
     * @param idxOffset        cIdxOffset
     * @param idxMult          cIdxMult
     * @param skipBits         skipBits
     * @param idxBits          idxBits code
     * @param synapseType      synType
     * @param fanoutType       fanoutType
     * @param compression      compression
     * @param stdpProfile      stdpProfile
     * @param ignoreDelay      ignoreDly
     */
    public record SynapseFmt(int id, int weightLimitMant, int weightLimitExp, int weightExp, int discMaxWeight,
                             int learningCfg, int tagBits, int delayBits, int weightBits, int reuseSynapseData,
                             int numSynapses, int idxOffset, int idxMult, int skipBits, int idxBits, int synapseType,
                             int fanoutType, int compression, int stdpProfile, int ignoreDelay) {
    }

    /**
     * {@code dendriteSharedCfg}.
     *
     * @param posVmLimit       vmax = 2^(9 + 2 posVmLimit) - 1
     * @param negVmLimit       vmin = -(2^negVmLimit) + 1
     * @param noiseExp0        noise exponent
     * @param noiseMantOffset0 noise offset
     * @param noiseAtDendOrVm  0 = noise into U, 1 = into V
     */
    public record DendriteShared(int posVmLimit, int negVmLimit, int noiseExp0, int noiseMantOffset0,
                                 int noiseAtDendOrVm) {
    }

    /**
     * Per-core random seeds (hardware.md §A6.1).
     *
     * @param stdpPre       stdpPreRandom 0..2
     * @param stdpPost      stdpPostRandom 0..2
     * @param soma          somaRandom 0..2
     * @param synapseRepack synapseRepackRandom
     */
    public record CoreSeeds(List<Long> stdpPre, List<Long> stdpPost, List<Long> soma, long synapseRepack) {
    }

    /**
     * inputs.json.
     *
     * @param schema            "neurovec.loihi.inputs"
     * @param schemaVersion     version
     * @param steps             host steps precomputed
     * @param spikeInputs       the spike inputs
     * @param precomputedSpikes ref into input_spikes.bin, sorted by step, input, index
     */
    public record Inputs(String schema, int schemaVersion, int steps, List<SpikeInputSpec> spikeInputs,
                         TableRef precomputedSpikes) {
    }

    /**
     * One spike input.
     *
     * @param id    id (index in the list)
     * @param label label
     * @param n     host neurons
     * @param map   ref into input_map.bin: every (index, chip, core, axon) the input drives
     */
    public record SpikeInputSpec(int id, String label, int n, TableRef map) {
    }

    /**
     * probes.json.
     *
     * @param schema        "neurovec.loihi.probes"
     * @param schemaVersion version
     * @param probes        the probes
     */
    public record Probes(String schema, int schemaVersion, List<ProbeSpec> probes) {
    }

    /**
     * One probe.
     *
     * @param id          id
     * @param label       network probe path
     * @param key         "u", "v" or "spike"
     * @param outSize     output size
     * @param taps        ref into probe_taps.bin
     * @param weights     ref into probe_weights.bin (taps x outSize, summed), or null for concatenation
     * @param scale       per-tap scale for concatenation
     * @param hostSynapse host lowpass, or null
     */
    public record ProbeSpec(int id, String label, String key, int outSize, TableRef taps, TableRef weights,
                            double scale, HostSynapse hostSynapse) {
    }

    /**
     * A host-side filter.
     *
     * @param type "lowpass"
     * @param tau  time constant in seconds
     */
    public record HostSynapse(String type, double tau) {
    }

    /**
     * host.json.
     *
     * @param schema           "neurovec.loihi.host"
     * @param schemaVersion    version
     * @param precompute       host inputs are computed before the chip runs (always true: closed host↔chip
     *                         loops are refused)
     * @param maxSpikesPerStep host-to-chip spikes per chip per step
     * @param hostObjects      host object paths
     * @param host2chip        host-to-chip links
     * @param chip2host        chip-to-host links
     * @param hostProbes       probes of host objects, simulated on the host
     */
    public record Host(String schema, int schemaVersion, boolean precompute, int maxSpikesPerStep,
                       List<String> hostObjects, List<Host2Chip> host2chip, List<Chip2Host> chip2host,
                       List<HostProbeSpec> hostProbes) {
    }

    /**
     * One chip-to-host link: the chip probe that decodes it (probes.json, weights = the link's decoders,
     * function and transform), then on the host the link's synapse and the receiving host object. The host
     * sees chip step k's probe output from host step k + 1 on (hardware.md §A4.3).
     *
     * @param sender      the connection path (after passthrough removal)
     * @param probeId     id of the chip probe in probes.json
     * @param receiver    path of the receiving host object (one of {@code hostObjects})
     * @param receiverIdx the receiver's input elements the outputs go to, or null for all, in order
     * @param size        values per step
     * @param synapse     host-side filter, or null for none
     */
    public record Chip2Host(String sender, int probeId, String receiver, List<Integer> receiverIdx, int size,
                            HostFilter synapse) {
    }

    /**
     * A probe of a host object's output, recorded by the host simulation.
     *
     * @param id        id (index in the list)
     * @param label     network probe path
     * @param target    path of the probed host object (one of {@code hostObjects})
     * @param targetIdx selected output elements, or null for all
     * @param attr      "output"
     * @param size      values per step
     * @param synapse   filter on the probe, or null for none
     */
    public record HostProbeSpec(int id, String label, String target, List<Integer> targetIdx, String attr, int size,
                                HostFilter synapse) {
    }

    /**
     * A filter run by the host simulation ({@link HostFilterCodec}); fields that do not apply to the type are
     * left out of the JSON.
     *
     * @param type   "lowpass", "alpha", "triangle" or "linear"
     * @param tau    time constant (lowpass, alpha) or length (triangle) in seconds; null for linear
     * @param num    numerator, highest power first (linear only)
     * @param den    denominator, highest power first (linear only)
     * @param analog true for H(s), false for H(z) (linear only)
     * @param method discretisation method name (linear only)
     * @param alpha  weighting of the generalised bilinear transform (linear GBT only)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HostFilter(String type, Double tau, List<Double> num, List<Double> den, Boolean analog,
                             String method, Double alpha) {
    }

    /**
     * One host-to-chip link.
     *
     * @param sender       the connection path on the host side
     * @param spikeInputId spike input id
     * @param encoder      the on/off encoder
     */
    public record Host2Chip(String sender, int spikeInputId, OnOffEncoder encoder) {
    }

    /**
     * The host on/off encoder neurons (SpikingRectifiedLinear).
     *
     * @param type "OnOff"
     * @param dims encoded dimensions
     * @param gain gain of every neuron
     * @param bias bias of every neuron
     */
    public record OnOffEncoder(String type, int dims, double gain, double bias) {
    }

    /**
     * manifest.json.
     *
     * @param schema         "neurovec.loihi.manifest"
     * @param schemaVersion  version
     * @param target         "loihi1"
     * @param emitterVersion emitter name and version
     * @param dt             time step in seconds
     * @param seed           network seed
     * @param steps          steps the host inputs were precomputed for
     * @param networkHash    hash of the source network description
     * @param nChips         chips used
     * @param coresPerChip   cores per chip
     * @param limits         limits checked against
     * @param builder        builder parameters
     * @param splits         split decisions
     * @param blocks         unsplit blocks: discretization decisions
     * @param floatCores     per core, the float parameters for the float emulator mode
     */
    public record Manifest(String schema, int schemaVersion, String target, String emitterVersion, double dt,
                           long seed, int steps, String networkHash, int nChips, int coresPerChip,
                           LoihiLimits limits, Map<String, Object> builder, List<SplitSpec> splits,
                           List<BlockSpec> blocks, List<FloatCore> floatCores) {
    }

    /**
     * One split decision.
     *
     * @param original original block
     * @param reason   binding resource with used amount and limit
     * @param pieces   piece labels
     * @param starts   piece start compartments
     * @param counts   piece sizes
     */
    public record SplitSpec(String original, String reason, List<String> pieces, List<Integer> starts,
                            List<Integer> counts) {
    }

    /**
     * Discretization of one (unsplit) block.
     *
     * @param label          block label
     * @param n              compartments
     * @param discretizeInfo chosen scales
     * @param synapses       per synapse decisions
     */
    public record BlockSpec(String label, int n, DiscretizeInfo discretizeInfo, List<SynapseSpec> synapses) {
    }

    /**
     * Discretization of one synapse.
     *
     * @param label     synapse label
     * @param nAxons    input axons
     * @param nTargets  target compartments
     * @param weightExp wgtExp
     * @param dwExp     exponent difference to the block's
     * @param lostBits  weight bits lost
     */
    public record SynapseSpec(String label, int nAxons, int nTargets, int weightExp, int dwExp, int lostBits) {
    }

    /**
     * The float view of one core.
     *
     * @param chip         chip id
     * @param core         core id
     * @param compartments ref into float_compartments.bin
     * @param synapses     ref into float_synapses.bin (parallel to the core's synapses.bin run)
     * @param vmin         float lower voltage bound
     * @param vmax         float upper voltage bound, or null for none
     * @param scaleU       U integral compensation
     * @param scaleV       V integral compensation
     * @param vScale       integer voltage units per float voltage unit
     * @param bScale       integer current units per float current unit
     */
    public record FloatCore(int chip, int core, TableRef compartments, TableRef synapses, double vmin, Double vmax,
                            boolean scaleU, boolean scaleV, double vScale, double bScale) {
    }
}
