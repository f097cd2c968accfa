package dev.neurovec.network.neurons;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Dists;

import java.util.List;
import java.util.Objects;

/**
 * Spiking LIF with an adaptation current, as Nengo's {@code AdaptiveLIF}: a {@link Lif} step at
 * {@code J - n}, then {@code n += dt/tauN * (incN * output - n)} with the output in Hz (spikes of
 * height amplitude/dt). Steady-state rates and gain/bias ignore adaptation, as Nengo's do.
 */
public final class AdaptiveLif extends NeuronType {
    /** State: the adaptation current n. */
    public static final String ADAPTATION = "adaptation";

    private final double tauN;
    private final double incN;
    private final Lif lif;

    /** Nengo's defaults: tauN 1 s, incN 0.01, tauRc 0.02 s, tauRef 0.002 s, minVoltage 0, amplitude 1. */
    public AdaptiveLif() {
        this(1.0, 0.01, 0.02, 0.002, 0.0, 1.0);
    }

    /**
     * @param tauN       adaptation time constant in seconds, &gt; 0
     * @param incN       adaptation increment, &gt;= 0
     * @param tauRc      membrane RC time constant in seconds
     * @param tauRef     refractory period in seconds
     * @param minVoltage lower bound on the voltage
     * @param amplitude  spike integral
     */
    public AdaptiveLif(final double tauN, final double incN, final double tauRc, final double tauRef,
                       final double minVoltage, final double amplitude) {
        requirePositive("AdaptiveLif", "tauN", tauN);
        requireNonNegative("AdaptiveLif", "incN", incN);
        this.tauN = tauN;
        this.incN = incN;
        this.lif = new Lif(tauRc, tauRef, minVoltage, amplitude);
    }

    /** @return adaptation time constant in seconds */
    public double tauN() {
        return tauN;
    }

    /** @return adaptation increment */
    public double incN() {
        return incN;
    }

    /** @return the LIF this model adapts */
    public Lif lif() {
        return lif;
    }

    @Override
    public boolean spiking() {
        return true;
    }

    @Override
    public List<String> stateNames() {
        return List.of(Lif.VOLTAGE, Lif.REFRACTORY_TIME, ADAPTATION);
    }

    @Override
    public Distribution defaultInitialState(final String name) {
        return ADAPTATION.equals(name) ? Dists.choice(0) : lif.defaultInitialState(name);
    }

    @Override
    public NeuronType rateEquivalent() {
        return new AdaptiveLifRate(tauN, incN, lif.tauRc(), lif.tauRef(), lif.amplitude());
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        final double[] n = state[2];
        lif.step(dt, j, n, output, state[0], state[1]);
        for (int i = 0; i < j.length; i++) {
            n[i] += (dt / tauN) * (incN * output[i] - n[i]);
        }
    }

    @Override
    public double rate(final double j) {
        return lif.rate(j);
    }

    @Override
    public GainBias gainBias(final double[] maxRates, final double[] intercepts) {
        return lif.gainBias(maxRates, intercepts);
    }

    @Override
    public MaxRatesIntercepts maxRatesIntercepts(final double[] gain, final double[] bias) {
        return lif.maxRatesIntercepts(gain, bias);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof AdaptiveLif a && a.tauN == tauN && a.incN == incN && a.lif.equals(lif);
    }

    @Override
    public int hashCode() {
        return Objects.hash(AdaptiveLif.class, tauN, incN, lif);
    }

    @Override
    public String toString() {
        return "AdaptiveLif(tauN=" + tauN + ", incN=" + incN + ", tauRc=" + lif.tauRc() + ", tauRef=" + lif.tauRef()
            + ", minVoltage=" + lif.minVoltage() + ", amplitude=" + lif.amplitude() + ")";
    }
}
