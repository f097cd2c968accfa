package dev.neurovec.spinnaker;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableMinimiserTest {
    private static final int FULL = 0xffff_ffff;
    private static final int KEY_BITS = 10;
    private static final int LOCAL = RoutingEntry.LOCAL_SOURCE;

    private static int from(final Link l) {
        return 1 << l.ordinal();
    }

    private static RoutingTable table(final RoutingEntry... e) {
        return new RoutingTable(0, 3, 4, List.of(e));
    }

    @Test
    void shouldReturnTheSameTableWhenItAlreadyFits() {
        final RoutingTable t = table(new RoutingEntry(1, FULL, RouteWord.link(Link.EAST), from(Link.WEST)));
        final TableMinimiser.Result r = TableMinimiser.minimise(t, 1);
        assertSame(t, r.table());
        assertEquals(0, r.removedDefaultRoutes());
    }

    @Test
    void shouldRemoveOnlyStraightUnaliasedDefaultRoutesAndStopWhenItFits() {
        final RoutingEntry straight = new RoutingEntry(1, FULL, RouteWord.link(Link.EAST), from(Link.WEST));
        final RoutingEntry turn = new RoutingEntry(2, FULL, RouteWord.link(Link.NORTH), from(Link.WEST));
        final RoutingEntry local = new RoutingEntry(3, FULL, RouteWord.link(Link.EAST), LOCAL);
        final RoutingEntry aliased = new RoutingEntry(8, FULL, RouteWord.link(Link.NORTH), from(Link.SOUTH));
        final RoutingEntry cover = new RoutingEntry(8, 0xffff_fffc, RouteWord.core(1), LOCAL);
        final RoutingEntry straight2 = new RoutingEntry(16, FULL, RouteWord.link(Link.WEST), from(Link.EAST));
        assertTrue(straight.defaultable() && aliased.defaultable() && straight2.defaultable());
        assertTrue(!turn.defaultable() && !local.defaultable() && !cover.defaultable());
        final RoutingTable t = table(straight, turn, local, aliased, cover, straight2);
        final TableMinimiser.Result r = TableMinimiser.minimise(t, 5);
        assertEquals(List.of(turn, local, aliased, cover, straight2), r.table().entries(),
            "the first removable entry goes, and removal stops as soon as the table fits");
        assertEquals(1, r.removedDefaultRoutes());
        final TableMinimiser.Result r2 = TableMinimiser.minimise(t, 4);
        assertEquals(List.of(turn, local, aliased, cover), r2.table().entries(), "aliased entry 8 must stay");
    }

    @Test
    void shouldNameChipEntriesAndLimitWhenTheTargetCannotBeReached() {
        final RoutingTable t = table(new RoutingEntry(0, FULL, RouteWord.core(1), LOCAL),
            new RoutingEntry(1, FULL, RouteWord.core(2), LOCAL), new RoutingEntry(2, FULL, RouteWord.core(3), LOCAL));
        final MappingError e = assertThrows(MappingError.class, () -> TableMinimiser.minimise(t, 2));
        assertEquals("chip (3, 4) routing table: entries after removing 0 default routes and 0 ordered-covering merges"
            + " = 3; limit 2 free router entries", e.getMessage());
    }

    @Test
    void shouldMergeEqualRoutesIntoOneEntryWhenNothingElseIsCovered() {
        final List<RoutingEntry> es = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            es.add(new RoutingEntry(k, FULL, RouteWord.link(Link.NORTH), LOCAL));
        }
        final TableMinimiser.Result r = TableMinimiser.minimise(new RoutingTable(0, 0, 0, es), 1);
        assertEquals(List.of(new RoutingEntry(0, 0xffff_fff8, RouteWord.link(Link.NORTH), LOCAL)), r.table().entries());
        assertEquals(1, r.merges());
    }

    /**
     * Property: random tables of the kind the table builder makes (entries that overlap only where their routes
     * agree), minimised to random targets, route every key in use exactly as before from every arrival direction
     * (default routing included), checked exhaustively over a 10-bit key space.
     */
    @Test
    void shouldRouteEveryKeyInUseAsBeforeWhenMinimisingRandomTables() {
        final Random rnd = new Random(7);
        final int[] routes = {RouteWord.link(Link.NORTH), RouteWord.core(3) | RouteWord.link(Link.EAST),
            RouteWord.core(5), RouteWord.link(Link.SOUTH_WEST)};
        int reached = 0;
        final int trials = 300;
        for (int trial = 0; trial < trials; trial++) {
            final List<RoutingEntry> es = new ArrayList<>();
            final int n = 5 + rnd.nextInt(60);
            while (es.size() < n) {
                final int size = 1 << rnd.nextInt(4);
                final int key = rnd.nextInt(1 << KEY_BITS) & ~(size - 1);
                final int mask = FULL & ~(size - 1);
                final Link in = Link.of(rnd.nextInt(6));
                final boolean straight = rnd.nextInt(4) == 0;
                final int route = straight ? RouteWord.link(in.opposite()) : routes[rnd.nextInt(routes.length)];
                final int sources = rnd.nextInt(3) == 0 ? LOCAL : from(in);
                final RoutingEntry e = new RoutingEntry(key, mask, route, sources);
                boolean clash = false;
                for (RoutingEntry o : es) {
                    clash |= o.intersects(key, mask) && (o.route() != route || o.sources() != sources);
                }
                if (!clash) {
                    es.add(e);
                }
            }
            es.sort((a, b) -> a.key() != b.key() ? Integer.compare(a.key(), b.key()) : Integer.compareUnsigned(a.mask(),
                b.mask()));
            final RoutingTable t = new RoutingTable(0, 0, 0, es);
            final int target = 1 + rnd.nextInt(n);
            final TableMinimiser.Result r;
            try {
                r = TableMinimiser.minimise(t, target);
            } catch (MappingError e) {
                continue;
            }
            reached++;
            assertTrue(r.table().size() <= target);
            for (int key = 0; key < (1 << KEY_BITS); key++) {
                final int i = t.lookup(key);
                if (i < 0) {
                    continue;
                }
                final RoutingEntry orig = t.entries().get(i);
                final int j = r.table().lookup(key);
                for (int bit = 0; bit < 7; bit++) {
                    if ((orig.sources() & (1 << bit)) == 0) {
                        continue;
                    }
                    final int got;
                    if (j >= 0) {
                        got = r.table().entries().get(j).route();
                    } else {
                        assertTrue(bit < 6, "trial " + trial + ": key " + key + " from a local core lost its entry");
                        got = RouteWord.link(Link.of(bit).opposite());
                    }
                    assertEquals(orig.route(), got, "trial " + trial + ": key " + key + " arriving on " + bit);
                }
            }
        }
        // targets are drawn down to 1 entry, which is often impossible; guard only against a vacuous property
        assertTrue(reached >= trials / 3, "minimised tables checked: " + reached + "/" + trials);
    }
}
