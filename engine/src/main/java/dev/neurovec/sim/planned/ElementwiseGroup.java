package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.ElementwiseInc;
import dev.neurovec.build.ops.ElementwiseSet;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.ops.ElementwiseOps;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code y (+)= a * x} element-wise: neuron gains on connections into neurons, scalar and vector
 * transforms. A shared factor vector multiplies every minibatch element ({@code mulIncBroadcast});
 * a scalar factor is an {@code axpy}; contiguous members become one call.
 */
final class ElementwiseGroup extends BoundGroup {
    private final Memory mem;
    private final ElementwiseOps k;
    private final Part[] parts;
    private final List<Signal> written = new ArrayList<>();

    private record Part(Signal a, Signal x, Signal y, int n, boolean inc, int aOff, int xOff, int yOff,
                        float[] aArr, float[] xArr, boolean aShared, boolean aScalar, boolean xScalar) {
    }

    ElementwiseGroup(final String name, final Memory mem, final List<Operator> ops, final List<int[]> segments) {
        super(name);
        this.mem = mem;
        this.k = mem.kernels.elementwise();
        final List<Part> list = new ArrayList<>();
        for (int[] seg : segments) {
            final Operator first = ops.get(seg[0]);
            final Signal a = first instanceof ElementwiseInc e ? e.a() : ((ElementwiseSet) first).a();
            final Signal x = first instanceof ElementwiseInc e ? e.x() : ((ElementwiseSet) first).x();
            final Signal y = first instanceof ElementwiseInc e ? e.y() : ((ElementwiseSet) first).y();
            int n = 0;
            for (int i = seg[0]; i < seg[1]; i++) {
                final Operator op = ops.get(i);
                final Signal yi = op instanceof ElementwiseInc e ? e.y() : ((ElementwiseSet) op).y();
                n += yi.size();
                written.add(yi);
            }
            list.add(new Part(a, x, y, n, first instanceof ElementwiseInc, mem.offset(a), mem.offset(x), mem.offset(y),
                mem.array(a), mem.array(x), !mem.batched(a), a.size() == 1, x.size() == 1));
        }
        this.parts = list.toArray(new Part[0]);
    }

    @Override
    void run() {
        final float[] state = mem.state;
        final int batch = mem.batch;
        for (Part p : parts) {
            if (!p.inc) {
                k.fill(state, p.yOff, p.n * batch, 0f);
            }
            if (p.xScalar || (p.aScalar && !p.aShared) || (batch > 1 && !mem.batched(p.x))) {
                general(p, batch);
            } else if (p.aScalar) {
                k.axpy(p.aArr[p.aOff], p.xArr, p.xOff, state, p.yOff, p.n * batch);
            } else if (p.aShared && batch > 1) {
                k.mulIncBroadcast(p.aArr, p.aOff, p.xArr, p.xOff, state, p.yOff, p.n, batch);
            } else {
                k.mulInc(p.aArr, p.aOff, p.xArr, p.xOff, state, p.yOff, p.n * batch);
            }
        }
    }

    /** Broadcast forms the kernels do not cover (a size-1 input, a per-element scalar factor). */
    private void general(final Part p, final int batch) {
        final float[] y = mem.state;
        final boolean aBatched = mem.batched(p.a);
        final boolean xBatched = mem.batched(p.x);
        for (int i = 0; i < p.n; i++) {
            for (int b = 0; b < batch; b++) {
                final int ai = p.aScalar ? 0 : i;
                final int xi = p.xScalar ? 0 : i;
                final float av = p.aArr[p.aOff + (aBatched ? ai * batch + b : ai)];
                final float xv = p.xArr[p.xOff + (xBatched ? xi * batch + b : xi)];
                y[p.yOff + i * batch + b] += av * xv;
            }
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
