package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.SimNode;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.errors.SimulationError;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.processes.ProcessStep;
import dev.neurovec.sim.ProcessSeeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Operators that call user or library code: node functions and processes without a dedicated kernel
 * (noise, white signals, general linear filters). Values pass through preallocated double scratch,
 * one call per operator and minibatch element; state lives in the float memory like every signal.
 */
final class CallbackGroup extends BoundGroup {
    private final Memory mem;
    private final Callback[] callbacks;
    private final List<Signal> written = new ArrayList<>();
    private final int[] clearOffsets;
    private final int[] clearLengths;

    private abstract static class Callback {
        abstract void run(int b);

        void reseed(final ProcessSeeds seeds) {
        }
    }

    CallbackGroup(final String name, final Memory mem, final List<Operator> ops) {
        super(name);
        this.mem = mem;
        final List<Callback> list = new ArrayList<>();
        for (Operator op : ops) {
            if (op instanceof SimNode n) {
                list.add(new NodeCall(n));
                if (n.output() != null) {
                    written.add(n.output());
                }
            } else {
                final SimProcess p = (SimProcess) op;
                list.add(new ProcessCall(p));
                written.add(p.output());
                written.addAll(p.state());
            }
        }
        this.callbacks = list.toArray(new Callback[0]);
        final List<Signal> overwritten = new ArrayList<>();
        for (Operator op : ops) {
            if (op instanceof SimNode n && n.output() != null) {
                overwritten.add(n.output());
            } else if (op instanceof SimProcess p) {
                if (p.mode() != SimProcess.Mode.INC) {
                    overwritten.add(p.output());
                }
                overwritten.addAll(p.state());
            }
        }
        clearOffsets = new int[overwritten.size()];
        clearLengths = new int[overwritten.size()];
        for (int i = 0; i < overwritten.size(); i++) {
            clearOffsets[i] = mem.offset(overwritten.get(i));
            clearLengths[i] = mem.span(overwritten.get(i));
        }
    }

    void reseed(final ProcessSeeds seeds) {
        for (Callback c : callbacks) {
            c.reseed(seeds);
        }
    }

    @Override
    void run() {
        for (int b = 0; b < mem.batch; b++) {
            for (Callback c : callbacks) {
                c.run(b);
            }
        }
    }

    /** Node functions and library processes are not differentiable: the gradient stops at their outputs. */
    @Override
    void backward(final int t) {
        for (int i = 0; i < clearOffsets.length; i++) {
            java.util.Arrays.fill(mem.gState, clearOffsets[i], clearOffsets[i] + clearLengths[i], 0f);
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }

    private void load(final Signal s, final int b, final double[] dst) {
        final float[] a = mem.array(s);
        final int off = mem.offset(s);
        final boolean batched = mem.batched(s);
        final int stride = batched ? mem.batch : 1;
        final int bb = batched ? b : 0;
        for (int i = 0; i < s.size(); i++) {
            dst[i] = a[off + i * stride + bb];
        }
    }

    private void store(final double[] src, final Signal s, final int b, final boolean inc) {
        final float[] a = mem.array(s);
        final int off = mem.offset(s);
        for (int i = 0; i < s.size(); i++) {
            final int k = off + i * mem.batch + b;
            a[k] = inc ? (float) (a[k] + src[i]) : (float) src[i];
        }
    }

    private final class NodeCall extends Callback {
        private final SimNode op;
        private final double[] x;
        private final double[] y;

        NodeCall(final SimNode op) {
            this.op = op;
            this.x = new double[op.input() == null ? 0 : op.input().size()];
            this.y = new double[op.output() == null ? 0 : op.output().size()];
        }

        @Override
        void run(final int b) {
            final double t = mem.t();
            if (op.input() != null) {
                load(op.input(), b, x);
            }
            op.function().apply(t, x, y);
            for (int i = 0; i < y.length; i++) {
                if (!Double.isFinite(y[i])) {
                    throw new SimulationError(op.tag() + ": function returned " + y[i] + " at output[" + i + "] at t = "
                        + t + "; expected finite values");
                }
            }
            if (op.output() != null) {
                store(y, op.output(), b, false);
            }
        }
    }

    private final class ProcessCall extends Callback {
        private final SimProcess op;
        private final double[] x;
        private final double[] y;
        private final double[][][] state;
        private final ProcessStep[] steps;

        ProcessCall(final SimProcess op) {
            this.op = op;
            this.x = new double[op.input() == null ? 0 : op.input().size()];
            this.y = new double[op.output().size()];
            this.state = new double[mem.batch][op.state().size()][];
            for (double[][] perBatch : state) {
                for (int s = 0; s < perBatch.length; s++) {
                    perBatch[s] = new double[op.state().get(s).size()];
                }
            }
            this.steps = new ProcessStep[mem.batch];
        }

        @Override
        void reseed(final ProcessSeeds seeds) {
            final long[] s = seeds.of(op);
            final int sizeIn = op.input() == null ? 0 : op.input().size();
            for (int b = 0; b < mem.batch; b++) {
                steps[b] = op.process().makeStep(sizeIn, op.output().size(), mem.dt, new RandomState(s[b]), state[b]);
            }
        }

        @Override
        void run(final int b) {
            if (op.input() != null) {
                load(op.input(), b, x);
            }
            for (int s = 0; s < state[b].length; s++) {
                load(op.state().get(s), b, state[b][s]);
            }
            final boolean inc = op.mode() == SimProcess.Mode.INC;
            if (inc) {
                Arrays.fill(y, 0.0);
            } else {
                load(op.output(), b, y);
            }
            steps[b].step(mem.t(), op.input() == null ? null : x, y);
            store(y, op.output(), b, inc);
            for (int s = 0; s < state[b].length; s++) {
                store(state[b][s], op.state().get(s), b, false);
            }
        }
    }
}
