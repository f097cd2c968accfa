package dev.neurovec.network.neurons;

import java.util.Objects;

/** Rectified linear rate neuron, as Nengo's {@code RectifiedLinear}: {@code r(J) = amplitude * max(0, J)}. */
public class RectifiedLinear extends NeuronType {
    private final double amplitude;

    /** ReLU with amplitude 1. */
    public RectifiedLinear() {
        this(1.0);
    }

    /**
     * @param amplitude output scale, &gt; 0
     */
    public RectifiedLinear(final double amplitude) {
        requirePositive(getClass().getSimpleName(), "amplitude", amplitude);
        this.amplitude = amplitude;
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
        return amplitude * Math.max(0.0, j);
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        for (int i = 0; i < j.length; i++) {
            output[i] = rate(j[i]);
        }
    }

    /** Nengo's closed form, which ignores the amplitude: {@code gain = r/(1-c)}, {@code bias = -c*gain}. */
    @Override
    public GainBias gainBias(final double[] maxRates, final double[] intercepts) {
        requireSameLength(getClass().getSimpleName(), maxRates, intercepts, "maxRates/intercepts");
        final double[] gain = new double[maxRates.length];
        final double[] bias = new double[maxRates.length];
        for (int i = 0; i < gain.length; i++) {
            gain[i] = maxRates[i] / (1 - intercepts[i]);
            bias[i] = -intercepts[i] * gain[i];
        }
        return new GainBias(gain, bias);
    }

    @Override
    public MaxRatesIntercepts maxRatesIntercepts(final double[] gain, final double[] bias) {
        requireSameLength(getClass().getSimpleName(), gain, bias, "gain/bias");
        final double[] intercepts = new double[gain.length];
        final double[] maxRates = new double[gain.length];
        for (int i = 0; i < gain.length; i++) {
            intercepts[i] = -bias[i] / gain[i];
            maxRates[i] = gain[i] * (1 - intercepts[i]);
        }
        return new MaxRatesIntercepts(maxRates, intercepts);
    }

    @Override
    public boolean equals(final Object o) {
        return o != null && o.getClass() == getClass() && ((RectifiedLinear) o).amplitude == amplitude;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), amplitude);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(amplitude=" + amplitude + ")";
    }
}
