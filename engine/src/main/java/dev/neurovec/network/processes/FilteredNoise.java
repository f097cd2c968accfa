package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Gaussian;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.network.synapses.Synapse;

import java.util.Map;

/**
 * White noise passed through a synapse, as Nengo's {@code FilteredNoise}: each step draws
 * {@code sizeOut} values from {@code dist}, scales them by {@code 1 / sqrt(dt)} when {@code scale}
 * (making the filtered signal independent of {@code dt}), and steps the synapse on them. The state is
 * the synapse's state.
 */
public final class FilteredNoise extends Process {
    private final Synapse synapse;
    private final Distribution dist;
    private final boolean scale;

    /** {@code Lowpass(0.005)}-filtered standard Gaussian noise, scaled, unseeded (Nengo's defaults). */
    public FilteredNoise() {
        this(new Lowpass(0.005), new Gaussian(0, 1), true, null);
    }

    /**
     * @param synapse the filter
     * @param dist    the distribution of each noise value
     * @param scale   multiply the noise by {@code 1 / sqrt(dt)} before filtering
     * @param seed    explicit seed, or null to take one from the simulator
     */
    public FilteredNoise(final Synapse synapse, final Distribution dist, final boolean scale, final Long seed) {
        super(seed);
        if (synapse == null || dist == null) {
            throw new ValidationError("FilteredNoise: synapse = " + synapse + ", dist = " + dist
                + "; expected both non-null");
        }
        this.synapse = synapse;
        this.dist = dist;
        this.scale = scale;
    }

    /** @return the filter */
    public Synapse synapse() {
        return synapse;
    }

    /** @return the distribution of each noise value */
    public Distribution dist() {
        return dist;
    }

    /** @return whether the noise is scaled by {@code 1 / sqrt(dt)} */
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
    public Map<String, double[]> makeState(final int sizeIn, final int sizeOut, final double dt) {
        return synapse.makeState(sizeOut, sizeOut, dt);
    }

    @Override
    public ProcessStep makeStep(final int sizeIn, final int sizeOut, final double dt, final RandomState rng,
                                final double[][] state) {
        Steps.checkSource(this, sizeIn, sizeOut, dt, rng);
        final Distribution dist = this.dist;
        final double alpha = scale ? 1.0 / Math.sqrt(dt) : 1.0;
        final ProcessStep filter = synapse.makeStep(sizeOut, sizeOut, dt, rng, state);
        final double[] noise = new double[sizeOut];
        return (t, x, y) -> {
            dist.sampleInto(noise, rng);
            for (int i = 0; i < noise.length; i++) {
                noise[i] *= alpha;
            }
            filter.step(t, noise, y);
        };
    }

    @Override
    public String toString() {
        return "FilteredNoise(synapse=" + synapse + ", dist=" + dist + ", scale=" + (scale ? "True" : "False") + ")";
    }
}
