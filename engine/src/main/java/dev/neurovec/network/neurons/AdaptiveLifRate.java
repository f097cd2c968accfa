package dev.neurovec.network.neurons;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Dists;

import java.util.List;
import java.util.Objects;

/**
 * LIF rate neuron with an adaptation current, as Nengo's {@code AdaptiveLIFRate}: the rate is that
 * of {@link LifRate} at {@code J - n}, then {@code n += dt/tauN * (incN * rate - n)}. Steady-state
 * rates and gain/bias ignore adaptation, as Nengo's do.
 */
public final class AdaptiveLifRate extends LifRate {
    /** State: the adaptation current n. */
    public static final String ADAPTATION = "adaptation";

    private final double tauN;
    private final double incN;

    /** Nengo's defaults: tauN 1 s, incN 0.01, tauRc 0.02 s, tauRef 0.002 s, amplitude 1. */
    public AdaptiveLifRate() {
        this(1.0, 0.01, 0.02, 0.002, 1.0);
    }

    /**
     * @param tauN      adaptation time constant in seconds, &gt; 0
     * @param incN      adaptation increment per unit rate, &gt;= 0
     * @param tauRc     membrane RC time constant in seconds
     * @param tauRef    refractory period in seconds
     * @param amplitude output scale
     */
    public AdaptiveLifRate(final double tauN, final double incN, final double tauRc, final double tauRef,
                           final double amplitude) {
        super(tauRc, tauRef, amplitude);
        requirePositive("AdaptiveLifRate", "tauN", tauN);
        requireNonNegative("AdaptiveLifRate", "incN", incN);
        this.tauN = tauN;
        this.incN = incN;
    }

    /** @return adaptation time constant in seconds */
    public double tauN() {
        return tauN;
    }

    /** @return adaptation increment */
    public double incN() {
        return incN;
    }

    @Override
    public List<String> stateNames() {
        return List.of(ADAPTATION);
    }

    @Override
    public Distribution defaultInitialState(final String name) {
        return ADAPTATION.equals(name) ? Dists.choice(0) : super.defaultInitialState(name);
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        final double[] n = state[0];
        for (int i = 0; i < j.length; i++) {
            output[i] = rate(j[i] - n[i]);
            n[i] += (dt / tauN) * (incN * output[i] - n[i]);
        }
    }

    @Override
    public boolean equals(final Object o) {
        return super.equals(o) && ((AdaptiveLifRate) o).tauN == tauN && ((AdaptiveLifRate) o).incN == incN;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), tauN, incN);
    }

    @Override
    public String toString() {
        return "AdaptiveLifRate(tauN=" + tauN + ", incN=" + incN + ", tauRc=" + tauRc() + ", tauRef=" + tauRef()
            + ", amplitude=" + amplitude() + ")";
    }
}
