package dev.neurovec.network.dists;

/**
 * Static factories for the distributions, named as a Nengo user writes them
 * ({@code nengo.dists.Uniform(-1, 1)} becomes {@code Dists.uniform(-1, 1)}). Each returns a new
 * immutable instance; the constructors validate and throw {@link IllegalArgumentException}.
 */
public final class Dists {

    private Dists() {
    }

    /**
     * @param low  inclusive lower bound
     * @param high exclusive upper bound
     * @return {@code Uniform(low, high)}
     */
    public static Uniform uniform(final double low, final double high) {
        return new Uniform(low, high);
    }

    /**
     * @param low     inclusive lower bound
     * @param high    exclusive upper bound
     * @param integer draw integers
     * @return {@code Uniform(low, high, integer)}
     */
    public static Uniform uniform(final double low, final double high, final boolean integer) {
        return new Uniform(low, high, integer);
    }

    /**
     * @param mean the mean
     * @param std  the standard deviation
     * @return {@code Gaussian(mean, std)}
     */
    public static Gaussian gaussian(final double mean, final double std) {
        return new Gaussian(mean, std);
    }

    /**
     * @param scale the scale
     * @return {@code Exponential(scale)}
     */
    public static Exponential exponential(final double scale) {
        return new Exponential(scale);
    }

    /**
     * @param scale the scale
     * @param shift the shift
     * @param high  the exclusive upper clip
     * @return {@code Exponential(scale, shift, high)}
     */
    public static Exponential exponential(final double scale, final double shift, final double high) {
        return new Exponential(scale, shift, high);
    }

    /**
     * @param values equally likely scalar options
     * @return {@code Choice(values)}
     */
    public static Choice choice(final double... values) {
        return new Choice(values);
    }

    /**
     * @param options option vectors
     * @param weights relative weights, or null for equal weights
     * @return {@code Choice(options, weights)}
     */
    public static Choice choice(final double[][] options, final double[] weights) {
        return new Choice(options, weights);
    }

    /**
     * @param samples the fixed samples
     * @return {@code Samples(samples)}
     */
    public static Samples samples(final double[][] samples) {
        return new Samples(samples);
    }

    /**
     * @param surface surface (true) or volume (false)
     * @return {@code UniformHypersphere(surface)}
     */
    public static UniformHypersphere uniformHypersphere(final boolean surface) {
        return new UniformHypersphere(surface);
    }

    /**
     * @param surface      surface (true) or volume (false)
     * @param minMagnitude smallest magnitude in the volume
     * @return {@code UniformHypersphere(surface, minMagnitude)}
     */
    public static UniformHypersphere uniformHypersphere(final boolean surface, final double minMagnitude) {
        return new UniformHypersphere(surface, minMagnitude);
    }

    /** @return {@code QuasirandomSequence()} */
    public static QuasirandomSequence quasirandomSequence() {
        return new QuasirandomSequence();
    }

    /**
     * @param surface surface (true, the encoder default) or volume (false, the eval-point default)
     * @return {@code ScatteredHypersphere(surface)}
     */
    public static ScatteredHypersphere scatteredHypersphere(final boolean surface) {
        return new ScatteredHypersphere(surface);
    }

    /**
     * @param surface      surface (true) or volume (false)
     * @param minMagnitude smallest magnitude in the volume
     * @return {@code ScatteredHypersphere(surface, minMagnitude, QuasirandomSequence())}
     */
    public static ScatteredHypersphere scatteredHypersphere(final boolean surface, final double minMagnitude) {
        return new ScatteredHypersphere(surface, minMagnitude, new QuasirandomSequence());
    }

    /**
     * @param mean   the mean
     * @param stddev the standard deviation
     * @return {@code TruncatedNormal(mean, stddev)}, truncated at two standard deviations
     */
    public static TruncatedNormal truncatedNormal(final double mean, final double stddev) {
        return new TruncatedNormal(mean, stddev);
    }

    /**
     * @param scale  variance scale
     * @param mode   fan mode
     * @param family uniform or normal
     * @return {@code VarianceScaling(scale, mode, family)}
     */
    public static VarianceScaling varianceScaling(final double scale, final VarianceScaling.Mode mode,
                                                  final VarianceScaling.Family family) {
        return new VarianceScaling(scale, mode, family);
    }

    /** @return {@code Glorot()}: uniform, scale 1 */
    public static Glorot glorot() {
        return new Glorot();
    }

    /**
     * @param scale  variance scale
     * @param family uniform or normal
     * @return {@code Glorot(scale, family)}
     */
    public static Glorot glorot(final double scale, final VarianceScaling.Family family) {
        return new Glorot(scale, family);
    }

    /** @return {@code He()}: truncated normal, scale 1 */
    public static He he() {
        return new He();
    }

    /**
     * @param scale  gain on the standard deviation
     * @param family uniform or normal
     * @return {@code He(scale, family)}
     */
    public static He he(final double scale, final VarianceScaling.Family family) {
        return new He(scale, family);
    }
}
