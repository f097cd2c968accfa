package dev.neurovec.graph;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.DotSet;
import dev.neurovec.build.ops.ElementwiseInc;
import dev.neurovec.build.ops.ElementwiseSet;
import dev.neurovec.build.ops.Operator;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a multiplication by constant ones (element-wise) or by a constant identity matrix into a
 * copy, keeping increment or set. Trained or fed factors are protected and never folded.
 */
final class RemoveIdentityMuls implements Simplification {
    @Override
    public String name() {
        return "remove identity multiplies";
    }

    @Override
    public List<Operator> apply(final List<Operator> ops, final SignalFacts facts) {
        final List<Operator> out = new ArrayList<>(ops.size());
        boolean changed = false;
        for (Operator op : ops) {
            Operator r = op;
            if (op instanceof ElementwiseInc e && isOnes(e.a(), facts) && e.x().size() == e.y().size()) {
                r = new Copy(e.x(), e.y(), null, null, true, e.tag());
            } else if (op instanceof ElementwiseSet e && isOnes(e.a(), facts) && e.x().size() == e.y().size()) {
                r = new Copy(e.x(), e.y(), null, null, false, e.tag());
            } else if (op instanceof DotInc d && isIdentity(d.a(), facts)) {
                r = new Copy(d.x(), d.y(), null, null, true, d.tag());
            } else if (op instanceof DotSet d && isIdentity(d.a(), facts)) {
                r = new Copy(d.x(), d.y(), null, null, false, d.tag());
            }
            changed |= r != op;
            out.add(r);
        }
        return changed ? out : ops;
    }

    private static boolean isOnes(final Signal a, final SignalFacts facts) {
        return facts.isConstant(a) && SignalFacts.allEqual(a.initialValue(), 1.0);
    }

    private static boolean isIdentity(final Signal a, final SignalFacts facts) {
        if (!facts.isConstant(a) || a.rows() != a.cols()) {
            return false;
        }
        final double[] v = a.initialValue();
        final int n = a.rows();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                if (v[i * n + k] != (i == k ? 1.0 : 0.0)) {
                    return false;
                }
            }
        }
        return true;
    }
}
