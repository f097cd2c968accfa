package dev.neurovec.spinnaker;

/**
 * The s16.15 fixed-point format of nengo_spinnaker's {@code value_t} (hardware.md §0.1, §B2.5): a 32-bit two's
 * complement word holding {@code value · 2^15}. Host conversion multiplies by 2^15, saturates to the int32 range
 * and truncates toward zero (Java's {@code (int)} cast of a double truncates toward zero, as Python's {@code int()}
 * does). On-core products are formed in 64 bits and shifted back, with the rounding of {@link MultiplyRounding}.
 */
public final class FixedPoint {
    /** Fractional bits. */
    public static final int FRACTION_BITS = 15;
    /** The raw word of 1.0. */
    public static final int ONE = 1 << FRACTION_BITS;
    /** One least significant bit, as a double. */
    public static final double LSB = 1.0 / ONE;
    /** Largest representable value. */
    public static final double MAX = Integer.MAX_VALUE * LSB;
    /** Smallest representable value. */
    public static final double MIN = Integer.MIN_VALUE * LSB;

    private FixedPoint() {
    }

    /**
     * Converts a value to s16.15: {@code x·2^15}, saturated to the int32 range, truncated toward zero.
     *
     * @param x a finite value
     * @return the raw word
     */
    public static int toRaw(final double x) {
        final double scaled = x * ONE;
        if (scaled >= Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        if (scaled <= Integer.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        return (int) scaled;
    }

    /**
     * @param x a value
     * @return whether {@link #toRaw} saturates it
     */
    public static boolean saturates(final double x) {
        final double scaled = x * ONE;
        return scaled > Integer.MAX_VALUE || scaled < Integer.MIN_VALUE || Double.isNaN(x);
    }

    /**
     * @param raw an s16.15 word
     * @return its value
     */
    public static double toDouble(final int raw) {
        return raw * LSB;
    }

    /**
     * The on-core {@code accum × accum}: 64-bit product, plus the rounding bias, arithmetic shift right by 15,
     * wrapped to 32 bits (the stdfix {@code accum} type does not saturate).
     *
     * @param a        raw s16.15
     * @param b        raw s16.15
     * @param rounding the toolchain's rounding
     * @return the raw product
     */
    public static int multiply(final int a, final int b, final MultiplyRounding rounding) {
        return (int) (((long) a * b + rounding.bias()) >> FRACTION_BITS);
    }

    /**
     * Python's float floor division {@code a // b} (fmod based and exact: {@code 0.002 // 0.0002 == 9.0} whereas
     * {@code floor(0.002 / 0.0002) == 10}), as nengo_spinnaker computes {@code tau_ref // dt} (§0.1).
     *
     * @param a dividend
     * @param b divisor, non-zero
     * @return {@code a // b}
     */
    public static double pythonFloorDiv(final double a, final double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1.0;
        }
        return floor;
    }
}
