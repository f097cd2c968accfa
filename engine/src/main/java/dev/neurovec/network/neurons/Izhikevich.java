package dev.neurovec.network.neurons;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Dists;

import java.util.List;
import java.util.Objects;

/**
 * Izhikevich's two-variable spiking model, as Nengo's {@code Izhikevich} (time in milliseconds
 * inside the update): the current is clipped at -30; the voltage integrates
 * {@code 0.04 v² + 5 v + 140 - u + J}; a spike resets v and bumps u. Has no closed-form gain/bias,
 * so {@link NumericGainBias} searches for them on simulated rates (§1.7).
 */
public final class Izhikevich extends NeuronType {
    /** State: membrane voltage in mV. */
    public static final String VOLTAGE = "voltage";
    /** State: recovery variable. */
    public static final String RECOVERY = "recovery";
    private static final double MIN_CURRENT = -30.0;
    private static final double THRESHOLD_MV = 30.0;
    private static final double MS_PER_S = 1000.0;

    private final double tauRecovery;
    private final double coupling;
    private final double resetVoltage;
    private final double resetRecovery;

    /** Regular-spiking defaults: tauRecovery 0.02, coupling 0.2, reset voltage -65, reset recovery 8. */
    public Izhikevich() {
        this(0.02, 0.2, -65.0, 8.0);
    }

    /**
     * @param tauRecovery   recovery time scale (Izhikevich's a), &gt; 0
     * @param coupling      sensitivity of recovery to voltage (b), &gt;= 0
     * @param resetVoltage  voltage after a spike (c), in mV
     * @param resetRecovery recovery increment after a spike (d), &gt;= 0
     */
    public Izhikevich(final double tauRecovery, final double coupling, final double resetVoltage,
                      final double resetRecovery) {
        requirePositive("Izhikevich", "tauRecovery", tauRecovery);
        requireNonNegative("Izhikevich", "coupling", coupling);
        requireNonNegative("Izhikevich", "resetRecovery", resetRecovery);
        this.tauRecovery = tauRecovery;
        this.coupling = coupling;
        this.resetVoltage = resetVoltage;
        this.resetRecovery = resetRecovery;
    }

    @Override
    public boolean spiking() {
        return true;
    }

    @Override
    public List<String> stateNames() {
        return List.of(VOLTAGE, RECOVERY);
    }

    @Override
    public Distribution defaultInitialState(final String name) {
        return switch (name) {
            case VOLTAGE -> Dists.uniform(0, 1);
            case RECOVERY -> Dists.choice(0);
            default -> super.defaultInitialState(name);
        };
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        final double[] v = state[0];
        final double[] u = state[1];
        final double spike = 1.0 / dt;
        for (int i = 0; i < j.length; i++) {
            final double current = Math.max(MIN_CURRENT, j[i]);
            v[i] += (0.04 * v[i] * v[i] + 5 * v[i] + 140 - u[i] + current) * MS_PER_S * dt;
            // The reset happens before the recovery update: updating u from a voltage above threshold
            // can make the system blow up.
            final boolean spiked = v[i] >= THRESHOLD_MV;
            output[i] = spiked ? spike : 0.0;
            if (spiked) {
                v[i] = resetVoltage;
            }
            u[i] += tauRecovery * (coupling * v[i] - u[i]) * MS_PER_S * dt;
            if (spiked) {
                u[i] += resetRecovery;
            }
        }
    }

    @Override
    public double rate(final double j) {
        return NumericGainBias.settledRate(this, j);
    }

    @Override
    public double[] rates(final double[] x, final double[] gain, final double[] bias) {
        final double[] j = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            j[i] = gain[i] * x[i] + bias[i];
        }
        return NumericGainBias.settledRates(this, j);
    }

    @Override
    public GainBias gainBias(final double[] maxRates, final double[] intercepts) {
        return NumericGainBias.gainBias(this, maxRates, intercepts);
    }

    @Override
    public MaxRatesIntercepts maxRatesIntercepts(final double[] gain, final double[] bias) {
        return NumericGainBias.maxRatesIntercepts(this, gain, bias);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Izhikevich z && z.tauRecovery == tauRecovery && z.coupling == coupling
            && z.resetVoltage == resetVoltage && z.resetRecovery == resetRecovery;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Izhikevich.class, tauRecovery, coupling, resetVoltage, resetRecovery);
    }

    @Override
    public String toString() {
        return "Izhikevich(tauRecovery=" + tauRecovery + ", coupling=" + coupling + ", resetVoltage=" + resetVoltage
            + ", resetRecovery=" + resetRecovery + ")";
    }
}
