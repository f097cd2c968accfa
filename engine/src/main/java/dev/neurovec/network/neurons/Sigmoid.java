package dev.neurovec.network.neurons;

import dev.neurovec.errors.ValidationError;

import java.util.Objects;

/**
 * Sigmoid rate neuron, as Nengo's {@code Sigmoid}: {@code r(J) = sigmoid(J) / tauRef}. Its
 * "intercept" is where the rate reaches half its maximum.
 */
public final class Sigmoid extends NeuronType {
    private final double tauRef;

    /** Sigmoid with Nengo's default tauRef 0.0025 s (max rate 400 Hz). */
    public Sigmoid() {
        this(0.0025);
    }

    /**
     * @param tauRef inverse of the maximum rate, in seconds, &gt; 0
     */
    public Sigmoid(final double tauRef) {
        requirePositive("Sigmoid", "tauRef", tauRef);
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
    public double rate(final double j) {
        return 1.0 / tauRef / (1.0 + Math.exp(-j));
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        for (int i = 0; i < j.length; i++) {
            output[i] = rate(j[i]);
        }
    }

    @Override
    public GainBias gainBias(final double[] maxRates, final double[] intercepts) {
        requireSameLength("Sigmoid", maxRates, intercepts, "maxRates/intercepts");
        final double lim = 1.0 / tauRef;
        final double[] gain = new double[maxRates.length];
        final double[] bias = new double[maxRates.length];
        for (int i = 0; i < gain.length; i++) {
            if (!(maxRates[i] < lim)) {
                throw new ValidationError("Sigmoid: maxRates[" + i + "] = " + maxRates[i]
                    + "; expected < 1/tauRef = " + lim);
            }
            final double inverse = -Math.log(lim / maxRates[i] - 1);
            gain[i] = inverse / (1 - intercepts[i]);
            bias[i] = inverse - gain[i];
        }
        return new GainBias(gain, bias);
    }

    @Override
    public MaxRatesIntercepts maxRatesIntercepts(final double[] gain, final double[] bias) {
        requireSameLength("Sigmoid", gain, bias, "gain/bias");
        final double[] intercepts = new double[gain.length];
        final double[] maxRates = new double[gain.length];
        for (int i = 0; i < gain.length; i++) {
            final double inverse = gain[i] + bias[i];
            intercepts[i] = 1 - inverse / gain[i];
            maxRates[i] = 1.0 / tauRef / (1 + Math.exp(-inverse));
        }
        return new MaxRatesIntercepts(maxRates, intercepts);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Sigmoid s && s.tauRef == tauRef;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Sigmoid.class, tauRef);
    }

    @Override
    public String toString() {
        return "Sigmoid(tauRef=" + tauRef + ")";
    }
}
