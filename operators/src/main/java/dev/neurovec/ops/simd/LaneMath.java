package dev.neurovec.ops.simd;

/**
 * The functions of {@link VectorMath} on one float, performing the same IEEE operations in the same order
 * ({@code Math.fma} for each vector fma), so that a tail element computed here has exactly the bits it would have
 * had in a vector lane. Also the home of the shared constants.
 */
final class LaneMath {

    /** log2(e). */
    static final float LOG2E = 1.44269504f;
    /** High part of ln 2 with trailing zero bits, so that {@code k·LN2_HI} is exact for {@code |k| < 256}. */
    static final float LN2_HI = 0.693145751953125f;
    /** {@code ln 2 - LN2_HI}. */
    static final float LN2_LO = 1.42860677e-6f;
    /** 1.5·2²³: adding it rounds a float of magnitude below 2²² to an integer held in the low mantissa bits. */
    static final float SHIFTER = 12582912f;
    /** Bits of {@link #SHIFTER}. */
    static final int SHIFTER_BITS = 0x4b400000;
    /** Below this, {@code expm1} is -1 in float; clamping keeps {@code 2^k} a normal number. */
    static final float EXPM1_MIN_ARG = -88f;
    /** Below this, {@code exp} is 0 in float (smallest subnormal is {@code e^-103.28}). */
    static final float EXP_MIN_ARG = -104f;
    /** Above ln(Float.MAX_VALUE) = 88.7228 both overflow to infinity; the clamp keeps {@code k <= 128}. */
    static final float EXP_MAX_ARG = 89f;

    /** Coefficients of {@code P} in {@code expm1(r) = r + r²(1/2 + r·P(r))}, fitted on {@code |r| <= ln2/2}. */
    static final float EXPM1_C0 = 0.1666666716337204f;
    static final float EXPM1_C1 = 0.04166647791862488f;
    static final float EXPM1_C2 = 0.008333288133144379f;
    static final float EXPM1_C3 = 0.0013933643931522965f;
    static final float EXPM1_C4 = 0.00019905201043002307f;

    /** Adding this to the bits of {@code u} puts the mantissa of {@code u} in {@code [√2/2, √2)}. */
    static final int MANTISSA_SHIFT = 0x3f800000 - 0x3f3504f3;
    /** Bits of the float just below √2/2 boundary used by {@link #MANTISSA_SHIFT}. */
    static final int SQRT_HALF_BITS = 0x3f3504f3;
    /** Coefficients of {@code R(z)/z} in {@code log(1+f) = f - s(f - R)}, {@code z = s²}, fitted on z up to 0.0295. */
    static final float LOG_C1 = 0.6666668653488159f;
    static final float LOG_C2 = 0.3998875021934509f;
    static final float LOG_C3 = 0.2958099842071533f;

    /** Below this magnitude {@code tanh} uses its odd polynomial. */
    static final float TANH_SMALL = 0.625f;
    /** Coefficients of {@code T} in {@code tanh(x) = x + x³·T(x²)}, fitted on {@code |x| <= 0.625}. */
    static final float TANH_C0 = -0.3333328068256378f;
    static final float TANH_C1 = 0.133314311504364f;
    static final float TANH_C2 = -0.05373915657401085f;
    static final float TANH_C3 = 0.020637862384319305f;
    static final float TANH_C4 = -0.005704042501747608f;

    private LaneMath() {
    }

    /**
     * Lane twin of {@link VectorMath#expm1}.
     *
     * @param x argument
     * @return the result
     */
    static float expm1(final float x) {
        final float xc = Math.min(Math.max(x, EXPM1_MIN_ARG), EXP_MAX_ARG);
        final float shifted = Math.fma(xc, LOG2E, SHIFTER);
        final float kf = shifted - SHIFTER;
        final int k = Float.floatToRawIntBits(shifted) - SHIFTER_BITS;
        final float q = expm1Reduced(reduce(xc, kf));
        final float t = Float.intBitsToFloat((Math.min(k, 127) + 127) << 23);
        final float twiceIfTop = kf > 127.5f ? 2f : 1f;
        return Math.fma(q, t, t - 1f) * twiceIfTop;
    }

    /**
     * Lane twin of {@link VectorMath#exp}.
     *
     * @param x argument
     * @return the result
     */
    static float exp(final float x) {
        final float xc = Math.min(Math.max(x, EXP_MIN_ARG), EXP_MAX_ARG);
        final float shifted = Math.fma(xc, LOG2E, SHIFTER);
        final float kf = shifted - SHIFTER;
        final int k = Float.floatToRawIntBits(shifted) - SHIFTER_BITS;
        final float p = expm1Reduced(reduce(xc, kf)) + 1f;
        final int k1 = k >> 1;
        final int k2 = k - k1;
        final float t1 = Float.intBitsToFloat((k1 + 127) << 23);
        final float t2 = Float.intBitsToFloat((k2 + 127) << 23);
        return p * t1 * t2;
    }

    /**
     * Lane twin of {@link VectorMath#log1p}.
     *
     * @param x argument
     * @return the result
     */
    static float log1p(final float x) {
        final float u = x + 1f;
        final float c = x > 1f ? 1f - (u - x) : x - (u - 1f);
        final int ix = Float.floatToRawIntBits(u) + MANTISSA_SHIFT;
        final int e = (ix >> 23) - 127;
        final float m = Float.intBitsToFloat((ix & 0x007fffff) + SQRT_HALF_BITS);
        final float ef = Float.intBitsToFloat(e + SHIFTER_BITS) - SHIFTER;
        final float f = m - 1f;
        final float s = f / (f + 2f);
        final float z = s * s;
        final float r = z * Math.fma(z, Math.fma(z, LOG_C3, LOG_C2), LOG_C1);
        final float hfsq = f * f * 0.5f;
        final float tail = Math.fma(ef, LN2_LO, c / u);
        final float logM = f - (hfsq - Math.fma(s, hfsq + r, tail));
        float result = Math.fma(ef, LN2_HI, logM);
        if (x == -1f) {
            result = Float.NEGATIVE_INFINITY;
        }
        if (x < -1f) {
            result = Float.NaN;
        }
        if (x != x || x == Float.POSITIVE_INFINITY) {
            result = x;
        }
        return result;
    }

    /**
     * Lane twin of {@link VectorMath#tanh}.
     *
     * @param x argument
     * @return the result
     */
    static float tanh(final float x) {
        final float w = x * x;
        final float poly = Math.fma(w, Math.fma(w, Math.fma(w, Math.fma(w, TANH_C4, TANH_C3), TANH_C2), TANH_C1),
            TANH_C0);
        final float small = Math.fma(x * w, poly, x);
        final float a = Math.abs(x);
        final float large = 1f - 2f / (exp(a + a) + 1f);
        final float signed = x < 0f ? -large : large;
        return a < TANH_SMALL ? small : signed;
    }

    /**
     * Lane twin of {@link VectorMath#sigmoid}.
     *
     * @param x argument
     * @return the result
     */
    static float sigmoid(final float x) {
        return 1f / (exp(-x) + 1f);
    }

    private static float reduce(final float x, final float kf) {
        return Math.fma(kf, -LN2_LO, Math.fma(kf, -LN2_HI, x));
    }

    private static float expm1Reduced(final float r) {
        final float p = Math.fma(r, Math.fma(r, Math.fma(r, Math.fma(r, EXPM1_C4, EXPM1_C3), EXPM1_C2), EXPM1_C1),
            EXPM1_C0);
        return Math.fma(r * r, Math.fma(r, p, 0.5f), r);
    }
}
