package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

/**
 * Weight initialisation scaled by the layer's fan, as NengoDL's {@code VarianceScaling} (and
 * TensorFlow's initializer of that name). For {@code sample(n, d)} the fans are {@code fan_out = n}
 * (rows) and {@code fan_in = d} (columns); {@code s = scale / fan}, with {@code fan} the chosen fan or
 * {@code (fan_in + fan_out) / 2}. Uniform: {@code U(-sqrt(3 s), sqrt(3 s))}, variance {@code s}.
 * Normal: {@link TruncatedNormal} with {@code stddev = sqrt(s)}, truncated at two standard deviations.
 */
public class VarianceScaling extends Distribution {

    /** Which fan divides the scale. */
    public enum Mode {
        /** {@code fan_in = d}, the number of columns. */
        FAN_IN("fan_in"),
        /** {@code fan_out = n}, the number of rows. */
        FAN_OUT("fan_out"),
        /** {@code (fan_in + fan_out) / 2}. */
        FAN_AVG("fan_avg");

        private final String nengoName;

        Mode(final String nengoName) {
            this.nengoName = nengoName;
        }

        @Override
        public String toString() {
            return nengoName;
        }
    }

    /** The shape of the distribution the scaled values are drawn from. */
    public enum Family {
        /** Symmetric uniform with variance {@code s}. */
        UNIFORM("uniform"),
        /** Normal with variance {@code s} before truncation at two standard deviations. */
        NORMAL("normal");

        private final String nengoName;

        Family(final String nengoName) {
            this.nengoName = nengoName;
        }

        @Override
        public String toString() {
            return nengoName;
        }
    }

    private final double scale;
    private final Mode mode;
    private final Family family;

    /**
     * @param scale  overall variance scale, at least 0 (greater than 0 for {@link Family#NORMAL})
     * @param mode   which fan divides the scale
     * @param family uniform or (truncated) normal
     * @throws IllegalArgumentException if the scale is out of range or an argument is null
     */
    public VarianceScaling(final double scale, final Mode mode, final Family family) {
        if (!(scale >= 0) || scale == Double.POSITIVE_INFINITY) {
            throw new ValidationError(name() + ": scale = " + scale + "; expected scale >= 0");
        }
        if (mode == null || family == null) {
            throw new ValidationError(name() + ": mode = " + mode + ", distribution = " + family
                + "; expected both non-null");
        }
        if (family == Family.NORMAL && scale == 0) {
            // NengoDL fails later, inside TruncatedNormal (limit 0); fail here, where the cause is.
            throw new ValidationError(name() + ": scale = 0.0; expected scale > 0 for a normal distribution");
        }
        this.scale = scale;
        this.mode = mode;
        this.family = family;
    }

    /** @return the variance scale (for {@link He}, already squared) */
    public final double scale() {
        return scale;
    }

    /** @return the fan mode */
    public final Mode mode() {
        return mode;
    }

    /** @return the distribution family */
    public final Family family() {
        return family;
    }

    /** @return the class name used in messages */
    String name() {
        return getClass().getSimpleName();
    }

    @Override
    public final double[][] sample(final int n, final int d, final RandomState rng) {
        checkShape(n, d);
        final double fan;
        switch (mode) {
            case FAN_IN:
                fan = d;
                break;
            case FAN_OUT:
                fan = n;
                break;
            default:
                fan = (d + n) / 2.0;
                break;
        }
        final double s = scale / fan;
        if (family == Family.UNIFORM) {
            final double limit = Math.sqrt(3.0 * s);
            return new Uniform(-limit, limit).sample(n, d, rng);
        }
        return new TruncatedNormal(0.0, Math.sqrt(s)).sample(n, d, rng);
    }

    @Override
    public final boolean equals(final Object o) {
        return o != null && o.getClass() == getClass() && Double.compare(scale, ((VarianceScaling) o).scale) == 0
            && mode == ((VarianceScaling) o).mode && family == ((VarianceScaling) o).family;
    }

    @Override
    public final int hashCode() {
        return ((getClass().hashCode() * 31 + Double.hashCode(scale)) * 31 + mode.hashCode()) * 31
            + family.hashCode();
    }

    @Override
    public String toString() {
        return "VarianceScaling(scale=" + scale + ", mode='" + mode + "', distribution='" + family + "')";
    }
}
