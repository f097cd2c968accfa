package dev.neurovec.spinnaker;

import java.util.List;

/**
 * The routers of all chips, loaded with the compressed tables of the artifact (hardware.md §B1, §E3.2). A packet
 * starts at its source chip as if from a local core. At each chip the first entry whose {@code (key & mask)}
 * equals its key decides: the packet is copied out of every link and to every core of the route. With no matching
 * entry a packet that arrived through a link continues out of the opposite link (default routing), and a packet
 * from a local core is dropped. Drops, dead links, full queues, cores running nothing, duplicate deliveries and
 * packets still travelling after the hop limit (loops) are counted. The walk uses preallocated arrays only.
 */
final class PacketRouter {
    private static final int STACK = 1 << 12;

    private final SpinnakerMachine machine;
    private final int[][] keys;
    private final int[][] masks;
    private final int[][] routes;
    private final CoreProgram[] cores;
    private final int[] neighbour;
    private final EmulatorCounters c;
    private final int hopLimit;
    private final int[] stackChip = new int[STACK];
    private final int[] stackIn = new int[STACK];
    private final int[] stackHops = new int[STACK];
    private int packet;

    PacketRouter(final SpinnakerMachine machine, final List<RoutingTable> tables, final CoreProgram[] cores,
                 final EmulatorCounters counters, final int hopLimit) {
        this.machine = machine;
        final int slots = machine.slots();
        this.keys = new int[slots][0];
        this.masks = new int[slots][0];
        this.routes = new int[slots][0];
        for (RoutingTable t : tables) {
            final int n = t.size();
            keys[t.chip()] = new int[n];
            masks[t.chip()] = new int[n];
            routes[t.chip()] = new int[n];
            for (int i = 0; i < n; i++) {
                final RoutingEntry e = t.entries().get(i);
                keys[t.chip()][i] = e.key();
                masks[t.chip()][i] = e.mask();
                routes[t.chip()][i] = e.route();
            }
        }
        this.cores = cores;
        this.neighbour = new int[slots * 6];
        for (int chip = 0; chip < slots; chip++) {
            for (Link l : Link.values()) {
                neighbour[chip * 6 + l.ordinal()] = machine.chip(chip) == null ? -1 : machine.follow(chip, l);
            }
        }
        this.c = counters;
        this.hopLimit = hopLimit;
    }

    /**
     * Routes one packet from a core of {@code chip}.
     *
     * @param chip    source chip index
     * @param key     routing key
     * @param payload payload word
     */
    void send(final int chip, final int key, final int payload) {
        c.sent++;
        c.sentPerChip[chip]++;
        packet++;
        int top = 0;
        stackChip[0] = chip;
        stackIn[0] = -1;
        stackHops[0] = 0;
        top = 1;
        while (top > 0) {
            top--;
            final int at = stackChip[top];
            final int in = stackIn[top];
            final int hops = stackHops[top];
            if (hops > hopLimit) {
                c.loops++;
                continue;
            }
            final int[] k = keys[at];
            final int[] m = masks[at];
            int idx = -1;
            for (int i = 0; i < k.length; i++) {
                if ((key & m[i]) == k[i]) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (in < 0) {
                    c.droppedNoRoute++;
                    continue;
                }
                c.defaultRouted++;
                top = forward(at, (in + 3) % 6, hops, top);
                continue;
            }
            final int route = routes[at][idx];
            for (int l = 0; l < 6; l++) {
                if ((route & (1 << l)) != 0) {
                    top = forward(at, l, hops, top);
                }
            }
            for (int p = 0; p < RouteWord.CORE_BITS; p++) {
                if ((route & (1 << (RouteWord.LINK_BITS + p))) != 0) {
                    deliver(at, p, key, payload);
                }
            }
        }
    }

    private int forward(final int at, final int link, final int hops, final int top) {
        final int next = neighbour[at * 6 + link];
        if (next < 0) {
            c.droppedDeadLink++;
            return top;
        }
        if (top == STACK) {
            c.loops++;
            return top;
        }
        c.linkTraversals[at * 6 + link]++;
        stackChip[top] = next;
        stackIn[top] = (link + 3) % 6;
        stackHops[top] = hops + 1;
        return top + 1;
    }

    private void deliver(final int chip, final int core, final int key, final int payload) {
        final CoreProgram target = cores[chip * SpinnakerMachine.CORES_PER_CHIP + core];
        if (target == null) {
            c.droppedNoCore++;
            return;
        }
        if (target.lastPacket == packet) {
            c.duplicates++;
            return;
        }
        target.lastPacket = packet;
        if (target.enqueue(key, payload)) {
            c.delivered++;
        } else {
            c.droppedQueueFull++;
        }
    }

    /** @return the machine routed over */
    SpinnakerMachine machine() {
        return machine;
    }
}
