package dev.neurovec.graph;

import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.Reset;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a plain copy (set, no index maps) from a constant that holds one value everywhere by a
 * {@link Reset} to that value, which reads no memory.
 */
final class RemoveConstantCopies implements Simplification {
    @Override
    public String name() {
        return "remove constant copies";
    }

    @Override
    public List<Operator> apply(final List<Operator> ops, final SignalFacts facts) {
        final List<Operator> out = new ArrayList<>(ops.size());
        boolean changed = false;
        for (Operator op : ops) {
            if (op instanceof Copy c && !c.inc() && c.srcIndices() == null && c.dstIndices() == null
                && facts.isConstant(c.src()) && c.src().size() > 0) {
                final double[] v = c.src().initialValue();
                if (SignalFacts.allEqual(v, v[0])) {
                    out.add(new Reset(c.dst(), v[0], c.tag()));
                    changed = true;
                    continue;
                }
            }
            out.add(op);
        }
        return changed ? out : ops;
    }
}
