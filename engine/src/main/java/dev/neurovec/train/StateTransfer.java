package dev.neurovec.train;

import dev.neurovec.build.Signal;
import dev.neurovec.sim.Executor;

import java.util.Collection;

/**
 * Copies simulation state or parameters between two executors of the same model (they share the
 * model's signal objects), signal by signal and element by element of the minibatch.
 */
final class StateTransfer {
    private StateTransfer() {
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
