package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.List;

/**
 * The 24-bit route word of a SpiNNaker router entry (hardware.md §B1): bits 0-5 send out of links E, NE, N, W,
 * SW, S; bits 6-23 deliver to cores 0-17 of this chip.
 */
public final class RouteWord {
    /** Number of link bits. */
    public static final int LINK_BITS = 6;
    /** Number of core bits (cores 0-17). */
    public static final int CORE_BITS = 18;
    /** Mask of the link bits. */
    public static final int LINK_MASK = (1 << LINK_BITS) - 1;

    private RouteWord() {
    }

    /**
     * @param link a link
     * @return the route bit sending out of it
     */
    public static int link(final Link link) {
        return 1 << link.ordinal();
    }

    /**
     * @param core a core id 0..17
     * @return the route bit delivering to it
     */
    public static int core(final int core) {
        if (core < 0 || core >= CORE_BITS) {
            throw new IllegalArgumentException("core = " + core + "; expected 0 <= core < " + CORE_BITS);
        }
        return 1 << (LINK_BITS + core);
    }

    /**
     * @param route a route word
     * @return the links it sends out of, in bit order
     */
    public static List<Link> links(final int route) {
        final List<Link> out = new ArrayList<>();
        for (int l = 0; l < LINK_BITS; l++) {
            if ((route & (1 << l)) != 0) {
                out.add(Link.of(l));
            }
        }
        return out;
    }

    /**
     * @param route a route word
     * @return the core ids it delivers to, ascending
     */
    public static List<Integer> cores(final int route) {
        final List<Integer> out = new ArrayList<>();
        for (int c = 0; c < CORE_BITS; c++) {
            if ((route & core(c)) != 0) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * @param route a route word
     * @return a readable form, e.g. {@code [E, N; cores 3, 4]}
     */
    public static String describe(final int route) {
        return "[" + links(route) + "; cores " + cores(route) + "]";
    }
}
