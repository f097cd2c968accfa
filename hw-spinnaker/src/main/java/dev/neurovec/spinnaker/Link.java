package dev.neurovec.spinnaker;

/**
 * One of the six inter-chip links of the hexagonal SpiNNaker mesh (hardware.md §B1), in route-word bit order:
 * bit {@code ordinal()} of a route word sends a packet out of this link.
 */
public enum Link {
    /** (+1, 0) */
    EAST(1, 0),
    /** (+1, +1) */
    NORTH_EAST(1, 1),
    /** (0, +1) */
    NORTH(0, 1),
    /** (-1, 0) */
    WEST(-1, 0),
    /** (-1, -1) */
    SOUTH_WEST(-1, -1),
    /** (0, -1) */
    SOUTH(0, -1);

    private static final Link[] ALL = values();

    private final int dx;
    private final int dy;

    Link(final int dx, final int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    /** @return the x step this link makes */
    public int dx() {
        return dx;
    }

    /** @return the y step this link makes */
    public int dy() {
        return dy;
    }

    /** @return the link a packet arriving through this one would continue out of under default routing */
    public Link opposite() {
        return ALL[(ordinal() + 3) % 6];
    }

    /**
     * @param id a link id 0..5
     * @return the link with that id
     */
    public static Link of(final int id) {
        return ALL[id];
    }
}
