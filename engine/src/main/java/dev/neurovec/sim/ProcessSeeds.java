package dev.neurovec.sim;

import dev.neurovec.build.Model;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.network.dists.RandomState;

import java.util.ArrayList;
import java.util.List;

/**
 * The stream seed of every process, per minibatch element: drawn from the simulator seed in the
 * model's build order (not in step order, which differs between executors), so every executor runs
 * identical noise. A process with its own seed uses it for every element.
 */
public final class ProcessSeeds {
    private final List<SimProcess> ops = new ArrayList<>();
    private final List<long[]> seeds = new ArrayList<>();

    /**
     * @param model the built model
     * @param batch minibatch size
     * @param seed  the simulator seed
     */
    public ProcessSeeds(final Model model, final int batch, final long seed) {
        final RandomState rng = new RandomState(seed);
        for (Operator op : model.operators()) {
            if (op instanceof SimProcess p) {
                final long[] s = new long[batch];
                for (int b = 0; b < batch; b++) {
                    s[b] = p.process().seed() != null ? p.process().seed() : rng.nextSeed();
                }
                ops.add(p);
                seeds.add(s);
            }
        }
    }

    /**
     * @param op a process operator of the model, or one the optimizer rewrote from it (same process,
     *           input and output signals)
     * @return its seed per minibatch element
     */
    public long[] of(final SimProcess op) {
        for (int i = 0; i < ops.size(); i++) {
            final SimProcess p = ops.get(i);
            if (p == op || (p.process() == op.process() && p.output() == op.output() && p.input() == op.input())) {
                return seeds.get(i);
            }
        }
        throw new IllegalArgumentException("process operator " + op.tag() + " is not part of the model");
    }
}
