package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Gaussian;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.synapses.LinearFilter;

import java.util.Map;

/**
 * Brownian noise (a Wiener process), as Nengo's {@code BrownNoise}: {@link FilteredNoise} through the
 * integrator {@code 1/s} discretised by forward Euler ({@code x += dt u}), with the noise scaled by
 * {@code 1 / sqrt(dt)}, so each step adds {@code sqrt(dt)} times a draw from {@code dist} and the
 * variance after time {@code t} is {@code t var(dist)} whatever {@code dt}.
 */
public final class BrownNoise extends Process {
    private final Distribution dist;
    private final FilteredNoise filtered;

    /** Standard Gaussian increments, unseeded (Nengo's defaults). */
    public BrownNoise() {
        this(new Gaussian(0, 1), null);
    }

    /**
     * @param dist the distribution of the white noise being integrated
     * @param seed explicit seed, or null to take one from the simulator
     */
    public BrownNoise(final Distribution dist, final Long seed) {
        super(seed);
        if (dist == null) {
            throw new ValidationError("BrownNoise: dist = null; expected a distribution");
        }
        this.dist = dist;
        this.filtered = new FilteredNoise(
            new LinearFilter(new double[] {1}, new double[] {1, 0}, true, LinearFilter.Method.EULER), dist, true, seed);
    }

    /** @return the distribution of the white noise being integrated */
    public Distribution dist() {
        return dist;
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
    public Map<String, double[]> makeState(final int sizeIn, final int sizeOut, final double dt) {
        return filtered.makeState(sizeIn, sizeOut, dt);
    }

    @Override
    public ProcessStep makeStep(final int sizeIn, final int sizeOut, final double dt, final RandomState rng,
                                final double[][] state) {
        return filtered.makeStep(sizeIn, sizeOut, dt, rng, state);
    }

    @Override
    public String toString() {
        return "BrownNoise(" + dist + ")";
    }
}
