package dev.neurovec.network.dists;

/**
 * The regularized incomplete beta function {@code I_x(a, b)} and its inverse in {@code x}
 * ({@code scipy.special.betainc} / {@code betaincinv}), which the exact spherical-coordinate transform
 * of {@link ScatteredHypersphere} needs. Hand-written because EJML has no special functions; Nengo's
 * default instead interpolates a shipped lookup table, which we do not copy.
 *
 * <p>{@code I_x(a, b)} is evaluated by the continued fraction of Abramowitz and Stegun 26.5.8
 * (modified Lentz), on {@code x < (a+1)/(a+b+2)} directly and otherwise through the symmetry
 * {@code I_x(a, b) = 1 - I_{1-x}(b, a)}; {@code ln B(a, b)} comes from a Lanczos log-gamma
 * (g = 607/128, Godfrey's coefficients). Relative accuracy is about 1e-14 for the moderate
 * {@code a, b} used here. The inverse is Halley's method on that function, kept inside a shrinking
 * bisection bracket so that it always converges, then polished to the nearest representable root.
 */
final class IncompleteBeta {
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int CF_MAX_TERMS = 10_000;
    private static final int INVERSE_MAX_ITERATIONS = 200;
    private static final int POLISH_MAX_ULPS = 16;
    private static final double LANCZOS_G = 607.0 / 128.0;
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double[] LANCZOS = {
        0.99999999999999709182,
        57.156235665862923517,
        -59.597960355475491248,
        14.136097974741747174,
        -0.49191381609762019978,
        .33994649984811888699e-4,
        .46523628927048575665e-4,
        -.98374475304879564677e-4,
        .15808870322491248884e-3,
        -.21026444172410488319e-3,
        .21743961811521264320e-3,
        -.16431810653676389022e-3,
        .84418223983852743293e-4,
        -.26190838401581408670e-4,
        .36899182659531622704e-5,
    };

    private IncompleteBeta() {
    }

    /**
     * {@code ln Gamma(x)} for {@code x > 0}, by the Lanczos series; below 0.5 through the
     * recurrence {@code ln Gamma(x) = ln Gamma(x + 1) - ln x}, which keeps the series in its accurate range.
     *
     * @param x the argument, greater than 0
     * @return {@code ln Gamma(x)}
     */
    static double logGamma(final double x) {
        if (x < 0.5) {
            return logGamma(x + 1) - Math.log(x);
        }
        final double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        final double t = z + LANCZOS_G + 0.5;
        return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /**
     * @param a first shape, greater than 0
     * @param b second shape, greater than 0
     * @return {@code ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b)}
     */
    static double logBeta(final double a, final double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /**
     * {@code I_x(a, b) = B(x; a, b) / B(a, b)}.
     *
     * @param a first shape, greater than 0
     * @param b second shape, greater than 0
     * @param x the argument, clamped to [0, 1]
     * @return the regularized incomplete beta function, in [0, 1]
     */
    static double regularized(final double a, final double b, final double x) {
        return regularized(a, b, x, logBeta(a, b));
    }

    /** {@link #regularized(double, double, double)} with {@code ln B(a, b)} precomputed by the caller. */
    private static double regularized(final double a, final double b, final double x, final double logB) {
        if (x <= 0) {
            return 0.0;
        }
        if (x >= 1) {
            return 1.0;
        }
        final double logFront = a * Math.log(x) + b * Math.log1p(-x) - logB;
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * continuedFraction(a, b, x) / a;
        }
        return 1.0 - Math.exp(logFront) * continuedFraction(b, a, 1 - x) / b;
    }

    /** The Abramowitz-Stegun 26.5.8 continued fraction, evaluated by the modified Lentz method. */
    private static double continuedFraction(final double a, final double b, final double x) {
        final double qab = a + b;
        final double qap = a + 1;
        final double qam = a - 1;
        double c = 1.0;
        double d = nonZero(1.0 - qab * x / qap);
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= CF_MAX_TERMS; m++) {
            final int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 / nonZero(1.0 + aa * d);
            c = nonZero(1.0 + aa / c);
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 / nonZero(1.0 + aa * d);
            c = nonZero(1.0 + aa / c);
            final double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < EPS) {
                return h;
            }
        }
        throw new IllegalStateException("IncompleteBeta: continued fraction did not converge for a = " + a
            + ", b = " + b + ", x = " + x);
    }

    private static double nonZero(final double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    /**
     * The {@code x} in [0, 1] with {@code I_x(a, b) = p}.
     *
     * @param a first shape, greater than 0
     * @param b second shape, greater than 0
     * @param p the probability; values outside (0, 1) map to the end points
     * @return the inverse, accurate to a few ulps of {@code x} where the density is moderate
     */
    static double inverse(final double a, final double b, final double p) {
        if (p <= 0) {
            return 0.0;
        }
        if (p >= 1) {
            return 1.0;
        }
        final double logB = logBeta(a, b);
        return inverseWithin(a, b, p, logB, 0.0, 1.0, initialGuess(a, b, p, logB));
    }

    /**
     * The root of {@code I_x(a, b) = p} searched from {@code guess} inside the bracket
     * {@code [lo, hi]}; a bracket that misses the root by a few ulps (a rounded table entry) is
     * harmless, because the final polish is not confined to it.
     *
     * @param a     first shape
     * @param b     second shape
     * @param p     the probability, in (0, 1)
     * @param logB  {@code ln B(a, b)}
     * @param lo0   lower end of the bracket
     * @param hi0   upper end of the bracket
     * @param guess start point, inside the bracket
     * @return the inverse
     */
    static double inverseWithin(final double a, final double b, final double p, final double logB,
                                final double lo0, final double hi0, final double guess) {
        double lo = lo0;
        double hi = hi0;
        double x = guess;
        for (int it = 0; it < INVERSE_MAX_ITERATIONS; it++) {
            final double f = regularized(a, b, x, logB) - p;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                lo = x;
            } else {
                hi = x;
            }
            // Halley's step: Newton's step t = f / pdf, corrected by the density's log-slope
            // (a-1)/x - (b-1)/(1-x); the correction is capped so the step never reverses.
            final double t = f / Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB);
            final double slope = (a - 1) / x - (b - 1) / (1 - x);
            double next = x - t / (1 - 0.5 * Math.min(1.0, t * slope));
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 4 * Math.ulp(x) || hi - lo <= 4 * Math.ulp(x)) {
                return polish(a, b, p, next, logB);
            }
            x = next;
        }
        return polish(a, b, p, x, logB);
    }

    /**
     * Newton's last step is only good to a few ulps, where the density is large; walk ulp by ulp
     * towards the root while {@code |I_x - p|} decreases, to land on the closest representable x.
     */
    private static double polish(final double a, final double b, final double p, final double start,
                                 final double logB) {
        double x = start;
        double f = regularized(a, b, x, logB) - p;
        for (int k = 0; k < POLISH_MAX_ULPS && f != 0; k++) {
            final double y = f > 0 ? Math.nextDown(x) : Math.nextUp(x);
            final double fy = regularized(a, b, y, logB) - p;
            if (!(Math.abs(fy) < Math.abs(f))) {
                break;
            }
            x = y;
            f = fy;
        }
        return x;
    }

    /**
     * A start point from the end-point asymptotes {@code I_x ~ x^a / (a B)} near 0 and
     * {@code 1 - I_x ~ (1 - x)^b / (b B)} near 1, whichever lies on its own side of the mean.
     */
    private static double initialGuess(final double a, final double b, final double p, final double logB) {
        final double mean = a / (a + b);
        final double low = Math.exp((Math.log(p) + Math.log(a) + logB) / a);
        if (low < mean) {
            return low;
        }
        final double high = 1.0 - Math.exp((Math.log1p(-p) + Math.log(b) + logB) / b);
        if (high > mean && high < 1.0) {
            return high;
        }
        return mean;
    }
}
