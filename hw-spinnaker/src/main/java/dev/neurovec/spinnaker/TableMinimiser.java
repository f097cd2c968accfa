package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Shrinks a chip's table to a target length and no further (hardware.md §B2.4, §E7: "minimise only to target").
 * A table that already fits is returned unchanged. Otherwise:
 * <ol>
 *   <li><b>Default-route removal.</b> An entry whose packets all arrive through one link and leave through the
 *       opposite link only, and which no later entry overlaps, is dropped: the router's default routing does the
 *       same. Entries are dropped in table order until the table fits.</li>
 *   <li><b>Ordered covering</b> (after Mundy, Heathcote and Garside). The table is kept sorted from specific to
 *       general (number of don't-care bits). Entries with equal routes are merged into one key/mask whose
 *       don't-care bits are where their keys differ. A merge is shrunk until it is safe: an entry with a different
 *       route that would sit above the merged entry must not overlap any key the merged entries stood for (the
 *       "up check"), and the merged entry must not cover any key that an entry below it, or default routing, is
 *       responsible for (the "down check"; a covered key is avoided by fixing one of the merged entry's
 *       don't-care bits, choosing the bit that keeps the most entries). The largest safe merge is applied, and
 *       merging stops as soon as the table fits.</li>
 * </ol>
 * Each entry carries the original key/masks it stands for ("aliases"), which is what the checks test against.
 */
public final class TableMinimiser {
    private TableMinimiser() {
    }

    /** One entry while minimising: key, mask, route, sources and the original key/masks it covers. */
    private static final class Work {
        final int key;
        final int mask;
        final int route;
        final int sources;
        final List<long[]> aliases;

        Work(final int key, final int mask, final int route, final int sources, final List<long[]> aliases) {
            this.key = key;
            this.mask = mask;
            this.route = route;
            this.sources = sources;
            this.aliases = aliases;
        }

        int generality() {
            return 32 - Integer.bitCount(mask);
        }

        boolean intersects(final long k, final long m) {
            return ((key ^ (int) k) & mask & (int) m) == 0;
        }
    }

    /** What minimisation did to one table. */
    public record Result(RoutingTable table, int removedDefaultRoutes, int merges) {
    }

    /**
     * @param table  the uncompressed table
     * @param target the largest length allowed (the chip's free router entries)
     * @return the minimised table and what was done
     * @throws MappingError when no safe reduction reaches the target
     */
    public static Result minimise(final RoutingTable table, final int target) {
        if (table.size() <= target) {
            return new Result(table, 0, 0);
        }
        final List<Work> work = new ArrayList<>();
        for (RoutingEntry e : table.entries()) {
            final List<long[]> al = new ArrayList<>();
            al.add(new long[] {e.key(), e.mask()});
            work.add(new Work(e.key(), e.mask(), e.route(), e.sources(), al));
        }
        final List<long[]> defaults = new ArrayList<>();
        int removed = 0;
        for (int i = 0; i < work.size() && work.size() > target; ) {
            final Work e = work.get(i);
            final RoutingEntry re = new RoutingEntry(e.key, e.mask, e.route, e.sources);
            boolean aliased = false;
            for (int j = i + 1; j < work.size() && !aliased; j++) {
                aliased = work.get(j).intersects(e.key, e.mask);
            }
            if (re.defaultable() && !aliased) {
                defaults.addAll(e.aliases);
                work.remove(i);
                removed++;
            } else {
                i++;
            }
        }
        int merges = 0;
        if (work.size() > target) {
            work.sort((a, b) -> Integer.compare(a.generality(), b.generality()));
            while (work.size() > target) {
                List<Work> best = null;
                for (int route : new LinkedHashSet<>(work.stream().map(w -> w.route).toList())) {
                    final List<Work> group = new ArrayList<>();
                    for (Work w : work) {
                        if (w.route == route) {
                            group.add(w);
                        }
                    }
                    final List<Work> safe = refine(group, work, defaults);
                    if (safe.size() >= 2 && (best == null || safe.size() > best.size())) {
                        best = safe;
                    }
                }
                if (best == null) {
                    break;
                }
                apply(best, work);
                merges++;
            }
        }
        if (work.size() > target) {
            throw MappingError.of("chip (" + table.x() + ", " + table.y() + ") routing table", "entries after"
                + " removing " + removed + " default routes and " + merges + " ordered-covering merges", work.size(),
                target + " free router entries");
        }
        final List<RoutingEntry> out = new ArrayList<>();
        for (Work w : work) {
            out.add(new RoutingEntry(w.key, w.mask, w.route, w.sources));
        }
        return new Result(new RoutingTable(table.chip(), table.x(), table.y(), out), removed, merges);
    }

    private static int[] merge(final List<Work> m) {
        final int k0 = m.get(0).key;
        int mask = -1;
        int diff = 0;
        for (Work w : m) {
            mask &= w.mask;
            diff |= w.key ^ k0;
        }
        mask &= ~diff;
        return new int[] {k0 & mask, mask};
    }

    private static int insertionPoint(final List<Work> rest, final int generality) {
        int pos = 0;
        while (pos < rest.size() && rest.get(pos).generality() <= generality) {
            pos++;
        }
        return pos;
    }

    private static List<Work> refine(final List<Work> group, final List<Work> table, final List<long[]> defaults) {
        List<Work> m = new ArrayList<>(group);
        while (m.size() >= 2) {
            final int[] km = merge(m);
            final int route = m.get(0).route;
            final List<Work> rest = new ArrayList<>(table);
            rest.removeAll(m);
            final int pos = insertionPoint(rest, 32 - Integer.bitCount(km[1]));
            final List<Work> keep = new ArrayList<>();
            for (Work e : m) {
                boolean hidden = false;
                for (int i = 0; i < pos && !hidden; i++) {
                    final Work above = rest.get(i);
                    if (above.route != route) {
                        for (long[] a : e.aliases) {
                            hidden |= above.intersects(a[0], a[1]);
                        }
                    }
                }
                if (!hidden) {
                    keep.add(e);
                }
            }
            if (keep.size() != m.size()) {
                m = keep;
                continue;
            }
            long[] covered = null;
            for (int i = pos; i < rest.size() && covered == null; i++) {
                final Work below = rest.get(i);
                if (below.route != route) {
                    for (long[] b : below.aliases) {
                        if (covered == null && intersects(km, b)) {
                            covered = b;
                        }
                    }
                }
            }
            for (int i = 0; i < defaults.size() && covered == null; i++) {
                if (intersects(km, defaults.get(i))) {
                    covered = defaults.get(i);
                }
            }
            if (covered == null) {
                return m;
            }
            List<Work> bestKeep = new ArrayList<>();
            for (int bit = 0; bit < 32; bit++) {
                final int b = 1 << bit;
                if ((km[1] & b) == 0 && ((int) covered[1] & b) != 0) {
                    final int want = ~(int) covered[0] & b;
                    final List<Work> k = new ArrayList<>();
                    for (Work e : m) {
                        if ((e.mask & b) != 0 && (e.key & b) == want) {
                            k.add(e);
                        }
                    }
                    if (k.size() > bestKeep.size()) {
                        bestKeep = k;
                    }
                }
            }
            if (bestKeep.size() == m.size() || bestKeep.size() < 2) {
                return List.of();
            }
            m = bestKeep;
        }
        return m;
    }

    private static boolean intersects(final int[] km, final long[] b) {
        return ((km[0] ^ (int) b[0]) & km[1] & (int) b[1]) == 0;
    }

    private static void apply(final List<Work> m, final List<Work> table) {
        final int[] km = merge(m);
        final List<long[]> aliases = new ArrayList<>();
        int sources = 0;
        for (Work w : m) {
            aliases.addAll(w.aliases);
            sources |= w.sources;
        }
        table.removeAll(m);
        final Work merged = new Work(km[0], km[1], m.get(0).route, sources, aliases);
        table.add(insertionPoint(table, merged.generality()), merged);
    }
}
