package dev.neurovec.build;

import dev.neurovec.build.ops.Operator;
import dev.neurovec.errors.BuildError;

import java.util.ArrayList;
import java.util.List;
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
        final DependencyGraph graph = DependencyGraph.of(operators);
        final int[] indeg = graph.inDegrees();
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
            for (int k : graph.successors(i)) {
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
}
