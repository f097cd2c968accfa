package dev.neurovec.network.neurons;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Dists;

import java.util.List;
import java.util.Objects;

/**
 * Spiking leaky integrate-and-fire, as Nengo's {@code LIF}, with Nengo's exact step: exponential
 * integration over the part of the step after the refractory period ends, and the spike time
 * interpolated inside the step so the refractory period starts at the crossing (§1.7). Gain/bias
 * and steady-state rates are those of {@link LifRate}.
 */
public final class Lif extends LifRate {
    /** State: membrane voltage (threshold 1). */
    public static final String VOLTAGE = "voltage";
    /** State: time left in the refractory period, in seconds. */
    public static final String REFRACTORY_TIME = "refractory_time";

    private final double minVoltage;

    /** LIF with Nengo's defaults: tauRc 0.02 s, tauRef 0.002 s, minVoltage 0, amplitude 1. */
    public Lif() {
        this(0.02, 0.002, 0.0, 1.0);
    }

    /**
     * @param tauRc      membrane RC time constant in seconds, &gt; 0
     * @param tauRef     refractory period in seconds, &gt;= 0
     * @param minVoltage lower bound on the voltage
     * @param amplitude  spike integral, &gt; 0
     */
    public Lif(final double tauRc, final double tauRef, final double minVoltage, final double amplitude) {
        super(tauRc, tauRef, amplitude);
        if (!(minVoltage <= 0)) {
            throw new ValidationError("Lif: minVoltage = " + minVoltage + "; expected <= 0");
        }
        this.minVoltage = minVoltage;
    }

    /** @return lower bound on the voltage */
    public double minVoltage() {
        return minVoltage;
    }

    @Override
    public boolean spiking() {
        return true;
    }

    @Override
    public List<String> stateNames() {
        return List.of(VOLTAGE, REFRACTORY_TIME);
    }

    @Override
    public Distribution defaultInitialState(final String name) {
        return switch (name) {
            case VOLTAGE -> Dists.uniform(0, 1);
            case REFRACTORY_TIME -> Dists.choice(0);
            default -> super.defaultInitialState(name);
        };
    }

    @Override
    public NeuronType rateEquivalent() {
        return new LifRate(tauRc(), tauRef(), amplitude());
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        step(dt, j, null, output, state[0], state[1]);
    }

    /**
     * The LIF step at input {@code j - shift} (shift may be null), so that adaptive models reuse it
     * without copying the current.
     */
    void step(final double dt, final double[] j, final double[] shift, final double[] output, final double[] v,
              final double[] ref) {
        final double tauRc = tauRc();
        final double spike = amplitude() / dt;
        for (int i = 0; i < j.length; i++) {
            final double current = shift == null ? j[i] : j[i] - shift[i];
            ref[i] -= dt;
            final double deltaT = Math.min(Math.max(dt - ref[i], 0.0), dt);
            v[i] -= (current - v[i]) * Math.expm1(-deltaT / tauRc);
            final boolean spiked = v[i] > 1;
            output[i] = spiked ? spike : 0.0;
            if (spiked) {
                final double tSpike = dt + tauRc * Math.log1p(-(v[i] - 1) / (current - 1));
                v[i] = 0;
                ref[i] = tauRef() + tSpike;
            } else if (v[i] < minVoltage) {
                v[i] = minVoltage;
            }
        }
    }

    @Override
    public boolean equals(final Object o) {
        return super.equals(o) && ((Lif) o).minVoltage == minVoltage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), minVoltage);
    }

    @Override
    public String toString() {
        return "Lif(tauRc=" + tauRc() + ", tauRef=" + tauRef() + ", minVoltage=" + minVoltage
            + ", amplitude=" + amplitude() + ")";
    }
}
