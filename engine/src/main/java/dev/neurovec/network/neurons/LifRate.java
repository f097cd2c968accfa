package dev.neurovec.network.neurons;

import dev.neurovec.errors.ValidationError;

import java.util.Objects;

/**
 * Non-spiking leaky integrate-and-fire, as Nengo's {@code LIFRate}:
 * {@code r(J) = amplitude / (tauRef + tauRc * log1p(1 / (J - 1)))} for J &gt; 1, else 0.
 */
public class LifRate extends NeuronType {
    private final double tauRc;
    private final double tauRef;
    private final double amplitude;

    /** LIFRate with Nengo's defaults: tauRc 0.02 s, tauRef 0.002 s, amplitude 1. */
    public LifRate() {
        this(0.02, 0.002, 1.0);
    }

    /**
     * @param tauRc     membrane RC time constant in seconds, &gt; 0
     * @param tauRef    refractory period in seconds, &gt;= 0
     * @param amplitude scale of the output, &gt; 0
     */
    public LifRate(final double tauRc, final double tauRef, final double amplitude) {
        requirePositive(name(), "tauRc", tauRc);
        requireNonNegative(name(), "tauRef", tauRef);
        requirePositive(name(), "amplitude", amplitude);
        this.tauRc = tauRc;
        this.tauRef = tauRef;
        this.amplitude = amplitude;
    }

    String name() {
        return getClass().getSimpleName();
    }

    /** @return membrane RC time constant in seconds */
    public final double tauRc() {
        return tauRc;
    }

    /** @return refractory period in seconds */
    public final double tauRef() {
        return tauRef;
    }

    /** @return output scale */
    public final double amplitude() {
        return amplitude;
    }

    @Override
    public boolean spiking() {
        return false;
    }

    @Override
    public double rate(final double j) {
        final double jm1 = j - 1;
        return jm1 > 0 ? amplitude / (tauRef + tauRc * Math.log1p(1 / jm1)) : 0.0;
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        for (int i = 0; i < j.length; i++) {
            output[i] = rate(j[i]);
        }
    }

    @Override
    public GainBias gainBias(final double[] maxRates, final double[] intercepts) {
        requireSameLength(name(), maxRates, intercepts, "maxRates/intercepts");
        final double[] gain = new double[maxRates.length];
        final double[] bias = new double[maxRates.length];
        final double invTauRef = tauRef > 0 ? 1 / tauRef : Double.POSITIVE_INFINITY;
        for (int i = 0; i < maxRates.length; i++) {
            if (maxRates[i] > invTauRef) {
                throw new ValidationError(name() + ": maxRates[" + i + "] = " + maxRates[i]
                    + "; expected <= 1/tauRef = " + invTauRef);
            }
            final double x = 1.0 / (1 - Math.exp((tauRef - 1.0 / maxRates[i]) / tauRc));
            gain[i] = (1 - x) / (intercepts[i] - 1.0);
            bias[i] = 1 - gain[i] * intercepts[i];
        }
        return new GainBias(gain, bias);
    }

    @Override
    public MaxRatesIntercepts maxRatesIntercepts(final double[] gain, final double[] bias) {
        requireSameLength(name(), gain, bias, "gain/bias");
        final double[] intercepts = new double[gain.length];
        final double[] maxRates = new double[gain.length];
        for (int i = 0; i < gain.length; i++) {
            intercepts[i] = (1 - bias[i]) / gain[i];
            maxRates[i] = 1.0 / (tauRef - tauRc * Math.log1p(1.0 / (gain[i] * (intercepts[i] - 1) - 1)));
        }
        return new MaxRatesIntercepts(maxRates, intercepts);
    }

    @Override
    public boolean equals(final Object o) {
        return o != null && o.getClass() == getClass() && ((LifRate) o).tauRc == tauRc
            && ((LifRate) o).tauRef == tauRef && ((LifRate) o).amplitude == amplitude;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), tauRc, tauRef, amplitude);
    }

    @Override
    public String toString() {
        return name() + "(tauRc=" + tauRc + ", tauRef=" + tauRef + ", amplitude=" + amplitude + ")";
    }
}
