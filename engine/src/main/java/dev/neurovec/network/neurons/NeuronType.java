package dev.neurovec.network.neurons;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.Distribution;

import java.util.List;

/**
 * A neuron model, as Nengo's {@code nengo.neurons.NeuronType}: its step, its steady-state rate
 * curve, and the closed-form map between (max rate, intercept) and (gain, bias). Immutable and
 * compared by value. The maths here is the double-precision oracle the executors are tested
 * against (nengo-semantics.md §1.7).
 */
public abstract class NeuronType {

    /** @return true when the output is a spike train of height {@code amplitude/dt} */
    public abstract boolean spiking();

    /** @return true when the output can be negative */
    public boolean negative() {
        return false;
    }

    /** @return names of the state arrays {@link #step} updates, in a fixed order */
    public List<String> stateNames() {
        return List.of();
    }

    /**
     * @param name a name from {@link #stateNames()}
     * @return the distribution the initial value of that state is drawn from
     */
    public Distribution defaultInitialState(final String name) {
        throw new ValidationError(this + ": no state named '" + name + "'; state is " + stateNames());
    }

    /**
     * Advances one step.
     *
     * @param dt     time step in seconds
     * @param j      input current per neuron, read
     * @param output output per neuron (rate in Hz, or spikes of height amplitude/dt), written
     * @param state  state arrays in {@link #stateNames()} order, read and updated
     */
    public abstract void step(double dt, double[] j, double[] output, double[][] state);

    /**
     * Steady-state rate for a constant current.
     *
     * @param j input current
     * @return rate in Hz
     */
    public abstract double rate(double j);

    /**
     * Rates at inputs {@code x} for neurons with the given gains and biases ({@code J = gain*x + bias}).
     *
     * @param x    scalar inputs (already projected onto the encoders), length n
     * @param gain gains, length n
     * @param bias biases, length n
     * @return rates in Hz, length n
     */
    public double[] rates(final double[] x, final double[] gain, final double[] bias) {
        final double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = rate(gain[i] * x[i] + bias[i]);
        }
        return out;
    }

    /**
     * Gains and biases giving the requested max rates (at x = 1) and intercepts (rate becomes
     * non-zero at x = intercept).
     *
     * @param maxRates   max rates in Hz
     * @param intercepts intercepts
     * @return gain and bias arrays
     */
    public abstract GainBias gainBias(double[] maxRates, double[] intercepts);

    /**
     * The inverse of {@link #gainBias}.
     *
     * @param gain gains
     * @param bias biases
     * @return max rates and intercepts
     */
    public abstract MaxRatesIntercepts maxRatesIntercepts(double[] gain, double[] bias);

    /**
     * Non-spiking model to run in its place during training (NengoDL's rate swap, §5.6); rate types
     * return themselves.
     *
     * @return the rate equivalent
     */
    public NeuronType rateEquivalent() {
        return this;
    }

    static double[] requireSameLength(final String type, final double[] a, final double[] b, final String names) {
        if (a.length != b.length) {
            throw new ValidationError(type + ": " + names + " lengths " + a.length + " and " + b.length
                + "; expected equal");
        }
        return a;
    }

    static void requirePositive(final String type, final String param, final double value) {
        if (!(value > 0)) {
            throw new ValidationError(type + ": " + param + " = " + value + "; expected > 0");
        }
    }

    static void requireNonNegative(final String type, final String param, final double value) {
        if (!(value >= 0)) {
            throw new ValidationError(type + ": " + param + " = " + value + "; expected >= 0");
        }
    }
}
