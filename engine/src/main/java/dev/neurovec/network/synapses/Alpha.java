package dev.neurovec.network.synapses;

import dev.neurovec.errors.ValidationError;

/**
 * The alpha-function synapse {@code H(s) = 1 / (tau s + 1)^2 = 1 / (tau^2 s^2 + 2 tau s + 1)}, impulse
 * response {@code h(t) = (t / tau^2) exp(-t/tau)}, as Nengo's {@code Alpha}: two lowpass stages with
 * the same time constant, discretised by zero-order hold (two states, no feed-through).
 */
public final class Alpha extends LinearFilter {
    private final double tau;

    /**
     * @param tau the time constant in seconds, at least 0
     * @throws IllegalArgumentException if {@code tau < 0} or not finite
     */
    public Alpha(final double tau) {
        super(new double[] {1.0}, new double[] {checkTau(tau) * tau, 2 * tau, 1.0}, true, Method.ZOH, Double.NaN);
        this.tau = tau;
    }

    private static double checkTau(final double tau) {
        if (!(tau >= 0) || tau == Double.POSITIVE_INFINITY) {
            throw new ValidationError("Alpha: tau = " + tau + "; expected tau >= 0");
        }
        return tau;
    }

    /** @return the time constant in seconds */
    public double tau() {
        return tau;
    }

    @Override
    public String toString() {
        return "Alpha(tau=" + tau + ")";
    }
}
