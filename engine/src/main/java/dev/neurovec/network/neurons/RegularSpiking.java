package dev.neurovec.network.neurons;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Dists;

import java.util.List;
import java.util.Objects;

/**
 * Turns a rate neuron into a regularly spiking one, as Nengo's {@code RegularSpiking}: the base type
 * computes a rate r, then {@code v += dt r; n = floor(v); out = amplitude/dt * n; v -= n}. The builder
 * runs the base type and this wrapper as two operators (base J → rate, rate → spikes); {@link #step}
 * is the wrapper's part and takes the rate as its input.
 */
public final class RegularSpiking extends NeuronType {
    /** State: spike integrator. */
    public static final String VOLTAGE = "voltage";

    private final NeuronType base;
    private final double amplitude;

    /**
     * @param base      a non-spiking base type
     * @param amplitude spike integral, &gt; 0
     */
    public RegularSpiking(final NeuronType base, final double amplitude) {
        if (base == null || base.spiking()) {
            throw new ValidationError("RegularSpiking: base = " + base + "; expected a non-spiking type");
        }
        requirePositive("RegularSpiking", "amplitude", amplitude);
        this.base = base;
        this.amplitude = amplitude;
    }

    /**
     * @param base a non-spiking base type; amplitude 1
     */
    public RegularSpiking(final NeuronType base) {
        this(base, 1.0);
    }

    /** @return the rate model whose rate is turned into spikes */
    public NeuronType base() {
        return base;
    }

    /** @return spike integral */
    public double amplitude() {
        return amplitude;
    }

    @Override
    public boolean spiking() {
        return true;
    }

    @Override
    public boolean negative() {
        return base.negative();
    }

    @Override
    public List<String> stateNames() {
        return List.of(VOLTAGE);
    }

    @Override
    public Distribution defaultInitialState(final String name) {
        return VOLTAGE.equals(name) ? Dists.uniform(0, 1) : super.defaultInitialState(name);
    }

    @Override
    public NeuronType rateEquivalent() {
        return base;
    }

    /** The spiking half: {@code j} holds the base type's rates. */
    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        final double[] v = state[0];
        final double spike = amplitude / dt;
        for (int i = 0; i < j.length; i++) {
            v[i] += dt * j[i];
            final double n = Math.floor(v[i]);
            output[i] = spike * n;
            v[i] -= n;
        }
    }

    @Override
    public double rate(final double j) {
        return base.rate(j);
    }

    @Override
    public double[] rates(final double[] x, final double[] gain, final double[] bias) {
        return base.rates(x, gain, bias);
    }

    @Override
    public GainBias gainBias(final double[] maxRates, final double[] intercepts) {
        return base.gainBias(maxRates, intercepts);
    }

    @Override
    public MaxRatesIntercepts maxRatesIntercepts(final double[] gain, final double[] bias) {
        return base.maxRatesIntercepts(gain, bias);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof RegularSpiking r && r.base.equals(base) && r.amplitude == amplitude;
    }

    @Override
    public int hashCode() {
        return Objects.hash(RegularSpiking.class, base, amplitude);
    }

    @Override
    public String toString() {
        return "RegularSpiking(" + base + ", amplitude=" + amplitude + ")";
    }
}
