package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.Reset;
import dev.neurovec.ops.ElementwiseOps;

import java.util.ArrayList;
import java.util.List;

/** Fills each contiguous run of reset signals with its value: one {@code fill} per run. */
final class ResetGroup extends BoundGroup {
    private final float[] state;
    private final Memory mem;
    private final int[] offsets;
    private final int[] lengths;
    private final float[] values;
    private final ElementwiseOps k;
    private final List<Signal> written = new ArrayList<>();

    ResetGroup(final String name, final Memory mem, final List<Operator> ops, final List<int[]> segments) {
        super(name);
        this.state = mem.state;
        this.mem = mem;
        this.k = mem.kernels.elementwise();
        offsets = new int[segments.size()];
        lengths = new int[segments.size()];
        values = new float[segments.size()];
        for (int s = 0; s < segments.size(); s++) {
            final Reset first = (Reset) ops.get(segments.get(s)[0]);
            offsets[s] = mem.offset(first.dst());
            values[s] = (float) first.value();
            for (int i = segments.get(s)[0]; i < segments.get(s)[1]; i++) {
                final Reset r = (Reset) ops.get(i);
                lengths[s] += mem.span(r.dst());
                written.add(r.dst());
            }
        }
    }

    @Override
    void run() {
        final float[] a = state;
        for (int s = 0; s < offsets.length; s++) {
            k.fill(a, offsets[s], lengths[s], values[s]);
        }
    }

    @Override
    void backward(final int t) {
        final float[] g = mem.gState;
        for (int s = 0; s < offsets.length; s++) {
            k.fill(g, offsets[s], lengths[s], 0f);
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
