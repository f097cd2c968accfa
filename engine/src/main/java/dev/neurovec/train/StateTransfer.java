package dev.neurovec.train;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.sim.Executor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Copies simulation state or parameters between two executors of the same model (they share the
 * model's signal objects), signal by signal and element by element of the minibatch.
 */
final class StateTransfer {
    private StateTransfer() {
    }

    /** @return every base signal operators write or read that is not a parameter */
    static List<Signal> stateSignals(final Model model) {
        final Set<Signal> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<Signal> out = new ArrayList<>();
        for (Operator op : model.operators()) {
            for (List<Signal> l : List.of(op.sets(), op.incs(), op.updates(), op.reads())) {
                for (Signal s : l) {
                    final Signal b = s.base();
                    if (!b.readonly() && b != model.time() && b != model.step() && seen.add(b)) {
                        out.add(b);
                    }
                }
            }
        }
        return out;
    }

    static void copy(final Executor from, final Executor to, final Collection<Signal> signals) {
        for (Signal s : signals) {
            if (!from.holds(s) || !to.holds(s)) {
                continue;
            }
            final double[] v = new double[s.size()];
            final int batch = Math.min(from.minibatchSize(), to.minibatchSize());
            for (int b = 0; b < batch; b++) {
                from.read(s, b, v, 0);
                to.write(s, b, v, 0);
            }
        }
    }
}
