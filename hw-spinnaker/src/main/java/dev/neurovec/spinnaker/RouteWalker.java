package dev.neurovec.spinnaker;

import java.util.ArrayDeque;
import java.util.List;
import java.util.TreeSet;

/**
 * Walks a set of routing tables for one key exhaustively, with the router semantics of {@link PacketRouter} (first
 * matching entry; default routing straight through for packets that arrived through a link; drop for local packets
 * with no entry), and reports every core reached, every chip visited with its arrival link, and every fault. This is
 * the "valid routes" checker: it needs no emulation and covers every key a core sends.
 */
public final class RouteWalker {
    private final SpinnakerMachine machine;
    private final RoutingTable[] tables;
    private final int hopLimit;

    /** Result of one walk. */
    public record Walk(TreeSet<Long> cores, List<int[]> visits, int drops, int loops, int duplicates) {

        /**
         * @param chip a chip index
         * @param core a core id
         * @return the encoding used in {@link #cores}
         */
        public static long core(final int chip, final int core) {
            return ((long) chip << 8) | core;
        }
    }

    /**
     * @param machine  the machine
     * @param tables   the tables to walk
     * @param hopLimit hops after which a packet counts as looping
     */
    public RouteWalker(final SpinnakerMachine machine, final List<RoutingTable> tables, final int hopLimit) {
        this.machine = machine;
        this.tables = new RoutingTable[machine.slots()];
        for (RoutingTable t : tables) {
            this.tables[t.chip()] = t;
        }
        this.hopLimit = hopLimit;
    }

    /**
     * @param chip source chip index
     * @param key  the key
     * @return the walk; {@code visits} holds {@code {chip, arrivalLink (-1 local), matched entry index (-1 none)}}
     */
    public Walk walk(final int chip, final int key) {
        final TreeSet<Long> cores = new TreeSet<>();
        final List<int[]> visits = new java.util.ArrayList<>();
        int drops = 0;
        int loops = 0;
        int dups = 0;
        final ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {chip, -1, 0});
        int work = 0;
        while (!queue.isEmpty()) {
            final int[] s = queue.poll();
            if (s[2] > hopLimit || ++work > 64 * machine.slots()) {
                loops++;
                continue;
            }
            final RoutingTable t = tables[s[0]];
            final int idx = t == null ? -1 : t.lookup(key);
            visits.add(new int[] {s[0], s[1], idx});
            if (idx < 0) {
                if (s[1] < 0) {
                    drops++;
                } else {
                    final int out = (s[1] + 3) % 6;
                    final int next = machine.follow(s[0], Link.of(out));
                    if (next < 0) {
                        drops++;
                    } else {
                        queue.add(new int[] {next, (out + 3) % 6, s[2] + 1});
                    }
                }
                continue;
            }
            final int route = t.entries().get(idx).route();
            for (int l = 0; l < RouteWord.LINK_BITS; l++) {
                if ((route & (1 << l)) != 0) {
                    final int next = machine.follow(s[0], Link.of(l));
                    if (next < 0) {
                        drops++;
                    } else {
                        queue.add(new int[] {next, (l + 3) % 6, s[2] + 1});
                    }
                }
            }
            for (int p = 0; p < RouteWord.CORE_BITS; p++) {
                if ((route & RouteWord.core(p)) != 0 && !cores.add(Walk.core(s[0], p))) {
                    dups++;
                }
            }
        }
        return new Walk(cores, visits, drops, loops, dups);
    }
}
