package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns routing trees into per-chip multicast tables (hardware.md §B2.4): one entry per net, row block and chip
 * of its tree, sorted by key then mask. Entries of nets that share a connection id and hence a key merge into one;
 * the key allocator guarantees their routes agree, and a disagreement is reported here as an error naming the
 * chip and key.
 */
public final class RoutingTableBuilder {
    private RoutingTableBuilder() {
    }

    /**
     * @param machine the machine
     * @param trees   the routing trees
     * @param keys    the key space
     * @return the tables of every chip with at least one entry, by chip index
     */
    public static List<RoutingTable> build(final SpinnakerMachine machine, final List<RoutingTree> trees,
                                           final KeySpace keys) {
        final TreeMap<Integer, Map<Long, int[]>> perChip = new TreeMap<>();
        for (RoutingTree t : trees) {
            for (int chip : t.chips()) {
                final int route = t.route(chip);
                final int in = t.inLink(chip);
                final int source = in == RoutingTree.LOCAL ? RoutingEntry.LOCAL_SOURCE : 1 << in;
                for (int[] block : t.net().blocks()) {
                    final int[] km = keys.routingKeyMask(t.net(), block);
                    final long id = ((long) km[0] << 32) | (km[1] & 0xffffffffL);
                    final Map<Long, int[]> entries = perChip.computeIfAbsent(chip, k -> new LinkedHashMap<>());
                    final int[] existing = entries.get(id);
                    if (existing == null) {
                        entries.put(id, new int[] {km[0], km[1], route, source});
                    } else if (existing[2] != route) {
                        final SpinnakerMachine.Chip c = machine.chip(chip);
                        throw new MappingError("chip (" + c.x() + ", " + c.y() + "): key 0x" + Integer.toHexString(km[0])
                            + "/0x" + Integer.toHexString(km[1]) + " of " + t.net().signal() + " needs route "
                            + RouteWord.describe(route) + " but another net with the same key needs "
                            + RouteWord.describe(existing[2]) + "; expected the key allocator to separate them");
                    } else {
                        existing[3] |= source;
                    }
                }
            }
        }
        final List<RoutingTable> out = new ArrayList<>();
        for (var e : perChip.entrySet()) {
            final List<RoutingEntry> entries = new ArrayList<>();
            for (int[] v : e.getValue().values()) {
                entries.add(new RoutingEntry(v[0], v[1], v[2], v[3]));
            }
            entries.sort((a, b) -> {
                final int c = Integer.compareUnsigned(a.key(), b.key());
                return c != 0 ? c : Integer.compareUnsigned(a.mask(), b.mask());
            });
            final SpinnakerMachine.Chip c = machine.chip(e.getKey());
            out.add(new RoutingTable(e.getKey(), c.x(), c.y(), entries));
        }
        return out;
    }
}
