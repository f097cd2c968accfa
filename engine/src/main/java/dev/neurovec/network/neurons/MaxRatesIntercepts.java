package dev.neurovec.network.neurons;

/**
 * Max rates (Hz, at x = 1) and intercepts of a population.
 *
 * @param maxRates   per-neuron max rates in Hz
 * @param intercepts per-neuron intercepts
 */
public record MaxRatesIntercepts(double[] maxRates, double[] intercepts) {
}
