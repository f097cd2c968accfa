package dev.neurovec.network.neurons;

import dev.neurovec.errors.ValidationError;

import java.util.Objects;

/** Hyperbolic tangent rate neuron, as Nengo's {@code Tanh}: {@code r(J) = tanh(J) / tauRef}; may be negative. */
public final class Tanh extends NeuronType {
    private final double tauRef;

    /** Tanh with Nengo's default tauRef 0.0025 s. */
    public Tanh() {
        this(0.0025);
    }

    /**
     * @param tauRef inverse of the maximum rate, in seconds, &gt; 0
     */
    public Tanh(final double tauRef) {
        requirePositive("Tanh", "tauRef", tauRef);
        this.tauRef = tauRef;
    }

    /** @return inverse of the maximum rate, in seconds */
    public double tauRef() {
        return tauRef;
    }

    @Override
    public boolean spiking() {
        return false;
    }

    @Override
    public boolean negative() {
        return true;
    }

    @Override
    public double rate(final double j) {
        return Math.tanh(j) / tauRef;
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        for (int i = 0; i < j.length; i++) {
            output[i] = rate(j[i]);
        }
    }

    @Override
    public GainBias gainBias(final double[] maxRates, final double[] intercepts) {
        requireSameLength("Tanh", maxRates, intercepts, "maxRates/intercepts");
        final double[] gain = new double[maxRates.length];
        final double[] bias = new double[maxRates.length];
        for (int i = 0; i < gain.length; i++) {
            final double x = maxRates[i] * tauRef;
            if (!(x < 1)) {
                throw new ValidationError("Tanh: maxRates[" + i + "] = " + maxRates[i]
                    + "; expected < 1/tauRef = " + 1 / tauRef);
            }
            // atanh(x) written with log1p, as numpy evaluates it, to keep the last bits of the golden case.
            final double inverse = 0.5 * Math.log1p(2 * x / (1 - x));
            gain[i] = inverse / (1 - intercepts[i]);
            bias[i] = -gain[i] * intercepts[i];
        }
        return new GainBias(gain, bias);
    }

    @Override
    public MaxRatesIntercepts maxRatesIntercepts(final double[] gain, final double[] bias) {
        requireSameLength("Tanh", gain, bias, "gain/bias");
        final double[] intercepts = new double[gain.length];
        final double[] maxRates = new double[gain.length];
        for (int i = 0; i < gain.length; i++) {
            intercepts[i] = -bias[i] / gain[i];
            maxRates[i] = Math.tanh(gain[i] + bias[i]) / tauRef;
        }
        return new MaxRatesIntercepts(maxRates, intercepts);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Tanh t && t.tauRef == tauRef;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Tanh.class, tauRef);
    }

    @Override
    public String toString() {
        return "Tanh(tauRef=" + tauRef + ")";
    }
}
