package dev.neurovec.network.synapses;

import dev.neurovec.errors.ValidationError;

/**
 * The first-order lowpass synapse {@code H(s) = 1 / (tau s + 1)}, impulse response
 * {@code h(t) = exp(-t/tau) / tau}, as Nengo's {@code Lowpass}. Zero-order hold gives the one-state
 * step {@code y = a y + (1 - a) u} with {@code a = exp(-dt/tau)}; {@code tau = 0} is the identity
 * (no state, {@code y = u}).
 */
public final class Lowpass extends LinearFilter {
    private final double tau;

    /**
     * @param tau the time constant in seconds, at least 0
     * @throws IllegalArgumentException if {@code tau < 0} or not finite
     */
    public Lowpass(final double tau) {
        super(new double[] {1.0}, new double[] {checkTau(tau), 1.0}, true, Method.ZOH, Double.NaN);
        this.tau = tau;
    }

    private static double checkTau(final double tau) {
        if (!(tau >= 0) || tau == Double.POSITIVE_INFINITY) {
            throw new ValidationError("Lowpass: tau = " + tau + "; expected tau >= 0");
        }
        return tau;
    }

    /** @return the time constant in seconds */
    public double tau() {
        return tau;
    }

    @Override
    public String toString() {
        return "Lowpass(tau=" + tau + ")";
    }
}
