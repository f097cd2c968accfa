package dev.neurovec.build;

import dev.neurovec.build.ops.Operator;
import dev.neurovec.errors.BuildError;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fail-fast checks of the operator contract on a built model: no readonly signal is written, and no
 * memory is set twice or updated twice in a step (overlapping views included), as Nengo checks when
 * it builds its dependency graph (§3.1).
 */
final class ModelChecks {
    private ModelChecks() {
    }

    static void check(final Model model) {
        final Map<Signal, List<Write>> sets = new IdentityHashMap<>();
        final Map<Signal, List<Write>> updates = new IdentityHashMap<>();
        for (Operator op : model.operators()) {
            for (Signal s : op.sets()) {
                checkWritable(op, s);
                sets.computeIfAbsent(s.base(), k -> new ArrayList<>()).add(new Write(op, s));
            }
            for (Signal s : op.incs()) {
                checkWritable(op, s);
            }
            for (Signal s : op.updates()) {
                checkWritable(op, s);
                updates.computeIfAbsent(s.base(), k -> new ArrayList<>()).add(new Write(op, s));
            }
        }
        checkUnique(sets, "set");
        checkUnique(updates, "updated");
    }

    private record Write(Operator op, Signal signal) {
    }

    private static void checkWritable(final Operator op, final Signal s) {
        if (s.readonly()) {
            throw new BuildError(op.tag() + ": writes signal " + s + ", which is a readonly parameter");
        }
    }

    private static void checkUnique(final Map<Signal, List<Write>> writes, final String verb) {
        for (List<Write> list : writes.values()) {
            for (int i = 0; i < list.size(); i++) {
                for (int k = i + 1; k < list.size(); k++) {
                    final Write a = list.get(i);
                    final Write b = list.get(k);
                    if (a.signal().overlaps(b.signal())) {
                        throw new BuildError("signal " + a.signal() + " is " + verb + " twice in one step: by "
                            + a.op().tag() + " and by " + b.op().tag() + "; expected at most once");
                    }
                }
            }
        }
    }
}
