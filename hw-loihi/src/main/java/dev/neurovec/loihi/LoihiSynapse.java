package dev.neurovec.loihi;

/**
 * A dense, discrete group of input axons into one block (hardware.md §A1.1 {@code Synapse} with
 * {@code set_weights}: compression 3, mixed-sign 8-bit weights, 64 synapses per synapse block): axon
 * {@code a} reaches every compartment {@code j} of the block with weight {@code weights[a][j]}.
 * {@link Discretizer} fills {@link #discrete()}.
 */
public final class LoihiSynapse {
    private final String label;
    final double[][] weights;
    DiscreteSynapse discrete;

    /**
     * @param label   its label
     * @param weights float weights, input axons x target compartments (not copied)
     */
    public LoihiSynapse(final String label, final double[][] weights) {
        if (weights.length == 0 || weights[0].length == 0) {
            throw new IllegalArgumentException("LoihiSynapse '" + label + "': weights are " + weights.length
                + " x " + (weights.length == 0 ? 0 : weights[0].length) + "; expected at least 1 x 1");
        }
        this.label = label;
        this.weights = weights;
    }

    /** @return the label */
    public String label() {
        return label;
    }

    /** @return number of input axons */
    public int nAxons() {
        return weights.length;
    }

    /** @return number of target compartments (every axon reaches each of them) */
    public int nTargets() {
        return weights[0].length;
    }

    /** @return the integer weights, or null before discretization */
    public DiscreteSynapse discrete() {
        return discrete;
    }

    /**
     * Synapse-memory bits of this synapse (hardware.md §A1.1 {@code bits_per_axon}): per axon, the targets are
     * grouped in blocks of 64, each costing {@code n * 8 + 4 + 6} bits rounded up to 64.
     *
     * @return bits
     */
    public long bits() {
        return nAxons() * bitsPerAxon(nTargets());
    }

    /**
     * @param nWeights weights on one axon
     * @return bits that axon's synapse entries use in the default dense format
     */
    static long bitsPerAxon(final int nWeights) {
        long bits = 0;
        for (int start = 0; start < nWeights; start += LoihiLimits.SYNAPSES_PER_BLOCK) {
            final int k = Math.min(LoihiLimits.SYNAPSES_PER_BLOCK, nWeights - start);
            final long raw = (long) k * SynapseFormat.REAL_WEIGHT_BITS + 4 + 6;
            bits += (raw + 63) / 64 * 64;
        }
        return bits;
    }

    @Override
    public String toString() {
        return "LoihiSynapse '" + label + "' (" + nAxons() + " axons x " + nTargets() + " targets)";
    }
}
