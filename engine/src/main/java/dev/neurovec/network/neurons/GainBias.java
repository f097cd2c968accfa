package dev.neurovec.network.neurons;

/**
 * Gains and biases of a population ({@code J = gain * x + bias}).
 *
 * @param gain per-neuron gains
 * @param bias per-neuron biases
 */
public record GainBias(double[] gain, double[] bias) {
}
