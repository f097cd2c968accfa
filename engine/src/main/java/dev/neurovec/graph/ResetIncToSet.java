package dev.neurovec.graph;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.DotSet;
import dev.neurovec.build.ops.ElementwiseInc;
import dev.neurovec.build.ops.ElementwiseSet;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.Reset;
import dev.neurovec.build.ops.SimProcess;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Reset(y, 0)} followed by increments of exactly {@code y}: the first (in build order) of those
 * increments becomes a set and the reset goes, saving a pass over {@code y} (NengoDL's
 * {@code remove_reset_incs}). Increments through index maps are not candidates: they write only part
 * of {@code y}.
 */
final class ResetIncToSet implements Simplification {
    @Override
    public String name() {
        return "reset + first increment to set";
    }

    @Override
    public List<Operator> apply(final List<Operator> ops, final SignalFacts facts) {
        final Map<Operator, Operator> replace = new IdentityHashMap<>();
        for (Operator op : ops) {
            if (!(op instanceof Reset r) || r.value() != 0.0 || facts.isProtected(r.dst())) {
                continue;
            }
            for (Operator w : facts.writers(r.dst())) {
                if (w == r || replace.containsKey(w)) {
                    continue;
                }
                final Operator set = asSet(w, r.dst());
                if (set != null) {
                    replace.put(w, set);
                    replace.put(r, r); // mapped to itself: dropped below
                    break;
                }
            }
        }
        if (replace.isEmpty()) {
            return ops;
        }
        final List<Operator> out = new ArrayList<>(ops.size());
        for (Operator op : ops) {
            final Operator r = replace.get(op);
            if (r == null) {
                out.add(op);
            } else if (r != op) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean same(final Signal a, final Signal b) {
        return a.base() == b.base() && a.offset() == b.offset() && a.size() == b.size();
    }

    private static Operator asSet(final Operator w, final Signal y) {
        if (w instanceof DotInc d && same(d.y(), y)) {
            return new DotSet(d.a(), d.x(), d.y(), d.tag());
        }
        if (w instanceof ElementwiseInc e && same(e.y(), y)) {
            return new ElementwiseSet(e.a(), e.x(), e.y(), e.tag());
        }
        if (w instanceof Copy c && c.inc() && c.dstIndices() == null && same(c.dst(), y) && !c.src().overlaps(y)) {
            return new Copy(c.src(), c.dst(), c.srcIndices(), null, false, c.tag());
        }
        if (w instanceof SimProcess p && p.mode() == SimProcess.Mode.INC && same(p.output(), y)) {
            return new SimProcess(p.process(), p.input(), p.output(), p.time(), SimProcess.Mode.SET, p.state(), p.tag());
        }
        return null;
    }
}
