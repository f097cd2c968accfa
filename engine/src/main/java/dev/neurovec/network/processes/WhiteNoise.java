package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Gaussian;
import dev.neurovec.network.dists.RandomState;

/**
 * Full-spectrum white noise, as Nengo's {@code WhiteNoise}: each step draws {@code sizeOut} values
 * from {@code dist} (one {@code sample(1, sizeOut)}) and, when {@code scale}, multiplies them by
 * {@code 1 / sqrt(dt)}. The scaling makes the noise's effect on an integrator independent of
 * {@code dt} (the integral gains {@code dt / sqrt(dt) = sqrt(dt)} per step, Gillespie 1996).
 */
public final class WhiteNoise extends Process {
    private final Distribution dist;
    private final boolean scale;

    /** Standard Gaussian noise, scaled, unseeded (Nengo's defaults). */
    public WhiteNoise() {
        this(new Gaussian(0, 1), true, null);
    }

    /**
     * @param dist  the distribution of each value
     * @param scale multiply by {@code 1 / sqrt(dt)}
     * @param seed  explicit seed, or null to take one from the simulator
     */
    public WhiteNoise(final Distribution dist, final boolean scale, final Long seed) {
        super(seed);
        if (dist == null) {
            throw new ValidationError("WhiteNoise: dist = null; expected a distribution");
        }
        this.dist = dist;
        this.scale = scale;
    }

    /** @return the distribution of each value */
    public Distribution dist() {
        return dist;
    }

    /** @return whether values are scaled by {@code 1 / sqrt(dt)} */
    public boolean scale() {
        return scale;
    }

    @Override
    public int defaultSizeIn() {
        return 0;
    }

    @Override
    public int defaultSizeOut() {
        return 1;
    }

    @Override
    public ProcessStep makeStep(final int sizeIn, final int sizeOut, final double dt, final RandomState rng,
                                final double[][] state) {
        Steps.checkSource(this, sizeIn, sizeOut, dt, rng);
        final Distribution dist = this.dist;
        if (!scale) {
            return (t, x, y) -> dist.sampleInto(y, rng);
        }
        final double alpha = 1.0 / Math.sqrt(dt);
        return (t, x, y) -> {
            dist.sampleInto(y, rng);
            for (int i = 0; i < y.length; i++) {
                y[i] *= alpha;
            }
        };
    }

    @Override
    public String toString() {
        return "WhiteNoise(" + dist + ", scale=" + (scale ? "True" : "False") + ")";
    }
}
