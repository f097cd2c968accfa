package dev.neurovec.graph;

import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.Reset;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a {@link Reset} of memory no other operator writes, when the reset value is already its
 * initial value: the reset would rewrite the same value every step (e.g. the input of an ensemble
 * nothing connects to).
 */
final class RemoveUnmodifiedResets implements Simplification {
    @Override
    public String name() {
        return "remove unmodified resets";
    }

    @Override
    public List<Operator> apply(final List<Operator> ops, final SignalFacts facts) {
        final List<Operator> out = new ArrayList<>(ops.size());
        boolean changed = false;
        for (Operator op : ops) {
            if (op instanceof Reset r && !facts.isProtected(r.dst()) && facts.writers(r.dst()).size() == 1
                && !r.dst().isView() && SignalFacts.allEqual(r.dst().initialValue(), r.value())) {
                changed = true;
                continue;
            }
            out.add(op);
        }
        return changed ? out : ops;
    }
}
