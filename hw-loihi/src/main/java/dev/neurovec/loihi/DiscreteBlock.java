package dev.neurovec.loihi;

/**
 * The integer register values of a block (hardware.md §A2.1): what the chip stores per compartment, the
 * per-core voltage limits, and the scales chosen to get there.
 *
 * @param decayU       {@code decayU} register per compartment (the chip adds 1)
 * @param decayV       {@code decayV} register per compartment
 * @param refractDelay refractory delay per compartment, in steps
 * @param vthMant      threshold mantissa per compartment (threshold = mantissa &lt;&lt; 6)
 * @param biasMant     bias mantissa per compartment
 * @param biasExp      bias exponent per compartment (bias = mantissa &lt;&lt; exponent)
 * @param negVmLimit   {@code negVmLimit}: vmin = -(2^negVmLimit) + 1
 * @param posVmLimit   {@code posVmLimit}: vmax = 2^(9 + 2 posVmLimit) - 1
 * @param info         the scales ({@code discretize_info})
 */
public record DiscreteBlock(int[] decayU, int[] decayV, int[] refractDelay, int[] vthMant, int[] biasMant,
                            int[] biasExp, int negVmLimit, int posVmLimit, DiscretizeInfo info) {

    /**
     * @param from first compartment, inclusive
     * @param to   last compartment, exclusive
     * @return the same registers for compartments [from, to)
     */
    DiscreteBlock slice(final int from, final int to) {
        return new DiscreteBlock(java.util.Arrays.copyOfRange(decayU, from, to),
            java.util.Arrays.copyOfRange(decayV, from, to), java.util.Arrays.copyOfRange(refractDelay, from, to),
            java.util.Arrays.copyOfRange(vthMant, from, to), java.util.Arrays.copyOfRange(biasMant, from, to),
            java.util.Arrays.copyOfRange(biasExp, from, to), negVmLimit, posVmLimit, info);
    }
}
