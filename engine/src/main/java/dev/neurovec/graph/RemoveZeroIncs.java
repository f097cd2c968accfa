package dev.neurovec.graph;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.DotSet;
import dev.neurovec.build.ops.ElementwiseInc;
import dev.neurovec.build.ops.ElementwiseSet;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.Reset;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes increments whose input is always zero (a transform of an input nothing drives), and turns
 * the set variants into a {@link Reset} to zero.
 */
final class RemoveZeroIncs implements Simplification {
    @Override
    public String name() {
        return "remove zero increments";
    }

    @Override
    public List<Operator> apply(final List<Operator> ops, final SignalFacts facts) {
        final List<Operator> out = new ArrayList<>(ops.size());
        boolean changed = false;
        for (Operator op : ops) {
            final Operator r = rewrite(op, facts);
            if (r != op) {
                changed = true;
                if (r != null) {
                    out.add(r);
                }
            } else {
                out.add(op);
            }
        }
        return changed ? out : ops;
    }

    private static Operator rewrite(final Operator op, final SignalFacts facts) {
        if (op instanceof DotInc d && (facts.isZero(d.x()) || facts.isZero(d.a()))) {
            return null;
        }
        if (op instanceof ElementwiseInc e && (facts.isZero(e.x()) || facts.isZero(e.a()))) {
            return null;
        }
        if (op instanceof Copy c && c.inc() && facts.isZero(c.src())) {
            return null;
        }
        if (op instanceof DotSet d && (facts.isZero(d.x()) || facts.isZero(d.a()))) {
            return zeroReset(d.y(), d.tag());
        }
        if (op instanceof ElementwiseSet e && (facts.isZero(e.x()) || facts.isZero(e.a()))) {
            return zeroReset(e.y(), e.tag());
        }
        if (op instanceof Copy c && !c.inc() && c.dstIndices() == null && facts.isZero(c.src())) {
            return zeroReset(c.dst(), c.tag());
        }
        return op;
    }

    private static Operator zeroReset(final Signal y, final String tag) {
        return new Reset(y, 0.0, tag);
    }
}
