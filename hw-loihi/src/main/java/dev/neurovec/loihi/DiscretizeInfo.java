package dev.neurovec.loihi;

/**
 * The scales discretization chose for a block ({@code discretize_info}, hardware.md §A2.1 step 10).
 *
 * @param wMax      largest weight magnitude over the block's synapses
 * @param wExp      the block weight exponent (0 down to -7)
 * @param vScale    voltage units per float threshold unit
 * @param bScale    bias units per float bias unit
 * @param wScale    weight units per float weight unit
 * @param uInfactor integral compensation of the current decay
 * @param vInfactor integral compensation of the voltage decay
 */
public record DiscretizeInfo(double wMax, int wExp, double vScale, double bScale, double wScale, double uInfactor,
                             double vInfactor) {
}
