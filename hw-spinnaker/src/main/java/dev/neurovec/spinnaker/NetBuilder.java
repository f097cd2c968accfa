package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Splits placed signals into {@link Net}s: per signal, per source chip, per set of sink cores.
 */
public final class NetBuilder {
    private NetBuilder() {
    }

    /**
     * @param model      the device model
     * @param part       the vertices
     * @param placements where they run
     * @return the nets, ordered by signal, source chip, first row
     */
    public static List<Net> build(final DeviceModel model, final Partitioning part, final Placements placements) {
        final List<Net> nets = new ArrayList<>();
        for (DeviceSignal s : model.signals()) {
            final List<Vertex> srcVertices = part.of(s.source());
            final List<Integer> chips = new ArrayList<>(new TreeSet<>(srcVertices.stream()
                .map(placements::chipOf).toList()));
            final TreeMap<Integer, List<Vertex>> byChip = new TreeMap<>();
            for (Vertex v : srcVertices) {
                byChip.computeIfAbsent(placements.chipOf(v), k -> new ArrayList<>()).add(v);
            }
            for (Map.Entry<Integer, List<Vertex>> e : byChip.entrySet()) {
                final Map<String, List<Integer>> rowsBySinks = new LinkedHashMap<>();
                final Map<String, List<Vertex>> sinksByKey = new LinkedHashMap<>();
                final Map<String, List<Integer>> filtersByKey = new LinkedHashMap<>();
                final Map<String, List<Vertex>> sendersByKey = new LinkedHashMap<>();
                final TreeMap<Integer, List<Vertex>> senders = new TreeMap<>();
                for (Vertex v : e.getValue()) {
                    for (int j = v.outputs().lo(); j < v.outputs().hi(); j++) {
                        if (s.source().rowSignal(j) == s) {
                            senders.computeIfAbsent(s.source().rowIndex(j), k -> new ArrayList<>()).add(v);
                        }
                    }
                }
                for (Map.Entry<Integer, List<Vertex>> rowEntry : senders.entrySet()) {
                    final int row = rowEntry.getKey();
                    final List<Vertex> sinks = new ArrayList<>();
                    final List<Integer> filters = new ArrayList<>();
                    for (DeviceSignal.Sink k : s.sinks()) {
                        for (Vertex w : part.of(k.operator())) {
                            if (w.inputs().contains(row)) {
                                sinks.add(w);
                                filters.add(k.filter());
                            }
                        }
                    }
                    final StringBuilder key = new StringBuilder();
                    for (Vertex w : sinks) {
                        key.append(w.id()).append(',');
                    }
                    rowsBySinks.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(row);
                    sinksByKey.putIfAbsent(key.toString(), sinks);
                    filtersByKey.putIfAbsent(key.toString(), filters);
                    final List<Vertex> snd = sendersByKey.computeIfAbsent(key.toString(), k -> new ArrayList<>());
                    for (Vertex v : rowEntry.getValue()) {
                        if (!snd.contains(v)) {
                            snd.add(v);
                        }
                    }
                }
                for (Map.Entry<String, List<Integer>> g : rowsBySinks.entrySet()) {
                    final List<Vertex> sinks = sinksByKey.get(g.getKey());
                    if (sinks.isEmpty()) {
                        throw new MappingError(s + ": rows " + g.getValue() + " reach no sink core; every transmitted"
                            + " row must land in some sink's input slice");
                    }
                    final int[] rows = g.getValue().stream().mapToInt(Integer::intValue).toArray();
                    final int[] filters = filtersByKey.get(g.getKey()).stream().mapToInt(Integer::intValue).toArray();
                    final List<Vertex> snd = sendersByKey.get(g.getKey());
                    snd.sort((a, b) -> Integer.compare(a.id(), b.id()));
                    nets.add(new Net(nets.size(), s, chips.indexOf(e.getKey()), e.getKey(), List.copyOf(snd), rows,
                        List.copyOf(sinks), filters, Net.blocks(rows)));
                }
            }
        }
        return nets;
    }
}
