package dev.neurovec.build;

import dev.neurovec.build.ops.Operator;
import dev.neurovec.errors.BuildError;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Orders a model's operators so that, on every piece of memory, sets come before increments, which
 * come before reads, which come before updates (nengo-semantics.md §3.1). Ties are broken by build
 * order, so the order is deterministic. A dependency cycle (connections without a synapse forming a
 * loop) is a {@link BuildError} naming the operators in it.
 */
public final class StepOrder {
    private StepOrder() {
    }

    /**
     * @param operators operators in build order
     * @return the same operators in an executable order
     */
    public static List<Operator> of(final List<Operator> operators) {
        final int n = operators.size();
        final List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
        }
        final int[] indeg = new int[n];
        final Map<Signal, List<int[]>> byBase = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            final Operator op = operators.get(i);
            addAccess(byBase, op.sets(), i, 0);
            addAccess(byBase, op.incs(), i, 1);
            addAccess(byBase, op.reads(), i, 2);
            addAccess(byBase, op.updates(), i, 3);
        }
        final boolean[][] seen = new boolean[n][];
        for (List<int[]> accesses : byBase.values()) {
            for (int[] a : accesses) {
                for (int[] b : accesses) {
                    if (a[0] != b[0] && a[1] < b[1] && overlaps(a, b)) {
                        if (seen[a[0]] == null) {
                            seen[a[0]] = new boolean[n];
                        }
                        if (!seen[a[0]][b[0]]) {
                            seen[a[0]][b[0]] = true;
                            succ.get(a[0]).add(b[0]);
                            indeg[b[0]]++;
                        }
                    }
                }
            }
        }
        final PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                ready.add(i);
            }
        }
        final List<Operator> order = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            final int i = ready.poll();
            order.add(operators.get(i));
            for (int k : succ.get(i)) {
                if (--indeg[k] == 0) {
                    ready.add(k);
                }
            }
        }
        if (order.size() != n) {
            final StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (indeg[i] > 0) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(operators.get(i).tag());
                }
            }
            throw new BuildError("Cycle detected among operators: " + sb
                + "; a loop of connections needs at least one synapse (synapse=None has no delay)");
        }
        return order;
    }

    /** Access records {op index, phase, offset, size}; phase 0 set, 1 inc, 2 read, 3 update. */
    private static void addAccess(final Map<Signal, List<int[]>> byBase, final List<Signal> signals, final int op,
                                  final int phase) {
        for (Signal s : signals) {
            byBase.computeIfAbsent(s.base(), k -> new ArrayList<>()).add(new int[] {op, phase, s.offset(), s.size()});
        }
    }

    private static boolean overlaps(final int[] a, final int[] b) {
        return a[2] < b[2] + b[3] && b[2] < a[2] + a[3];
    }
}
