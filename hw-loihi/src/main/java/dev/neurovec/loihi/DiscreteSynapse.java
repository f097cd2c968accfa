package dev.neurovec.loihi;

/**
 * The integer weights of a synapse (hardware.md §A2.2).
 *
 * @param weightExp the synapse format's {@code wgtExp}
 * @param dwExp     exponent difference to the block's weight exponent
 * @param lostBits  weight bits shifted out because {@code 1 + weightExp < 0} (0 when lossless)
 * @param wgt       register values {@code Wgt} per axon and target ({@code w // 2^(6 + wgtExp)})
 */
public record DiscreteSynapse(int weightExp, int dwExp, int lostBits, int[][] wgt) {

    /**
     * @param axon   input axon
     * @param target target compartment
     * @return the value the chip adds to the dendritic accumulator per spike
     */
    public long effective(final int axon, final int target) {
        return (long) wgt[axon][target] << (6 + weightExp);
    }
}
