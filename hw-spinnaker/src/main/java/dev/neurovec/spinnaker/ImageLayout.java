package dev.neurovec.spinnaker;

/**
 * The SDRAM block layout of every application (hardware.md §B2.6). All words are 32-bit little-endian.
 *
 * <pre>
 *  block base (VCPU user0)
 *  +-----------------------------+  word 0
 *  | pointer table               |  (maxRegion + 1) words; word i = byte offset of region i from the base
 *  +-----------------------------+  (word 0 unused, 0)
 *  | region 1                    |  regions follow in index order, each a whole number of words;
 *  | region 2                    |  a region of size 0 has the offset of the next one
 *  | ...                         |
 *  | recording regions           |  reserved: counted in the block size, not stored in the .bin file
 *  +-----------------------------+
 *
 *  filter region  : n_filters, then per filter [n_words, type, width, flags] + n_words data words
 *                   (lowpass: a, b; LTI: order K, then (a'_k, b'_k) for k = 1..K); flags bit 0 = latching
 *  routing region : n_entries, then per entry (key, mask, dimension_mask, filter_index)
 *  cluster block  : input vector (size_in words) | spike vector (ceil(N/32) words) | 2 semaphore bytes + pad
 * </pre>
 *
 * Ensemble regions are numbered as nengo_spinnaker numbers them (1-25, §B2.6); the filter, value-source and
 * value-sink numberings are this mapper's, listed by {@code regions.json}.
 */
public final class ImageLayout {
    /** Ensemble: the 18-word ensemble parameters. */
    public static final int ENS_PARAMS = 1;
    /** Ensemble: LIF constants (2 words). */
    public static final int ENS_LIF = 2;
    /** Ensemble: encoders, n × encoder width. */
    public static final int ENS_ENCODERS = 3;
    /** Ensemble: bias, n. */
    public static final int ENS_BIAS = 4;
    /** Ensemble: gain, n. */
    public static final int ENS_GAIN = 5;
    /** Ensemble: decoders, this core's rows × cluster neurons, of decoders / dt. */
    public static final int ENS_DECODERS = 6;
    /** Ensemble: learnt decoders (empty). */
    public static final int ENS_LEARNT_DECODERS = 7;
    /** Ensemble: one key per output row. */
    public static final int ENS_KEYS = 8;
    /** Ensemble: learnt keys (empty). */
    public static final int ENS_LEARNT_KEYS = 9;
    /** Ensemble: neurons per core of the cluster. */
    public static final int ENS_POPULATION_LENGTHS = 10;
    /** Ensemble: input filters. */
    public static final int ENS_INPUT_FILTERS = 11;
    /** Ensemble: input filter routing. */
    public static final int ENS_INPUT_ROUTING = 12;
    /** Ensemble: inhibition filters (empty). */
    public static final int ENS_INHIB_FILTERS = 13;
    /** Ensemble: inhibition routing (empty). */
    public static final int ENS_INHIB_ROUTING = 14;
    /** Ensemble: modulatory filters (empty). */
    public static final int ENS_MOD_FILTERS = 15;
    /** Ensemble: modulatory routing (empty). */
    public static final int ENS_MOD_ROUTING = 16;
    /** Ensemble: learnt-encoder filters (empty). */
    public static final int ENS_LEARNT_ENC_FILTERS = 17;
    /** Ensemble: learnt-encoder routing (empty). */
    public static final int ENS_LEARNT_ENC_ROUTING = 18;
    /** Ensemble: PES rules (none). */
    public static final int ENS_PES = 19;
    /** Ensemble: Voja rules (none) and 1/radius. */
    public static final int ENS_VOJA = 20;
    /** Ensemble: filtered activity (none). */
    public static final int ENS_FILTERED_ACTIVITY = 21;
    /** Ensemble: profiler (empty). */
    public static final int ENS_PROFILER = 22;
    /** Ensemble: spike recording, steps × ceil(n/32) words, MSB first. */
    public static final int ENS_SPIKE_REC = 23;
    /** Ensemble: voltage recording, steps × ceil(n/2) words of U1.15 halves. */
    public static final int ENS_VOLTAGE_REC = 24;
    /** Ensemble: encoder recording (empty). */
    public static final int ENS_ENCODER_REC = 25;
    /** Ensemble: words of region 1. */
    public static final int ENS_PARAMS_WORDS = 18;

    /** Filter: system {timestep, input_size, input_offset, output_size}. */
    public static final int FLT_SYSTEM = 1;
    /** Filter: one key per output row. */
    public static final int FLT_KEYS = 2;
    /** Filter: input filters. */
    public static final int FLT_FILTERS = 3;
    /** Filter: input routing. */
    public static final int FLT_ROUTING = 4;
    /** Filter: transform, rows × columns s16.15. */
    public static final int FLT_TRANSFORM = 5;

    /** Value source: system {timestep, size_out, periodic, n_blocks, frames_per_block, last_block_length}. */
    public static final int VS_SYSTEM = 1;
    /** Value source: one key per output row. */
    public static final int VS_KEYS = 2;
    /** Value source: values, frames × size_out s16.15. */
    public static final int VS_VALUES = 3;
    /** Value source: bytes of one DMA block of values (20 KiB). */
    public static final int VALUE_SOURCE_BLOCK_BYTES = 20 * 1024;

    /** Value sink: system {timestep, input_size, input_offset}. */
    public static final int SINK_SYSTEM = 1;
    /** Value sink: input filters. */
    public static final int SINK_FILTERS = 2;
    /** Value sink: input routing. */
    public static final int SINK_ROUTING = 3;
    /** Value sink: recording, steps × input_size s16.15. */
    public static final int SINK_RECORDING = 4;

    /** Words per filter header. */
    public static final int FILTER_HEADER_WORDS = 4;
    /** Words per routing entry. */
    public static final int ROUTING_ENTRY_WORDS = 4;
    /** SDRAM base address of the application heap on every chip (buffered alias). */
    public static final int SDRAM_BASE = 0x6000_0000;
    /** Offset from a buffered SDRAM address to its unbuffered alias (semaphores live there). */
    public static final int UNBUFFERED_OFFSET = 0x1000_0000;

    private ImageLayout() {
    }

    /**
     * @param app an application
     * @return its largest region index
     */
    public static int maxRegion(final App app) {
        return switch (app) {
            case ENSEMBLE -> ENS_ENCODER_REC;
            case FILTER -> FLT_TRANSFORM;
            case VALUE_SOURCE -> VS_VALUES;
            case VALUE_SINK -> SINK_RECORDING;
        };
    }

    /**
     * @param app   an application
     * @param index a region index
     * @return the region's name in {@code regions.json}
     */
    public static String regionName(final App app, final int index) {
        final String[] names = switch (app) {
            case ENSEMBLE -> new String[] {"", "ensemble", "lif", "encoders", "bias", "gain", "decoders",
                "learnt_decoders", "keys", "learnt_keys", "population_lengths", "input_filters", "input_routing",
                "inhibition_filters", "inhibition_routing", "modulatory_filters", "modulatory_routing",
                "learnt_encoder_filters", "learnt_encoder_routing", "pes", "voja", "filtered_activity", "profiler",
                "spike_recording", "voltage_recording", "encoder_recording"};
            case FILTER -> new String[] {"", "system", "keys", "filters", "filter_routing", "transform"};
            case VALUE_SOURCE -> new String[] {"", "system", "keys", "values"};
            case VALUE_SINK -> new String[] {"", "system", "filters", "filter_routing", "recording"};
        };
        return names[index];
    }

    /**
     * @param app   an application
     * @param index a region index
     * @return whether the region is a recording, reserved in SDRAM but not stored in the image file
     */
    public static boolean reserved(final App app, final int index) {
        return (app == App.ENSEMBLE && index >= ENS_SPIKE_REC) || (app == App.VALUE_SINK && index == SINK_RECORDING);
    }

    /**
     * @param filter a filter
     * @return words of its data after the 4-word header
     */
    public static int filterDataWords(final FilterSpec filter) {
        return switch (filter.kind()) {
            case NONE -> 0;
            case LOWPASS -> 2;
            case LTI -> 1 + 2 * filter.order();
        };
    }

    /**
     * @param neurons neurons in a cluster
     * @param sizeIn  the ensemble's input size
     * @return bytes of the cluster's shared SDRAM block
     */
    public static int clusterBlockBytes(final int neurons, final int sizeIn) {
        return 4 * (sizeIn + spikeWords(neurons) + 1);
    }

    /**
     * @param neurons neurons
     * @return words of a spike bit vector (32 neurons per word)
     */
    public static int spikeWords(final int neurons) {
        return (neurons + 31) / 32;
    }
}
