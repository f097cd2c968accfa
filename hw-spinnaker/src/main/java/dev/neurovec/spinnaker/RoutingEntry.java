package dev.neurovec.spinnaker;

/**
 * One multicast router entry (hardware.md §B1): a packet whose key satisfies {@code (key & mask) == this.key} is
 * sent along {@code route}; the first matching entry wins. {@code sources} records where the entry's packets come
 * from (bits 0-5 the arrival links, bit 6 a local core); it is what decides whether default routing could replace
 * the entry.
 *
 * @param key     the entry key (only bits under {@code mask} set)
 * @param mask    the entry mask
 * @param route   the 24-bit route word
 * @param sources arrival links (bits 0-5) and {@link #LOCAL_SOURCE}
 */
public record RoutingEntry(int key, int mask, int route, int sources) {
    /** {@link #sources} bit of packets from a core of this chip. */
    public static final int LOCAL_SOURCE = 1 << 6;

    /**
     * @param k a packet key
     * @return whether this entry matches it
     */
    public boolean matches(final int k) {
        return (k & mask) == key;
    }

    /**
     * @param k another entry's key
     * @param m another entry's mask
     * @return whether some key matches both
     */
    public boolean intersects(final int k, final int m) {
        return ((key ^ k) & mask & m) == 0;
    }

    /** @return number of don't-care bits ({@code X}s) */
    public int generality() {
        return 32 - Integer.bitCount(mask);
    }

    /**
     * Whether default routing does what this entry does: its packets all arrive through one link and leave
     * through the opposite link only.
     *
     * @return true when the entry is a straight-through default route
     */
    public boolean defaultable() {
        if ((sources & LOCAL_SOURCE) != 0 || Integer.bitCount(sources) != 1) {
            return false;
        }
        final Link in = Link.of(Integer.numberOfTrailingZeros(sources));
        return route == RouteWord.link(in.opposite());
    }
}
