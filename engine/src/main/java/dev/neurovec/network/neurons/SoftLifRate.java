package dev.neurovec.network.neurons;

import java.util.Objects;

/**
 * LIF rate curve smoothed at threshold, as NengoDL's {@code SoftLIFRate} (Hunsberger and Eliasmith
 * 2015): {@code j = J - 1; z = sigma * softplus(j / sigma); r = amplitude / (tauRef + tauRc log1p(1/z))},
 * using the asymptote {@code log1p(1/z) ≈ -j/sigma - log(sigma)} below {@code j/sigma = -20} so that
 * neither rates nor gradients overflow. Used to train LIF networks with smooth gradients.
 */
public final class SoftLifRate extends LifRate {
    private static final double ASYMPTOTE_BELOW = -20.0;
    private final double sigma;

    /**
     * @param sigma     smoothing, &gt; 0 (smaller is closer to LIFRate)
     * @param tauRc     membrane RC time constant in seconds
     * @param tauRef    refractory period in seconds
     * @param amplitude output scale
     */
    public SoftLifRate(final double sigma, final double tauRc, final double tauRef, final double amplitude) {
        super(tauRc, tauRef, amplitude);
        requirePositive("SoftLifRate", "sigma", sigma);
        this.sigma = sigma;
    }

    /** @return smoothing */
    public double sigma() {
        return sigma;
    }

    @Override
    public double rate(final double j) {
        final double q = (j - 1) / sigma;
        final double logTerm = q < ASYMPTOTE_BELOW ? -q - Math.log(sigma)
            : Math.log1p(1 / (sigma * Math.log1p(Math.exp(q))));
        return amplitude() / (tauRef() + tauRc() * logTerm);
    }

    @Override
    public boolean equals(final Object o) {
        return super.equals(o) && ((SoftLifRate) o).sigma == sigma;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), sigma);
    }

    @Override
    public String toString() {
        return "SoftLifRate(sigma=" + sigma + ", tauRc=" + tauRc() + ", tauRef=" + tauRef() + ", amplitude="
            + amplitude() + ")";
    }
}
