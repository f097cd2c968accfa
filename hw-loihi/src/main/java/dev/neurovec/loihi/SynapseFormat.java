package dev.neurovec.loihi;

/**
 * The synapse format ({@code synapseFmt}, hardware.md §A1.1 {@code SynapseConfig}) nengo-loihi writes for dense
 * weights: 8-bit mixed-sign weights, no delay or tag bits, dense compression, 64 synapses per block. Only
 * {@code wgtExp} and {@code idxBits} vary.
 *
 * @param weightExp {@code wgtExp}, -7..7
 * @param idxBits   {@code idxBits} code into {@link #INDEX_BITS_MAP}
 */
public record SynapseFormat(int weightExp, int idxBits) {
    /** Real weight bits of weight-bits code 7. */
    public static final int REAL_WEIGHT_BITS = 8;
    /** Weight-bits code written ({@code wgtBits} = 7 means 8 bits). */
    public static final int WEIGHT_BITS_CODE = 7;
    /** Real index bits per {@code idxBits} code. */
    public static final int[] INDEX_BITS_MAP = {0, 6, 7, 8, 9, 10, 11, 12};
    /** {@code numSynapses}: synapses per synapse block minus one. */
    public static final int N_SYNAPSES = 63;
    /** {@code fanoutType} 1: mixed sign. */
    public static final int FANOUT_MIXED = 1;
    /** {@code compression} 3: dense (no index bits stored). */
    public static final int COMPRESSION_DENSE = 3;

    /**
     * @param maxIndex largest target compartment index on the axon
     * @return the smallest {@code idxBits} code whose real bits hold it, or -1 when more than 12 bits are needed
     */
    static int idxBitsFor(final int maxIndex) {
        final int need = 32 - Integer.numberOfLeadingZeros(Math.max(maxIndex, 0));
        for (int code = 0; code < INDEX_BITS_MAP.length; code++) {
            if (INDEX_BITS_MAP[code] >= need) {
                return code;
            }
        }
        return -1;
    }
}
