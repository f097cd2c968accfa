package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Gives every signal a connection id by colouring a conflict graph (hardware.md §B2.4) and fixes the key fields'
 * widths. Two signals conflict, and so need different ids, when
 * <ul>
 *   <li>they have the same source operator (their keys would be identical);</li>
 *   <li>they enter one operator through different input filters (filter routing matches the id only);</li>
 *   <li>a net of one and a net of the other have the same cluster field and overlapping rows (so overlapping keys)
 *       and take different routes at some chip both trees visit.</li>
 * </ul>
 * Signals that conflict in none of these ways may share an id, and then share router entries: the 64 → 1 fan-in of
 * one filter collapses to one entry per chip. Colouring is greedy, highest degree first, ties by signal id.
 */
public final class KeyAllocator {
    private KeyAllocator() {
    }

    /**
     * @param model the device model
     * @param trees the routing trees of all nets
     * @return the key space
     */
    public static KeySpace allocate(final DeviceModel model, final List<RoutingTree> trees) {
        final int n = model.signals().size();
        final List<List<RoutingTree>> bySignal = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bySignal.add(new ArrayList<>());
        }
        for (RoutingTree t : trees) {
            bySignal.get(t.net().signal().id()).add(t);
        }
        final BitSet[] conflicts = new BitSet[n];
        for (int i = 0; i < n; i++) {
            conflicts[i] = new BitSet(n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (conflict(model.signals().get(i), model.signals().get(j), bySignal.get(i), bySignal.get(j))) {
                    conflicts[i].set(j);
                    conflicts[j].set(i);
                }
            }
        }
        final Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            final int c = Integer.compare(conflicts[b].cardinality(), conflicts[a].cardinality());
            return c != 0 ? c : Integer.compare(a, b);
        });
        final int[] ids = new int[n];
        java.util.Arrays.fill(ids, -1);
        for (int s : order) {
            final BitSet used = new BitSet();
            for (int k = conflicts[s].nextSetBit(0); k >= 0; k = conflicts[s].nextSetBit(k + 1)) {
                if (ids[k] >= 0) {
                    used.set(ids[k]);
                }
            }
            ids[s] = used.nextClearBit(0);
        }
        int maxWidth = 1;
        for (DeviceSignal s : model.signals()) {
            maxWidth = Math.max(maxWidth, s.width());
        }
        int maxCluster = 0;
        for (RoutingTree t : trees) {
            maxCluster = Math.max(maxCluster, t.net().cluster());
        }
        int colours = 0;
        for (int id : ids) {
            colours = Math.max(colours, id + 1);
        }
        final KeySpace ks = new KeySpace(bits(maxWidth), bits(maxCluster + 1), bits(colours), ids);
        if (ks.totalBits() > 32) {
            throw MappingError.of("key space (index " + bits(maxWidth) + ", cluster " + bits(maxCluster + 1)
                + ", connection id " + bits(colours) + ", user " + KeySpace.USER_BITS + " bits)", "key bits",
                ks.totalBits(), 32);
        }
        return ks;
    }

    /**
     * @param values number of distinct values
     * @return bits needed to number them ({@code 0} for one value)
     */
    static int bits(final int values) {
        return values <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(values - 1);
    }

    static boolean conflict(final DeviceSignal a, final DeviceSignal b, final List<RoutingTree> ta,
                            final List<RoutingTree> tb) {
        if (a.source() == b.source()) {
            return true;
        }
        for (DeviceSignal.Sink x : a.sinks()) {
            for (DeviceSignal.Sink y : b.sinks()) {
                if (x.operator() == y.operator() && x.filter() != y.filter()) {
                    return true;
                }
            }
        }
        for (RoutingTree p : ta) {
            for (RoutingTree q : tb) {
                if (p.net().cluster() == q.net().cluster() && rowsOverlap(p.net().rows(), q.net().rows())) {
                    for (int c : p.chips()) {
                        if (q.inLink(c) != RoutingTree.ABSENT && p.route(c) != q.route(c)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean rowsOverlap(final int[] a, final int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }
}
