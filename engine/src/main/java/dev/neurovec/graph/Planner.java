package dev.neurovec.graph;

import dev.neurovec.build.DependencyGraph;
import dev.neurovec.build.StepOrder;
import dev.neurovec.build.ops.Operator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges independent operators into groups, level by level: every round takes all operators whose
 * dependencies have run, buckets them by {@link MergeKey}, and schedules each bucket as one group.
 * Operators in one round never depend on each other, so any bucket is a valid merge; parallel chains
 * of equal depth (ensemble arrays, layers) land in the same rounds and merge completely.
 */
final class Planner {
    private Planner() {
    }

    static List<OpGroup> plan(final List<Operator> ops) {
        final List<Operator> order = StepOrder.of(ops);
        final Map<Operator, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < ops.size(); i++) {
            index.put(ops.get(i), i);
        }
        final DependencyGraph g = DependencyGraph.of(ops);
        final int n = ops.size();
        final int[] indeg = g.inDegrees();
        final List<OpGroup> groups = new ArrayList<>();
        List<Integer> ready = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                ready.add(i);
            }
        }
        int scheduled = 0;
        while (!ready.isEmpty()) {
            final Map<String, List<Integer>> buckets = new LinkedHashMap<>();
            ready.sort(Integer::compare);
            for (int i : ready) {
                buckets.computeIfAbsent(MergeKey.of(ops.get(i), i), k -> new ArrayList<>()).add(i);
            }
            final List<Integer> next = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> e : buckets.entrySet()) {
                final List<Operator> members = new ArrayList<>();
                for (int i : e.getValue()) {
                    members.add(ops.get(i));
                }
                groups.add(new OpGroup(e.getKey(), members));
                scheduled += members.size();
                for (int i : e.getValue()) {
                    for (int k : g.successors(i)) {
                        if (--indeg[k] == 0) {
                            next.add(k);
                        }
                    }
                }
            }
            ready = next;
        }
        if (scheduled != n || order.size() != n) {
            throw new IllegalStateException("planner scheduled " + scheduled + " of " + n + " operators");
        }
        return groups;
    }
}
