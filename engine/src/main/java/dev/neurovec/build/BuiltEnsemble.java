package dev.neurovec.build;

/**
 * The parameters an ensemble was built with, as Nengo's {@code BuiltEnsemble}.
 *
 * @param evalPoints     eval points (m x d), already scaled by the radius
 * @param encoders       unit (or user) encoders (n x d)
 * @param intercepts     intercepts (n)
 * @param maxRates       max rates in Hz (n)
 * @param scaledEncoders encoders * gain / radius (n x d)
 * @param gain           gains (n)
 * @param bias           biases (n)
 */
public record BuiltEnsemble(double[][] evalPoints, double[][] encoders, double[] intercepts, double[] maxRates,
                            double[][] scaledEncoders, double[] gain, double[] bias) {
}
