package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Key-space invariants (hardware.md §E4.2). */
final class KeyChecks {
    private KeyChecks() {
    }

    static List<Check> check(final Mapping m) {
        final List<Check> out = new ArrayList<>();
        final KeySpace ks = m.keys();
        int maxRow = 0;
        int maxCluster = 0;
        for (Net n : m.nets()) {
            maxRow = Math.max(maxRow, n.rows()[n.rows().length - 1]);
            maxCluster = Math.max(maxCluster, n.cluster());
        }
        final int maxId = ks.colours() - 1;
        final boolean widths = fits(maxRow, ks.indexField()[1]) && fits(maxCluster, ks.clusterField()[1])
            && fits(Math.max(0, maxId), ks.connectionField()[1]) && ks.totalBits() <= 32;
        out.add(new Check("key field widths suffice", widths, "index " + maxRow + ", cluster " + maxCluster
            + ", connection id " + maxId + ", " + ks.totalBits() + " bits", "index < 2^" + ks.indexField()[1]
            + ", cluster < 2^" + ks.clusterField()[1] + ", id < 2^" + ks.connectionField()[1] + ", 32 bits", ""));
        long constraintFaults = 0;
        String constraintDetail = "signals from one source, or into different filters of one operator, have distinct ids";
        long sharedFaults = 0;
        String sharedDetail = "signals sharing an id feed the same filter at every shared sink core";
        final List<DeviceSignal> signals = m.model().signals();
        final Map<Integer, List<Net>> netsBySignal = new HashMap<>();
        for (Net n : m.nets()) {
            netsBySignal.computeIfAbsent(n.signal().id(), k -> new ArrayList<>()).add(n);
        }
        for (int i = 0; i < signals.size(); i++) {
            for (int j = i + 1; j < signals.size(); j++) {
                final DeviceSignal a = signals.get(i);
                final DeviceSignal b = signals.get(j);
                if (ks.connectionId(a) != ks.connectionId(b)) {
                    continue;
                }
                boolean bad = a.source() == b.source();
                for (DeviceSignal.Sink x : a.sinks()) {
                    for (DeviceSignal.Sink y : b.sinks()) {
                        bad |= x.operator() == y.operator() && x.filter() != y.filter();
                    }
                }
                if (bad) {
                    constraintFaults++;
                    constraintDetail = a + " and " + b + " share connection id " + ks.connectionId(a);
                }
                for (Net p : netsBySignal.getOrDefault(a.id(), List.of())) {
                    for (Net q : netsBySignal.getOrDefault(b.id(), List.of())) {
                        for (int s = 0; s < p.sinks().size(); s++) {
                            final int k = q.sinks().indexOf(p.sinks().get(s));
                            if (k >= 0 && p.sinkFilters()[s] != q.sinkFilters()[k]) {
                                sharedFaults++;
                                sharedDetail = a + " and " + b + " reach " + p.sinks().get(s).label()
                                    + " through different filters with the same id";
                            }
                        }
                    }
                }
            }
        }
        out.add(Check.none("connection-id constraints of operators respected", constraintFaults, constraintDetail));
        out.add(Check.none("shared connection ids map to the same filter and dimension", sharedFaults, sharedDetail));
        long overlapFaults = 0;
        String overlapDetail = ks.colours() + " connection ids for " + signals.size() + " signals";
        final Map<Integer, List<int[]>> perChip = new HashMap<>();
        for (RoutingTree t : m.trees()) {
            for (int chip : t.chips()) {
                for (int[] b : t.net().blocks()) {
                    final int[] km = ks.routingKeyMask(t.net(), b);
                    perChip.computeIfAbsent(chip, c -> new ArrayList<>()).add(new int[] {km[0], km[1], t.route(chip),
                        t.net().id()});
                }
            }
        }
        for (var e : perChip.entrySet()) {
            final List<int[]> l = e.getValue();
            for (int i = 0; i < l.size(); i++) {
                for (int j = i + 1; j < l.size(); j++) {
                    final int[] a = l.get(i);
                    final int[] b = l.get(j);
                    if (a[3] != b[3] && ((a[0] ^ b[0]) & a[1] & b[1]) == 0 && a[2] != b[2]) {
                        overlapFaults++;
                        overlapDetail = "nets " + a[3] + " and " + b[3] + " at " + ResourceChecks.chipName(m.machine(),
                            e.getKey()) + ": intersecting keys 0x" + Integer.toHexString(a[0]) + " / 0x"
                            + Integer.toHexString(b[0]) + " with different routes";
                    }
                }
            }
        }
        out.add(Check.none("intersecting routing keys of different nets route identically", overlapFaults,
            overlapDetail));
        return out;
    }

    private static boolean fits(final int value, final int bits) {
        return value < (1L << bits);
    }
}
