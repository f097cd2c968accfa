package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Routing invariants proved on the artifact's tables (hardware.md §E4.3, §E4.4): for every key every core sends
 * (read from its SDRAM image), an exhaustive walk of the loaded tables from the core's chip reaches exactly the
 * cores the model intends, with no drop, loop or duplicate; the same for the uncompressed tables; at every chip a
 * key visits, the loaded table does what the uncompressed one does (PACMAN checker semantics, default routes
 * included); every table fits its chip; and every intended key lands inside the receiving core's input slice
 * through its filter routing.
 */
final class RouteChecks {
    private static final int HOP_LIMIT = 256;

    private RouteChecks() {
    }

    static List<Check> check(final Mapping m, final ArtifactReader a, final Map<Integer, ImageDecoder.Decoded> images) {
        final List<Check> out = new ArrayList<>();
        final SpinnakerMachine mc = a.machine();
        final List<RoutingTable> loaded = a.routingTables(mc, true);
        final List<RoutingTable> unc = a.routingTables(mc, false);
        final Map<Long, TreeSet<Long>> intended = new HashMap<>();
        final Map<Integer, TreeSet<Integer>> keysFor = new HashMap<>();
        for (Net n : m.nets()) {
            final TreeSet<Long> sinks = new TreeSet<>();
            for (Vertex w : n.sinks()) {
                sinks.add(RouteWalker.Walk.core(m.placements().chipOf(w), m.placements().coreOf(w)));
            }
            for (int row : n.rows()) {
                final int key = m.keys().key(n.signal(), n.cluster(), row);
                for (Vertex v : n.sources()) {
                    if (!sends(v, n.signal(), row)) {
                        continue;
                    }
                    intended.computeIfAbsent(((long) v.id() << 32) | (key & 0xffffffffL), k -> new TreeSet<>())
                        .addAll(sinks);
                }
                for (Vertex w : n.sinks()) {
                    keysFor.computeIfAbsent(w.id(), k -> new TreeSet<>()).add(key);
                }
            }
        }
        final Map<Long, int[]> sent = new HashMap<>();
        for (ArtifactReader.Block b : a.blocks()) {
            final int[] keys = keysOf(images.get(b.vertex()));
            for (int k : keys) {
                sent.put(((long) b.vertex() << 32) | (k & 0xffffffffL), new int[] {mc.index(b.x(), b.y()), k});
            }
        }
        long missingKeys = 0;
        String missingDetail = sent.size() + " (vertex, key) pairs sent";
        for (Long vk : intended.keySet()) {
            if (!sent.containsKey(vk)) {
                missingKeys++;
                missingDetail = "vertex " + (vk >>> 32) + " does not send key 0x" + Long.toHexString(vk & 0xffffffffL);
            }
        }
        for (Long vk : sent.keySet()) {
            if (!intended.containsKey(vk)) {
                missingKeys++;
                missingDetail = "vertex " + (vk >>> 32) + " sends unexpected key 0x" + Long.toHexString(vk & 0xffffffffL);
            }
        }
        out.add(Check.none("cores send exactly the keys of their nets", missingKeys, missingDetail));
        out.add(walkAll("every key reaches exactly its sinks through the loaded tables (no missing, extra, loop)",
            new RouteWalker(mc, loaded, HOP_LIMIT), sent, intended));
        out.add(walkAll("every key reaches exactly its sinks through the uncompressed tables",
            new RouteWalker(mc, unc, HOP_LIMIT), sent, intended));
        out.add(equivalence(mc, loaded, unc, sent));
        int worst = 0;
        String worstDetail = "no tables";
        long over = 0;
        for (RoutingTable t : loaded) {
            final int free = mc.chip(t.chip()).routerEntriesFree();
            if (t.size() > free) {
                over++;
            }
            if (t.size() >= worst) {
                worst = t.size();
                worstDetail = ResourceChecks.chipName(mc, t.chip()) + " (" + free + " free)";
            }
        }
        out.add(new Check("routing entries per chip within the free entries", over == 0, Integer.toString(worst),
            Integer.toString(mc.chips().stream().mapToInt(SpinnakerMachine.Chip::routerEntriesFree).min().orElse(0)),
            worstDetail));
        long slice = 0;
        String sliceDetail = "every key a core receives matches a filter route and lands in its input slice";
        for (var e : keysFor.entrySet()) {
            final ImageDecoder.Decoded d = images.get(e.getKey());
            final ImageDecoder.InputBlock in = inputOf(d);
            final int offset = offsetOf(d);
            final int width = in.width().length == 0 ? widthOf(d) : in.width()[0];
            for (int key : e.getValue()) {
                boolean ok = false;
                for (int i = 0; i < in.key().length; i++) {
                    if ((key & in.mask()[i]) == in.key()[i]) {
                        final int dim = (key & in.dimMask()[i]) - offset;
                        ok |= dim >= 0 && dim < width;
                    }
                }
                if (!ok) {
                    slice++;
                    sliceDetail = "vertex " + e.getKey() + ": key 0x" + Integer.toHexString(key)
                        + " matches no filter route inside its slice";
                }
            }
        }
        out.add(Check.none("filter routing: every delivered key lands in the core's input slice", slice, sliceDetail));
        return out;
    }

    /** Whether a vertex's output slice includes the given row of the signal. */
    static boolean sends(final Vertex v, final DeviceSignal s, final int row) {
        for (int j = v.outputs().lo(); j < v.outputs().hi(); j++) {
            if (v.operator().rowSignal(j) == s && v.operator().rowIndex(j) == row) {
                return true;
            }
        }
        return false;
    }

    private static Check walkAll(final String name, final RouteWalker w, final Map<Long, int[]> sent,
                                 final Map<Long, TreeSet<Long>> intended) {
        long faults = 0;
        String detail = sent.size() + " keys walked";
        for (var e : sent.entrySet()) {
            final RouteWalker.Walk walk = w.walk(e.getValue()[0], e.getValue()[1]);
            final TreeSet<Long> want = intended.getOrDefault(e.getKey(), new TreeSet<>());
            final boolean bad = !walk.cores().equals(want) || walk.loops() > 0 || walk.drops() > 0
                || walk.duplicates() > 0;
            if (bad) {
                faults++;
                detail = "vertex " + (e.getKey() >>> 32) + " key 0x" + Integer.toHexString(e.getValue()[1])
                    + ": reached " + cores(walk.cores()) + ", intended " + cores(want) + ", loops " + walk.loops()
                    + ", drops " + walk.drops() + ", duplicates " + walk.duplicates();
            }
        }
        return Check.none(name, faults, detail);
    }

    private static Check equivalence(final SpinnakerMachine mc, final List<RoutingTable> loaded,
                                     final List<RoutingTable> unc, final Map<Long, int[]> sent) {
        final RoutingTable[] l = new RoutingTable[mc.slots()];
        final RoutingTable[] u = new RoutingTable[mc.slots()];
        loaded.forEach(t -> l[t.chip()] = t);
        unc.forEach(t -> u[t.chip()] = t);
        final RouteWalker w = new RouteWalker(mc, unc, HOP_LIMIT);
        long faults = 0;
        long visits = 0;
        String detail = "";
        for (int[] vk : sent.values()) {
            for (int[] visit : w.walk(vk[0], vk[1]).visits()) {
                visits++;
                final int chip = visit[0];
                final int in = visit[1];
                final int straight = in < 0 ? -1 : RouteWord.link(Link.of(in).opposite());
                final int want = visit[2] >= 0 ? u[chip].entries().get(visit[2]).route() : straight;
                final int j = l[chip] == null ? -1 : l[chip].lookup(vk[1]);
                final int got = j >= 0 ? l[chip].entries().get(j).route() : straight;
                if (want != got || (j < 0 && in < 0)) {
                    faults++;
                    detail = ResourceChecks.chipName(mc, chip) + " key 0x" + Integer.toHexString(vk[1]) + ": loaded "
                        + (j < 0 ? "default/drop" : RouteWord.describe(got)) + ", uncompressed " + RouteWord.describe(want);
                }
            }
        }
        return Check.none("loaded tables equal uncompressed tables for every key in use at every chip it visits",
            faults, faults == 0 ? visits + " (chip, key) visits compared" : detail);
    }

    private static String cores(final TreeSet<Long> cores) {
        final StringBuilder s = new StringBuilder("{");
        for (long c : cores) {
            s.append(s.length() > 1 ? ", " : "").append("chip ").append(c >>> 8).append(" core ").append(c & 0xff);
        }
        return s.append('}').toString();
    }

    static int[] keysOf(final ImageDecoder.Decoded d) {
        if (d instanceof ImageDecoder.EnsembleBlock e) {
            return e.keys();
        }
        if (d instanceof ImageDecoder.FilterBlock f) {
            return f.keys();
        }
        if (d instanceof ImageDecoder.SourceBlock s) {
            return s.keys();
        }
        return new int[0];
    }

    static ImageDecoder.InputBlock inputOf(final ImageDecoder.Decoded d) {
        if (d instanceof ImageDecoder.EnsembleBlock e) {
            return e.input();
        }
        if (d instanceof ImageDecoder.FilterBlock f) {
            return f.input();
        }
        return ((ImageDecoder.SinkBlock) d).input();
    }

    static int offsetOf(final ImageDecoder.Decoded d) {
        if (d instanceof ImageDecoder.EnsembleBlock e) {
            return e.inputOffset();
        }
        if (d instanceof ImageDecoder.FilterBlock f) {
            return f.inputOffset();
        }
        return ((ImageDecoder.SinkBlock) d).inputOffset();
    }

    static int widthOf(final ImageDecoder.Decoded d) {
        if (d instanceof ImageDecoder.EnsembleBlock e) {
            return e.inputDims();
        }
        if (d instanceof ImageDecoder.FilterBlock f) {
            return f.inputSize();
        }
        return ((ImageDecoder.SinkBlock) d).inputSize();
    }
}
