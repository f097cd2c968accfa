package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.SimPes;

import java.util.ArrayList;
import java.util.List;

/** PES weight changes: {@code delta = -(rate dt / nPre) outer(error, activities)} per minibatch element. */
final class PesGroup extends BoundGroup {
    private final Memory mem;
    private final SimPes[] ops;
    private final List<Signal> written = new ArrayList<>();

    PesGroup(final String name, final Memory mem, final List<Operator> ops) {
        super(name);
        this.mem = mem;
        this.ops = ops.toArray(new SimPes[0]);
        for (SimPes p : this.ops) {
            written.add(p.delta());
        }
    }

    @Override
    void run() {
        final int batch = mem.batch;
        for (SimPes p : ops) {
            final float[] a = mem.array(p.preFiltered());
            final float[] e = mem.array(p.error());
            final float[] d = mem.state;
            final int aOff = mem.offset(p.preFiltered());
            final int eOff = mem.offset(p.error());
            final int dOff = mem.offset(p.delta());
            final int nPre = p.preFiltered().size();
            final int rows = p.error().size();
            final float alpha = (float) (-p.learningRate() * mem.dt / nPre);
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < nPre; i++) {
                    for (int b = 0; b < batch; b++) {
                        d[dOff + (r * nPre + i) * batch + b] = alpha * e[eOff + r * batch + b] * a[aOff + i * batch + b];
                    }
                }
            }
        }
    }

    /** Online learning is not differentiated (as in NengoDL): the gradient stops at the weight change. */
    @Override
    void backward(final int t) {
        for (SimPes p : ops) {
            clearGrad(mem, p.delta());
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
