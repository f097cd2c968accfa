package dev.neurovec.build;

import dev.neurovec.build.ops.Operator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator dependencies of one time step (nengo-semantics.md §3.1): on overlapping memory, sets come
 * before increments, increments before reads, reads before updates. Edges point from the operator
 * that must run first; operators are identified by their index in the list given.
 */
public final class DependencyGraph {
    private final List<List<Integer>> successors;

    private DependencyGraph(final List<List<Integer>> successors) {
        this.successors = successors;
    }

    /**
     * @param operators operators (any order)
     * @return their dependency graph
     */
    public static DependencyGraph of(final List<Operator> operators) {
        final int n = operators.size();
        final List<List<Integer>> succ = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
        }
        final Map<Signal, List<int[]>> byBase = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            final Operator op = operators.get(i);
            addAccess(byBase, op.sets(), i, 0);
            addAccess(byBase, op.incs(), i, 1);
            addAccess(byBase, op.reads(), i, 2);
            addAccess(byBase, op.updates(), i, 3);
        }
        final Map<Integer, boolean[]> seen = new java.util.HashMap<>();
        for (List<int[]> accesses : byBase.values()) {
            for (int[] a : accesses) {
                for (int[] b : accesses) {
                    // An operator that writes memory it also reads (a passthrough or Direct ensemble connected to
                    // itself without a synapse) depends on itself: a cycle, as in Nengo's dependency graph.
                    final boolean self = a[0] == b[0];
                    if ((!self || (a[1] <= 1 && b[1] == 2)) && a[1] < b[1] && a[2] < b[2] + b[3]
                        && b[2] < a[2] + a[3]) {
                        final boolean[] s = seen.computeIfAbsent(a[0], k -> new boolean[n]);
                        if (!s[b[0]]) {
                            s[b[0]] = true;
                            succ.get(a[0]).add(b[0]);
                        }
                    }
                }
            }
        }
        return new DependencyGraph(succ);
    }

    /** Access records {op index, phase, offset, size}; phase 0 set, 1 inc, 2 read, 3 update. */
    private static void addAccess(final Map<Signal, List<int[]>> byBase, final List<Signal> signals, final int op,
                                  final int phase) {
        for (Signal s : signals) {
            byBase.computeIfAbsent(s.base(), k -> new ArrayList<>()).add(new int[] {op, phase, s.offset(), s.size()});
        }
    }

    /**
     * @param op an operator index
     * @return indices of the operators that must run after it
     */
    public List<Integer> successors(final int op) {
        return successors.get(op);
    }

    /** @return the number of predecessors of each operator (a new array) */
    public int[] inDegrees() {
        final int[] d = new int[successors.size()];
        for (List<Integer> s : successors) {
            for (int k : s) {
                d[k]++;
            }
        }
        return d;
    }

    /** @return the number of operators */
    public int size() {
        return successors.size();
    }
}
