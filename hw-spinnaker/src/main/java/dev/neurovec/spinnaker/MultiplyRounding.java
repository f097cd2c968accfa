package dev.neurovec.spinnaker;

/**
 * How an on-core {@code accum × accum} multiply (the LIF {@code δv = (J − v)·k}) rounds its 64-bit product back
 * to s16.15. GCC's libgcc changed from truncation to round-half-up between versions, and which one built the
 * reference binaries is an open question (hardware.md §0.1, §F), so the emulator takes it as a setting and the
 * manifest records the mode the mapping assumes.
 */
public enum MultiplyRounding {
    /** {@code (a·b) >> 15}: floor, as older libgcc {@code FIXED_MULHELPER} does. */
    FLOOR(0),
    /** {@code (a·b + 2^14) >> 15}: round half up, as newer libgcc does. */
    ROUND_HALF_UP(1 << 14);

    private final int bias;

    MultiplyRounding(final int bias) {
        this.bias = bias;
    }

    /** @return the value added to the 64-bit product before the arithmetic shift by 15 */
    public int bias() {
        return bias;
    }

    /**
     * @param name {@code FLOOR} or {@code ROUND_HALF_UP}, any case, {@code -} or {@code _}
     * @return the mode
     */
    public static MultiplyRounding parse(final String name) {
        final String n = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (MultiplyRounding r : values()) {
            if (r.name().equals(n)) {
                return r;
            }
        }
        throw new IllegalArgumentException("multiply rounding = '" + name + "'; expected FLOOR or ROUND_HALF_UP");
    }
}
