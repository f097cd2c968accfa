package dev.neurovec.network.dists;

/**
 * He initialisation, as NengoDL's {@code He}: {@link VarianceScaling} with mode {@code fan_in} and
 * variance scale {@code scale^2}, so the variance is {@code scale^2 / d}; (truncated) normal by default.
 */
public final class He extends VarianceScaling {
    private final double gain;

    /** Normal He with scale 1. */
    public He() {
        this(1.0, Family.NORMAL);
    }

    /**
     * @param scale  gain on the standard deviation (sqrt(2) for rectified units), finite
     * @param family uniform or (truncated) normal
     */
    public He(final double scale, final Family family) {
        super(scale * scale, Mode.FAN_IN, family);
        this.gain = scale;
    }

    /** @return the gain as given (the variance scale is its square) */
    public double gain() {
        return gain;
    }

    @Override
    public String toString() {
        return "He(scale=" + gain + ", distribution='" + family() + "')";
    }
}
