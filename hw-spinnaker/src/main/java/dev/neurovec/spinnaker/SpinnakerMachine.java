package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A SpiNNaker 1 machine (hardware.md §B1): {@code width × height} chips on a hexagonal mesh with six links each,
 * 18 cores per chip (core 0 the monitor, cores 1-16 for applications, core 17 a spare), 123,469,792 usable SDRAM
 * bytes and 1023 free multicast router entries per chip. The mesh wraps around (a torus) only in a dimension that
 * is a multiple of 12, as multi-board machines built from 3-board triads do. Immutable: the {@code with…} methods
 * return modified copies.
 */
public final class SpinnakerMachine {
    /** Cores per chip, monitor and spare included. */
    public static final int CORES_PER_CHIP = 18;
    /** The monitor core (SC&amp;MP), never given to an application. */
    public static final int MONITOR_CORE = 0;
    /** Application cores per chip (cores 1-16). */
    public static final int APPLICATION_CORES = 16;
    /** Usable SDRAM bytes per chip (SpiNNMachine {@code max_sdram_per_chip}). */
    public static final long SDRAM_BYTES = 123_469_792L;
    /** Router entries left for applications (1024 minus the one the system uses). */
    public static final int ROUTER_ENTRIES_FREE = 1023;
    /** DTCM bytes per core. */
    public static final int DTCM_BYTES = 1 << 16;
    /** Core clock in MHz. */
    public static final int CLOCK_MHZ = 200;

    private final String name;
    private final int width;
    private final int height;
    private final boolean wrapX;
    private final boolean wrapY;
    private final Chip[] chips;

    /**
     * One chip of the machine.
     *
     * @param x                 chip x
     * @param y                 chip y
     * @param applicationCores  ids of the cores free for applications, ascending
     * @param sdramBytes        usable SDRAM bytes
     * @param routerEntriesFree multicast router entries free for applications
     * @param linksAlive        for each {@link Link} (by ordinal), whether it is usable
     * @param ethernet          whether this chip has the board's Ethernet connection
     */
    public record Chip(int x, int y, int[] applicationCores, long sdramBytes, int routerEntriesFree,
                       boolean[] linksAlive, boolean ethernet) {

        /** @return the monitor core id */
        public int monitorCore() {
            return MONITOR_CORE;
        }

        /**
         * @param link a link
         * @return whether it is alive
         */
        public boolean alive(final Link link) {
            return linksAlive[link.ordinal()];
        }

        @Override
        public boolean equals(final Object o) {
            return o instanceof Chip c && c.x == x && c.y == y && Arrays.equals(c.applicationCores, applicationCores)
                && c.sdramBytes == sdramBytes && c.routerEntriesFree == routerEntriesFree
                && Arrays.equals(c.linksAlive, linksAlive) && c.ethernet == ethernet;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * x + y) + Arrays.hashCode(applicationCores);
        }

        @Override
        public String toString() {
            return "chip (" + x + ", " + y + ")";
        }
    }

    private SpinnakerMachine(final String name, final int width, final int height, final boolean wrapX,
                             final boolean wrapY, final Chip[] chips) {
        this.name = name;
        this.width = width;
        this.height = height;
        this.wrapX = wrapX;
        this.wrapY = wrapY;
        this.chips = chips;
    }

    /**
     * A rectangular machine with every chip present. It wraps in a dimension only when that dimension is a
     * multiple of 12 (§B1).
     *
     * @param width  chips along x, &gt;= 1
     * @param height chips along y, &gt;= 1
     * @return the machine
     */
    public static SpinnakerMachine rectangular(final int width, final int height) {
        return withChips(width + "x" + height, width, height, (x, y) -> true);
    }

    /** @return a SpiNN-3 board: 2 × 2 chips, no wrap-around */
    public static SpinnakerMachine spinn3() {
        return withChips("spinn3", 2, 2, (x, y) -> true);
    }

    /**
     * A SpiNN-5 board: 48 chips in an 8 × 8 bounding box, the hexagon of chips with {@code -3 <= x - y <= 4}, no
     * wrap-around.
     *
     * @return the board
     */
    public static SpinnakerMachine spinn5() {
        return withChips("spinn5", 8, 8, (x, y) -> x - y >= -3 && x - y <= 4);
    }

    /**
     * @param spec {@code spinn3}, {@code spinn5} or {@code WxH} (e.g. {@code 12x12})
     * @return the machine
     */
    public static SpinnakerMachine parse(final String spec) {
        if ("spinn3".equals(spec)) {
            return spinn3();
        }
        if ("spinn5".equals(spec)) {
            return spinn5();
        }
        final String[] p = spec.toLowerCase(java.util.Locale.ROOT).split("x");
        if (p.length == 2) {
            try {
                return rectangular(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("machine = '" + spec + "'; expected spinn3, spinn5 or WxH (e.g. 12x12)");
    }

    private interface Present {
        boolean at(int x, int y);
    }

    private static SpinnakerMachine withChips(final String name, final int width, final int height,
                                              final Present present) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("machine " + width + "x" + height + "; expected width, height >= 1");
        }
        final boolean wrapX = width % 12 == 0;
        final boolean wrapY = height % 12 == 0;
        final Chip[] chips = new Chip[width * height];
        final int[] cores = new int[APPLICATION_CORES];
        for (int i = 0; i < cores.length; i++) {
            cores[i] = i + 1;
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (present.at(x, y)) {
                    chips[y * width + x] = new Chip(x, y, cores.clone(), SDRAM_BYTES, ROUTER_ENTRIES_FREE,
                        new boolean[6], x == 0 && y == 0);
                }
            }
        }
        final SpinnakerMachine m = new SpinnakerMachine(name, width, height, wrapX, wrapY, chips);
        for (Chip c : chips) {
            if (c != null) {
                for (Link l : Link.values()) {
                    c.linksAlive[l.ordinal()] = m.neighbourIndex(c.x, c.y, l) >= 0;
                }
            }
        }
        return m;
    }

    /**
     * @param entries free router entries on every chip (other users hold the rest), 1..1023
     * @return a copy with that many free entries per chip
     */
    public SpinnakerMachine withRouterEntries(final int entries) {
        if (entries < 1 || entries > ROUTER_ENTRIES_FREE) {
            throw new IllegalArgumentException("routerEntries = " + entries + "; expected 1.." + ROUTER_ENTRIES_FREE);
        }
        final Chip[] copy = new Chip[chips.length];
        for (int i = 0; i < chips.length; i++) {
            final Chip c = chips[i];
            if (c != null) {
                copy[i] = new Chip(c.x, c.y, c.applicationCores.clone(), c.sdramBytes, entries, c.linksAlive.clone(),
                    c.ethernet);
            }
        }
        return new SpinnakerMachine(name + "/rtr" + entries, width, height, wrapX, wrapY, copy);
    }

    /**
     * Marks a link dead in both directions (a faulty cable or chip-to-chip link).
     *
     * @param x    chip x
     * @param y    chip y
     * @param link the link from that chip
     * @return a copy with the link dead
     */
    public SpinnakerMachine withDeadLink(final int x, final int y, final Link link) {
        final int from = index(x, y);
        final int to = neighbourIndex(x, y, link);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("no link " + link + " from chip (" + x + ", " + y + ")");
        }
        final Chip[] copy = new Chip[chips.length];
        for (int i = 0; i < chips.length; i++) {
            final Chip c = chips[i];
            if (c != null) {
                final boolean[] alive = c.linksAlive.clone();
                if (i == from) {
                    alive[link.ordinal()] = false;
                }
                if (i == to) {
                    alive[link.opposite().ordinal()] = false;
                }
                copy[i] = new Chip(c.x, c.y, c.applicationCores.clone(), c.sdramBytes, c.routerEntriesFree, alive,
                    c.ethernet);
            }
        }
        return new SpinnakerMachine(name + "/dead(" + x + "," + y + "," + link + ")", width, height, wrapX, wrapY,
            copy);
    }

    /**
     * Rebuilds a machine from its parts (as read back from {@code machine.json}).
     *
     * @param name   a name
     * @param width  chips along x
     * @param height chips along y
     * @param wrapX  whether x wraps around
     * @param wrapY  whether y wraps around
     * @param list   the chips present
     * @return the machine
     */
    public static SpinnakerMachine of(final String name, final int width, final int height, final boolean wrapX,
                                      final boolean wrapY, final List<Chip> list) {
        final Chip[] chips = new Chip[width * height];
        for (Chip c : list) {
            chips[c.y * width + c.x] = c;
        }
        return new SpinnakerMachine(name, width, height, wrapX, wrapY, chips);
    }

    /** @return the machine's name ({@code spinn5}, {@code 12x12}, ...) */
    public String name() {
        return name;
    }

    /** @return chips along x */
    public int width() {
        return width;
    }

    /** @return chips along y */
    public int height() {
        return height;
    }

    /** @return whether x wraps around */
    public boolean wrapX() {
        return wrapX;
    }

    /** @return whether y wraps around */
    public boolean wrapY() {
        return wrapY;
    }

    /**
     * @param x chip x
     * @param y chip y
     * @return the chip's index {@code y * width + x}, or -1 when there is no such chip
     */
    public int index(final int x, final int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return -1;
        }
        final int i = y * width + x;
        return chips[i] == null ? -1 : i;
    }

    /**
     * @param index a chip index
     * @return the chip, or null when absent
     */
    public Chip chip(final int index) {
        return index < 0 || index >= chips.length ? null : chips[index];
    }

    /**
     * @param x chip x
     * @param y chip y
     * @return the chip, or null when absent
     */
    public Chip chip(final int x, final int y) {
        final int i = index(x, y);
        return i < 0 ? null : chips[i];
    }

    /** @return number of chip slots ({@code width * height}), present or not */
    public int slots() {
        return chips.length;
    }

    /** @return the chips present, in index order */
    public List<Chip> chips() {
        final List<Chip> out = new ArrayList<>();
        for (Chip c : chips) {
            if (c != null) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The chip a link leads to, following the wrap-around rules, regardless of whether the link is alive.
     *
     * @param x    chip x
     * @param y    chip y
     * @param link the link
     * @return the neighbour's index, or -1 at the machine's edge or where no chip is
     */
    public int neighbourIndex(final int x, final int y, final Link link) {
        int nx = x + link.dx();
        int ny = y + link.dy();
        if (wrapX) {
            nx = Math.floorMod(nx, width);
        }
        if (wrapY) {
            ny = Math.floorMod(ny, height);
        }
        return index(nx, ny);
    }

    /**
     * @param chipIndex a chip index
     * @param link      a link
     * @return the neighbour's index when the link is alive, else -1
     */
    public int follow(final int chipIndex, final Link link) {
        final Chip c = chips[chipIndex];
        if (c == null || !c.linksAlive[link.ordinal()]) {
            return -1;
        }
        return neighbourIndex(c.x, c.y, link);
    }

    /**
     * The shortest hexagonal-mesh offset from one chip to another as {@code (dx, dy)}, taking wrap-around into
     * account (each wrapping dimension offers two candidate offsets; the shortest in hops wins, x first on ties).
     *
     * @param from source chip index
     * @param to   destination chip index
     * @return {@code {dx, dy}}
     */
    public int[] offset(final int from, final int to) {
        final int dx0 = to % width - from % width;
        final int dy0 = to / width - from / width;
        int[] best = {dx0, dy0};
        final int[] dxs = wrapX ? new int[] {dx0, dx0 - width, dx0 + width} : new int[] {dx0};
        final int[] dys = wrapY ? new int[] {dy0, dy0 - height, dy0 + height} : new int[] {dy0};
        for (int dx : dxs) {
            for (int dy : dys) {
                if (hexLength(dx, dy) < hexLength(best[0], best[1])) {
                    best = new int[] {dx, dy};
                }
            }
        }
        return best;
    }

    /**
     * @param dx x offset
     * @param dy y offset
     * @return hops needed on the hexagonal mesh (the diagonal link moves both coordinates at once)
     */
    public static int hexLength(final int dx, final int dy) {
        return (long) dx * dy >= 0 ? Math.max(Math.abs(dx), Math.abs(dy)) : Math.abs(dx) + Math.abs(dy);
    }

    /**
     * @param from chip index
     * @param to   chip index
     * @return hops between the chips on an intact mesh
     */
    public int distance(final int from, final int to) {
        final int[] o = offset(from, to);
        return hexLength(o[0], o[1]);
    }

    @Override
    public String toString() {
        return "SpinnakerMachine '" + name + "' " + width + "x" + height + " (" + chips().size() + " chips"
            + (wrapX || wrapY ? ", wraps " + (wrapX ? "x" : "") + (wrapY ? "y" : "") : "") + ")";
    }
}
