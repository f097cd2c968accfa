package dev.neurovec.spinnaker;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decodes an SDRAM block with the layouts of {@link ImageLayout} (hardware.md §B2.6), the way the on-core
 * applications read it, and checks it on the way (§E4.5): the pointer table's offsets increase, are word aligned
 * and stay inside the block, and every region has exactly the size its header fields imply. A malformed block
 * throws {@link MappingError} naming the block, the region and the sizes.
 */
public final class ImageDecoder {
    private final String name;
    private final App app;
    private final ByteBuffer buf;
    private final int[] offset;
    private final int[] size;

    /** A decoded block. */
    public sealed interface Decoded permits EnsembleBlock, FilterBlock, SourceBlock, SinkBlock {
    }

    /**
     * Input filters and their routing.
     *
     * @param type     filter type codes
     * @param width    filter widths
     * @param latching latching flags
     * @param data     each filter's data words
     * @param key      routing keys
     * @param mask     routing masks
     * @param dimMask  routing dimension masks
     * @param filter   routing filter indices
     */
    public record InputBlock(int[] type, int[] width, boolean[] latching, int[][] data, int[] key, int[] mask,
                             int[] dimMask, int[] filter) {
    }

    /**
     * An ensemble block (regions 1-25).
     *
     * @param timestepUs        machine time step
     * @param n                 neurons on this core
     * @param sizeIn            ensemble input size
     * @param encoderWidth      encoder width
     * @param clusterNeurons    neurons in the cluster
     * @param populations       cores in the cluster
     * @param population        this core's index in the cluster
     * @param inputOffset       first input dimension this core filters
     * @param inputDims         input dimensions this core filters
     * @param rows              decoder rows
     * @param flags             recording flags (bit 0 spikes, bit 1 voltage)
     * @param inputVector       SDRAM address of the cluster input vector
     * @param spikeVector       SDRAM address of the cluster spike vector
     * @param semaInput         address of the input semaphore
     * @param semaSpikes        address of the spike semaphore
     * @param lifK              {@code (1 − e^(−dt/τ_rc))(1 − 2^−11)} raw
     * @param tauRefSteps       refractory steps
     * @param encoders          n × encoderWidth raw
     * @param bias              n raw
     * @param gain              n raw
     * @param decoders          rows × clusterNeurons raw
     * @param keys              rows
     * @param populationLengths neurons per core of the cluster
     * @param input             input filters and routing
     * @param inverseRadius     1/radius raw (Voja region)
     */
    public record EnsembleBlock(int timestepUs, int n, int sizeIn, int encoderWidth, int clusterNeurons,
                                int populations, int population, int inputOffset, int inputDims, int rows, int flags,
                                int inputVector, int spikeVector, int semaInput, int semaSpikes, int lifK,
                                int tauRefSteps, int[] encoders, int[] bias, int[] gain, int[] decoders, int[] keys,
                                int[] populationLengths, InputBlock input, int inverseRadius) implements Decoded {
    }

    /**
     * A filter block.
     *
     * @param timestepUs  machine time step
     * @param inputSize   columns
     * @param inputOffset first column
     * @param outputSize  rows
     * @param keys        one per row
     * @param input       input filters and routing
     * @param transform   rows × columns raw
     */
    public record FilterBlock(int timestepUs, int inputSize, int inputOffset, int outputSize, int[] keys,
                              InputBlock input, int[] transform) implements Decoded {
    }

    /**
     * A value-source block.
     *
     * @param timestepUs      machine time step
     * @param sizeOut         rows
     * @param periodic        whether playback wraps
     * @param blocks          DMA blocks
     * @param framesPerBlock  frames per block
     * @param lastBlockFrames frames in the last block
     * @param keys            one per row
     * @param values          frames × rows raw
     */
    public record SourceBlock(int timestepUs, int sizeOut, boolean periodic, int blocks, int framesPerBlock,
                              int lastBlockFrames, int[] keys, int[] values) implements Decoded {

        /** @return number of frames */
        public int frames() {
            return (blocks - 1) * framesPerBlock + lastBlockFrames;
        }
    }

    /**
     * A value-sink block.
     *
     * @param timestepUs  machine time step
     * @param inputSize   dimensions recorded
     * @param inputOffset first dimension
     * @param input       input filters and routing
     * @param recordingWords words reserved for the recording
     */
    public record SinkBlock(int timestepUs, int inputSize, int inputOffset, InputBlock input, int recordingWords)
        implements Decoded {
    }

    private ImageDecoder(final String name, final App app, final byte[] bytes, final int totalBytes) {
        this.name = name;
        this.app = app;
        this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        final int n = ImageLayout.maxRegion(app) + 1;
        if (bytes.length < 4 * n || bytes.length > totalBytes || bytes.length % 4 != 0) {
            throw MappingError.of(name, "stored image bytes", bytes.length, "at least the " + 4 * n
                + "-byte pointer table, a whole number of words, at most the block's " + totalBytes + " bytes");
        }
        offset = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            offset[i] = buf.getInt(4 * i);
        }
        for (int i = 1; i < n; i++) {
            if (offset[i] % 4 != 0 || offset[i] < (i == 1 ? 4 * n : offset[i - 1]) || offset[i] > totalBytes) {
                throw MappingError.of(name + " region " + i + " (" + ImageLayout.regionName(app, i) + ")",
                    "offset", offset[i], "word aligned, not before region " + (i - 1) + " and inside the "
                        + totalBytes + "-byte block");
            }
        }
        for (int i = 1; i < n; i++) {
            final int end = i + 1 < n ? offset[i + 1] : totalBytes;
            size[i] = end - offset[i];
            if (!ImageLayout.reserved(app, i) && end > bytes.length) {
                throw MappingError.of(name + " region " + i, "end offset", end, "stored bytes " + bytes.length);
            }
        }
    }

    /**
     * @param name       the block's name, for messages
     * @param app        its application
     * @param bytes      the stored image
     * @param totalBytes the block size (stored plus reserved)
     * @return the decoded block
     */
    public static Decoded decode(final String name, final App app, final byte[] bytes, final int totalBytes) {
        final ImageDecoder d = new ImageDecoder(name, app, bytes, totalBytes);
        return switch (app) {
            case ENSEMBLE -> d.ensemble();
            case FILTER -> d.filter();
            case VALUE_SOURCE -> d.source();
            case VALUE_SINK -> d.sink();
        };
    }

    private int[] words(final int region, final int expectWords) {
        if (size[region] != 4 * expectWords) {
            throw MappingError.of(name + " region " + region + " (" + ImageLayout.regionName(app, region) + ")",
                "bytes", size[region], 4 * expectWords + " (computed from the header fields)");
        }
        final int[] out = new int[expectWords];
        for (int i = 0; i < expectWords; i++) {
            out[i] = buf.getInt(offset[region] + 4 * i);
        }
        return out;
    }

    private int word(final int region, final int index) {
        return buf.getInt(offset[region] + 4 * index);
    }

    private InputBlock input(final int filterRegion, final int routingRegion, final int width) {
        final int nf = word(filterRegion, 0);
        final int[] type = new int[nf];
        final int[] widths = new int[nf];
        final boolean[] latching = new boolean[nf];
        final int[][] data = new int[nf][];
        int at = 1;
        for (int f = 0; f < nf; f++) {
            final int nWords = word(filterRegion, at);
            type[f] = word(filterRegion, at + 1);
            widths[f] = word(filterRegion, at + 2);
            latching[f] = (word(filterRegion, at + 3) & 1) != 0;
            final FilterSpec.Kind kind = FilterSpec.Kind.of(type[f]);
            if (widths[f] != width) {
                throw MappingError.of(name + " filter " + f, "width", widths[f], width + " (the core's input slice)");
            }
            data[f] = new int[nWords];
            for (int k = 0; k < nWords; k++) {
                data[f][k] = word(filterRegion, at + ImageLayout.FILTER_HEADER_WORDS + k);
            }
            final int expect = kind == FilterSpec.Kind.LTI ? 1 + 2 * (nWords > 0 ? data[f][0] : 0)
                : kind == FilterSpec.Kind.LOWPASS ? 2 : 0;
            if (nWords != expect) {
                throw MappingError.of(name + " filter " + f + " (" + kind + ")", "data words", nWords, expect);
            }
            at += ImageLayout.FILTER_HEADER_WORDS + nWords;
        }
        words(filterRegion, at);
        final int nr = word(routingRegion, 0);
        final int[] r = words(routingRegion, 1 + ImageLayout.ROUTING_ENTRY_WORDS * nr);
        final int[] key = new int[nr];
        final int[] mask = new int[nr];
        final int[] dim = new int[nr];
        final int[] filter = new int[nr];
        for (int i = 0; i < nr; i++) {
            key[i] = r[1 + 4 * i];
            mask[i] = r[2 + 4 * i];
            dim[i] = r[3 + 4 * i];
            filter[i] = r[4 + 4 * i];
            if (filter[i] < 0 || filter[i] >= nf) {
                throw MappingError.of(name + " routing entry " + i, "filter index", filter[i], "0.." + (nf - 1));
            }
        }
        return new InputBlock(type, widths, latching, data, key, mask, dim, filter);
    }

    private EnsembleBlock ensemble() {
        final int[] p = words(ImageLayout.ENS_PARAMS, ImageLayout.ENS_PARAMS_WORDS);
        final int n = p[1];
        final int sizeIn = p[2];
        final int width = p[3];
        final int cn = p[4];
        final int pops = p[5];
        final int rows = p[9];
        final int flags = p[13];
        final int[] lif = words(ImageLayout.ENS_LIF, 2);
        final int[] enc = words(ImageLayout.ENS_ENCODERS, n * width);
        final int[] bias = words(ImageLayout.ENS_BIAS, n);
        final int[] gain = words(ImageLayout.ENS_GAIN, n);
        final int[] dec = words(ImageLayout.ENS_DECODERS, rows * cn);
        words(ImageLayout.ENS_LEARNT_DECODERS, 0);
        final int[] keys = words(ImageLayout.ENS_KEYS, rows);
        words(ImageLayout.ENS_LEARNT_KEYS, 0);
        final int[] popLengths = words(ImageLayout.ENS_POPULATION_LENGTHS, pops);
        int sum = 0;
        for (int l : popLengths) {
            sum += l;
        }
        if (sum != cn || p[6] < 0 || p[6] >= pops || popLengths[p[6]] != n) {
            throw MappingError.of(name + " population lengths", "sum / own length", sum + " / "
                + (p[6] >= 0 && p[6] < pops ? popLengths[p[6]] : "?"), cn + " cluster neurons / " + n + " neurons");
        }
        final InputBlock input = input(ImageLayout.ENS_INPUT_FILTERS, ImageLayout.ENS_INPUT_ROUTING, p[8]);
        for (int r = ImageLayout.ENS_INHIB_FILTERS; r <= ImageLayout.ENS_LEARNT_ENC_ROUTING; r++) {
            if (words(r, 1)[0] != 0) {
                throw MappingError.of(name + " region " + r + " (" + ImageLayout.regionName(app, r) + ")", "entries",
                    word(r, 0), "0 (inhibition, modulation and learning are not supported)");
            }
        }
        words(ImageLayout.ENS_PES, 1);
        final int[] voja = words(ImageLayout.ENS_VOJA, 2);
        words(ImageLayout.ENS_FILTERED_ACTIVITY, 1);
        words(ImageLayout.ENS_PROFILER, 0);
        recording(ImageLayout.ENS_SPIKE_REC, (flags & 1) != 0, ImageLayout.spikeWords(n));
        recording(ImageLayout.ENS_VOLTAGE_REC, (flags & 2) != 0, (n + 1) / 2);
        words(ImageLayout.ENS_ENCODER_REC, 0);
        return new EnsembleBlock(p[0], n, sizeIn, width, cn, pops, p[6], p[7], p[8], rows, flags, p[14], p[15], p[16],
            p[17], lif[0], lif[1], enc, bias, gain, dec, keys, popLengths, input, voja[1]);
    }

    private void recording(final int region, final boolean on, final int frameWords) {
        if (on ? size[region] % (4 * frameWords) != 0 : size[region] != 0) {
            throw MappingError.of(name + " region " + region + " (" + ImageLayout.regionName(app, region) + ")",
                "bytes", size[region], on ? "a whole number of " + frameWords + "-word frames" : "0 (flag not set)");
        }
    }

    /**
     * @param region a reserved recording region
     * @return its size in bytes
     */
    int regionBytes(final int region) {
        return size[region];
    }

    private FilterBlock filter() {
        final int[] s = words(ImageLayout.FLT_SYSTEM, 4);
        final int[] keys = words(ImageLayout.FLT_KEYS, s[3]);
        final InputBlock input = input(ImageLayout.FLT_FILTERS, ImageLayout.FLT_ROUTING, s[1]);
        final int[] t = words(ImageLayout.FLT_TRANSFORM, s[1] * s[3]);
        return new FilterBlock(s[0], s[1], s[2], s[3], keys, input, t);
    }

    private SourceBlock source() {
        final int[] s = words(ImageLayout.VS_SYSTEM, 6);
        final int[] keys = words(ImageLayout.VS_KEYS, s[1]);
        final int frames = (s[3] - 1) * s[4] + s[5];
        if (s[4] != Math.max(1, ImageLayout.VALUE_SOURCE_BLOCK_BYTES / (4 * Math.max(1, s[1])))) {
            throw MappingError.of(name, "frames per block", s[4], "floor(20 KiB / (4 · size_out))");
        }
        final int[] values = words(ImageLayout.VS_VALUES, frames * s[1]);
        return new SourceBlock(s[0], s[1], s[2] != 0, s[3], s[4], s[5], keys, values);
    }

    private SinkBlock sink() {
        final int[] s = words(ImageLayout.SINK_SYSTEM, 3);
        final InputBlock input = input(ImageLayout.SINK_FILTERS, ImageLayout.SINK_ROUTING, s[1]);
        if (size[ImageLayout.SINK_RECORDING] % (4 * Math.max(1, s[1])) != 0) {
            throw MappingError.of(name + " recording", "bytes", size[ImageLayout.SINK_RECORDING],
                "a whole number of " + s[1] + "-word frames");
        }
        return new SinkBlock(s[0], s[1], s[2], input, size[ImageLayout.SINK_RECORDING] / 4);
    }
}
