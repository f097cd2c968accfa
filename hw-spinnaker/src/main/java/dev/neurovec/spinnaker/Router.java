package dev.neurovec.spinnaker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds one multicast tree per {@link Net}, in the manner of Neighbour Exploring Routing (hardware.md §B2.1
 * step 4): sink chips are visited nearest first; each is joined to the nearest chip already on the tree by a
 * shortest path that moves along the longest mesh dimension first (the diagonal counts as the third dimension);
 * where that path needs a dead link or a missing chip, a breadth-first search over live links replaces it. A path
 * that crosses the tree is grafted from the last tree chip it crosses, so the result is always a tree.
 */
public final class Router {
    private final SpinnakerMachine machine;

    private Router(final SpinnakerMachine machine) {
        this.machine = machine;
    }

    /**
     * @param machine    the machine
     * @param nets       the nets
     * @param placements where the vertices run
     * @return one tree per net, in net order
     */
    public static List<RoutingTree> route(final SpinnakerMachine machine, final List<Net> nets,
                                          final Placements placements) {
        final Router r = new Router(machine);
        final List<RoutingTree> out = new ArrayList<>();
        for (Net n : nets) {
            out.add(r.tree(n, placements));
        }
        return out;
    }

    private RoutingTree tree(final Net net, final Placements placements) {
        final RoutingTree t = new RoutingTree(net, machine.slots());
        final TreeMap<Integer, List<Integer>> sinkCores = new TreeMap<>();
        for (Vertex v : net.sinks()) {
            sinkCores.computeIfAbsent(placements.chipOf(v), k -> new ArrayList<>()).add(placements.coreOf(v));
        }
        final List<Integer> targets = new ArrayList<>(sinkCores.keySet());
        targets.sort((a, b) -> {
            final int c = Integer.compare(machine.distance(net.sourceChip(), a), machine.distance(net.sourceChip(), b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int target : targets) {
            if (t.contains(target)) {
                continue;
            }
            int from = net.sourceChip();
            int best = machine.distance(from, target);
            for (int c : t.chips()) {
                final int d = machine.distance(c, target);
                if (d < best) {
                    best = d;
                    from = c;
                }
            }
            final List<Integer> path = new ArrayList<>();
            final List<Link> links = new ArrayList<>();
            if (!dimensionOrderPath(from, target, path, links)) {
                path.clear();
                links.clear();
                searchPath(from, target, path, links, net);
            }
            int start = 0;
            for (int i = 0; i < path.size(); i++) {
                if (t.contains(path.get(i))) {
                    start = i;
                }
            }
            for (int i = start; i < links.size(); i++) {
                t.addHop(path.get(i), links.get(i), path.get(i + 1));
            }
        }
        for (var e : sinkCores.entrySet()) {
            for (int core : e.getValue()) {
                t.addCore(e.getKey(), core);
            }
        }
        t.finish(machine);
        return t;
    }

    /** Longest-dimension-first shortest path on the mesh; false when it needs a dead link or missing chip. */
    private boolean dimensionOrderPath(final int from, final int to, final List<Integer> path, final List<Link> links) {
        final int[] o = machine.offset(from, to);
        int z = 0;
        if ((long) o[0] * o[1] > 0) {
            z = Integer.signum(o[0]) * Math.min(Math.abs(o[0]), Math.abs(o[1]));
        }
        final int[] counts = {o[0] - z, o[1] - z, z};
        final Link[][] dirs = {{Link.EAST, Link.WEST}, {Link.NORTH, Link.SOUTH}, {Link.NORTH_EAST, Link.SOUTH_WEST}};
        final Integer[] order = {0, 1, 2};
        Arrays.sort(order, (a, b) -> Integer.compare(Math.abs(counts[b]), Math.abs(counts[a])));
        path.add(from);
        int at = from;
        for (int dim : order) {
            final Link l = counts[dim] >= 0 ? dirs[dim][0] : dirs[dim][1];
            for (int k = 0; k < Math.abs(counts[dim]); k++) {
                final int next = machine.follow(at, l);
                if (next < 0) {
                    return false;
                }
                links.add(l);
                path.add(next);
                at = next;
            }
        }
        return at == to;
    }

    private void searchPath(final int from, final int to, final List<Integer> path, final List<Link> links,
                            final Net net) {
        final int[] prev = new int[machine.slots()];
        final int[] prevLink = new int[machine.slots()];
        Arrays.fill(prev, -2);
        prev[from] = -1;
        final ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty() && prev[to] == -2) {
            final int c = queue.poll();
            for (Link l : Link.values()) {
                final int n = machine.follow(c, l);
                if (n >= 0 && prev[n] == -2) {
                    prev[n] = c;
                    prevLink[n] = l.ordinal();
                    queue.add(n);
                }
            }
        }
        if (prev[to] == -2) {
            final SpinnakerMachine.Chip a = machine.chip(from);
            final SpinnakerMachine.Chip b = machine.chip(to);
            throw MappingError.of("net " + net.id() + " of " + net.signal(), "reachable path from chip (" + a.x()
                + ", " + a.y() + ") to chip (" + b.x() + ", " + b.y() + ")", "none", "live links of " + machine);
        }
        final List<Integer> rev = new ArrayList<>();
        final List<Link> revLinks = new ArrayList<>();
        for (int c = to; c != from; c = prev[c]) {
            rev.add(c);
            revLinks.add(Link.of(prevLink[c]));
        }
        path.add(from);
        for (int i = rev.size() - 1; i >= 0; i--) {
            path.add(rev.get(i));
            links.add(revLinks.get(i));
        }
    }
}
