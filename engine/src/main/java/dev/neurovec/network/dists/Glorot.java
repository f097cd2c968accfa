package dev.neurovec.network.dists;

/**
 * Glorot (Xavier) initialisation, as NengoDL's {@code Glorot}: {@link VarianceScaling} with mode
 * {@code fan_avg}, so the variance is {@code scale / ((n + d) / 2)}; uniform by default.
 */
public final class Glorot extends VarianceScaling {
    private final double gain;

    /** Uniform Glorot with scale 1. */
    public Glorot() {
        this(1.0, Family.UNIFORM);
    }

    /**
     * @param scale  variance scale (1 usually, 2 for rectified units), at least 0
     * @param family uniform or (truncated) normal
     */
    public Glorot(final double scale, final Family family) {
        super(scale, Mode.FAN_AVG, family);
        this.gain = scale;
    }

    @Override
    public String toString() {
        return "Glorot(scale=" + gain + ", distribution='" + family() + "')";
    }
}
