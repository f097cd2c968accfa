package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The multicast tree of one {@link Net}: for every chip on it, the route word (links out and local cores) and the
 * link the net's packets arrive through (-1 on the source chip, where they come from local cores).
 */
public final class RoutingTree {
    /** {@link #inLink} value of a chip that is not on the tree. */
    public static final int ABSENT = -2;
    /** {@link #inLink} value of the source chip. */
    public static final int LOCAL = -1;

    private final Net net;
    private final int[] route;
    private final int[] inLink;
    private final List<Integer> chips = new ArrayList<>();
    private int depth;

    RoutingTree(final Net net, final int slots) {
        this.net = net;
        this.route = new int[slots];
        this.inLink = new int[slots];
        java.util.Arrays.fill(inLink, ABSENT);
        inLink[net.sourceChip()] = LOCAL;
        chips.add(net.sourceChip());
    }

    boolean contains(final int chip) {
        return inLink[chip] != ABSENT;
    }

    void addHop(final int from, final Link link, final int to) {
        route[from] |= RouteWord.link(link);
        inLink[to] = link.opposite().ordinal();
        chips.add(to);
    }

    void addCore(final int chip, final int core) {
        route[chip] |= RouteWord.core(core);
    }

    /** @return the net */
    public Net net() {
        return net;
    }

    /** @return chips on the tree, source first, in the order they were added */
    public List<Integer> chips() {
        return Collections.unmodifiableList(chips);
    }

    /**
     * @param chip a chip index
     * @return the route word there (0 when the chip is not on the tree)
     */
    public int route(final int chip) {
        return route[chip];
    }

    /**
     * @param chip a chip index
     * @return the arrival link id, {@link #LOCAL} or {@link #ABSENT}
     */
    public int inLink(final int chip) {
        return inLink[chip];
    }

    /** @return the longest path from the source, in hops */
    public int depth() {
        return depth;
    }

    void finish(final SpinnakerMachine machine) {
        int max = 0;
        for (int c : chips) {
            int d = 0;
            for (int at = c; inLink[at] >= 0; at = machine.follow(at, Link.of(inLink[at]))) {
                d++;
            }
            max = Math.max(max, d);
        }
        depth = max;
    }
}
