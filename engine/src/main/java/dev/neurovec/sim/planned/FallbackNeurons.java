package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.SimNeurons;

import java.util.List;

/**
 * Runs a neuron type's double-precision step (the reference maths) on float state, for types with no
 * float kernel. Scratch is preallocated, so a step allocates nothing; values round to float on store,
 * as the reference executor's float32 mode does.
 */
final class FallbackNeurons {
    private final Memory mem;
    private final SimNeurons[] ops;
    private final double[][] j;
    private final double[][] out;
    private final double[][][] state;

    FallbackNeurons(final Memory mem, final List<SimNeurons> members) {
        this.mem = mem;
        this.ops = members.toArray(new SimNeurons[0]);
        this.j = new double[ops.length][];
        this.out = new double[ops.length][];
        this.state = new double[ops.length][][];
        for (int i = 0; i < ops.length; i++) {
            final int n = ops[i].j().size();
            j[i] = new double[n];
            out[i] = new double[n];
            state[i] = new double[ops[i].state().size()][n];
        }
    }

    void run() {
        for (int b = 0; b < mem.batch; b++) {
            for (int i = 0; i < ops.length; i++) {
                final SimNeurons op = ops[i];
                load(op.j(), b, j[i]);
                for (int s = 0; s < state[i].length; s++) {
                    load(op.state().get(s), b, state[i][s]);
                }
                op.type().step(mem.dt, j[i], out[i], state[i]);
                store(out[i], op.output(), b);
                for (int s = 0; s < state[i].length; s++) {
                    store(state[i][s], op.state().get(s), b);
                }
            }
        }
    }

    private void load(final Signal s, final int b, final double[] dst) {
        final float[] a = mem.array(s);
        final int off = mem.offset(s);
        final int stride = mem.batched(s) ? mem.batch : 1;
        final int bb = mem.batched(s) ? b : 0;
        for (int i = 0; i < dst.length; i++) {
            dst[i] = a[off + i * stride + bb];
        }
    }

    private void store(final double[] src, final Signal s, final int b) {
        final float[] a = mem.array(s);
        final int off = mem.offset(s);
        final int stride = mem.batch;
        for (int i = 0; i < src.length; i++) {
            a[off + i * stride + b] = (float) src[i];
        }
    }
}
