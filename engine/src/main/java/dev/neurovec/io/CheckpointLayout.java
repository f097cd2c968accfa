package dev.neurovec.io;

import java.nio.charset.StandardCharsets;

/**
 * Where everything lives in a checkpoint file: group and attribute names, the format version, the
 * checksum trailer, and the rule that turns an object name into an HDF5 link name. The one place to
 * read before opening a checkpoint with h5py.
 *
 * <pre>
 * HDF5 part (written by jhdf; h5py, h5dump and HDFView read it)
 * /                                   attrs: format = "neurovec-checkpoint", formatVersion = 1,
 * |                                          neurovecVersion, dt (float64, s), seed (int64),
 * |                                          step (int64), networkHash (64 hex chars),
 * |                                          created (ISO-8601 UTC), epoch (int32, only when known)
 * +-- params/                         always present
 * |   +-- &lt;object&gt;/                  one group per ensemble, connection or tensor node
 * |       +-- encoders   float32 (n_neurons, dims)   ensemble: scaled encoders (encoders * gain / radius)
 * |       +-- bias       float32 (n_neurons,)        ensemble: its neurons' bias
 * |       +-- weights    float32 (rows, cols) or (size,) for an element-wise transform   connection
 * |       +-- &lt;name&gt;     float32 (size,)             tensor node: each layer parameter
 * |           every dataset: attr trainable (int32 0/1)
 * +-- state/                          only with SaveOptions.includeState; attr minibatchSize (int32)
 * |   +-- &lt;object&gt;/&lt;role&gt;   float32 (minibatch, size)   voltages, filter states, inputs, ... per element
 * +-- optimizer/                      only with SaveOptions.includeOptimizer
 *     |                               attrs: name ("Adam"), config (its describe()), iterations (int64)
 *     +-- &lt;object&gt;/&lt;param&gt;/&lt;slot&gt;  float32, the parameter's shape
 *                                     (Adam: m, v; RmsProp: rms; Sgd: momentum)
 *
 * Checksum trailer (after the HDF5 end-of-file address, which HDF5 readers ignore), little-endian:
 *  0       8       16      20      24      32
 *  +-------+-------+-------+-------+-------+
 *  | magic | hdf5  | crc32c| crc32c| end   |
 *  |NVCKSUM| length| of    | of    | magic |
 *  |  "1"  |  L    | [0,L) | [0,20)|NVCKEND1
 *  +-------+-------+-------+-------+-------+
 * </pre>
 *
 * <p>Object names are stable under unrelated edits (see {@link StableNames}). An object name becomes a
 * link name unchanged, except that {@code %} is written {@code %25} and a leading {@code .} is written
 * {@code %2E} (HDF5 reserves {@code .} and {@code ..}); names never contain {@code /}. Arrays of zero
 * elements are not stored (jhdf cannot write them).
 */
public final class CheckpointLayout {
    /** Value of the root attribute {@link #ATTR_FORMAT}. */
    public static final String FORMAT = "neurovec-checkpoint";
    /** Layout version this code writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** Root attribute: {@link #FORMAT}. */
    public static final String ATTR_FORMAT = "format";
    /** Root attribute: layout version (int32). */
    public static final String ATTR_FORMAT_VERSION = "formatVersion";
    /** Root attribute: the NeuroVec version that wrote the file. */
    public static final String ATTR_NEUROVEC_VERSION = "neurovecVersion";
    /** Root attribute: simulator time step in seconds (float64). */
    public static final String ATTR_DT = "dt";
    /** Root attribute: simulator seed (int64). */
    public static final String ATTR_SEED = "seed";
    /** Root attribute: steps simulated (the clock) when saved (int64). */
    public static final String ATTR_STEP = "step";
    /** Root attribute: {@link NetworkHash} of the network (hex string). */
    public static final String ATTR_NETWORK_HASH = "networkHash";
    /** Root attribute: when the file was written, ISO-8601 UTC. */
    public static final String ATTR_CREATED = "created";
    /** Root attribute, optional: epochs of training completed (what {@code FitOptions.initialEpoch} resumes at). */
    public static final String ATTR_EPOCH = "epoch";
    /** Dataset attribute in {@code /params}: 1 when training changes the parameter, else 0. */
    public static final String ATTR_TRAINABLE = "trainable";
    /** {@code /state} attribute: minibatch size, the first axis of every state dataset. */
    public static final String ATTR_MINIBATCH = "minibatchSize";
    /** {@code /optimizer} attribute: optimizer class, e.g. {@code Adam}. */
    public static final String ATTR_OPTIMIZER_NAME = "name";
    /** {@code /optimizer} attribute: the optimizer's {@code describe()} (hyper-parameters). */
    public static final String ATTR_OPTIMIZER_CONFIG = "config";
    /** {@code /optimizer} attribute: updates applied so far (int64). */
    public static final String ATTR_ITERATIONS = "iterations";

    /** Group of parameters. */
    public static final String PARAMS = "params";
    /** Group of simulation state. */
    public static final String STATE = "state";
    /** Group of optimizer slots. */
    public static final String OPTIMIZER = "optimizer";

    /** Bytes of the checksum trailer. */
    public static final int TRAILER_SIZE = 32;
    /** Trailer offset of the HDF5 length (int64). */
    public static final int TRAILER_LENGTH_OFFSET = 8;
    /** Trailer offset of the CRC-32C of the HDF5 bytes (int32). */
    public static final int TRAILER_DATA_CRC_OFFSET = 16;
    /** Trailer offset of the CRC-32C of trailer bytes [0, 20) (int32). */
    public static final int TRAILER_SELF_CRC_OFFSET = 20;
    /** Trailer offset of the end magic. */
    public static final int TRAILER_END_MAGIC_OFFSET = 24;
    /** First eight trailer bytes. */
    public static final byte[] TRAILER_MAGIC = "NVCKSUM1".getBytes(StandardCharsets.US_ASCII);
    /** Last eight trailer bytes (and of the file). */
    public static final byte[] TRAILER_END_MAGIC = "NVCKEND1".getBytes(StandardCharsets.US_ASCII);

    /** The eight bytes every HDF5 file without a user block starts with. */
    static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private CheckpointLayout() {
    }

    /**
     * @param name an object name (no {@code /})
     * @return the HDF5 link name
     */
    public static String linkName(final String name) {
        final String s = name.replace("%", "%25");
        return s.startsWith(".") ? "%2E" + s.substring(1) : s;
    }

    /**
     * @param link an HDF5 link name written by {@link #linkName}
     * @return the object name
     */
    public static String objectName(final String link) {
        final String s = link.startsWith("%2E") ? "." + link.substring(3) : link;
        return s.replace("%25", "%");
    }
}
