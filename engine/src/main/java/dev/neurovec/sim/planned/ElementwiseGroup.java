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
    private float[][] tapes;
    private boolean[] wantX;
    private int steps;

    private record Part(Signal a, Signal x, Signal y, List<Signal> as, List<Signal> xs, int n, boolean inc, int aOff, int xOff, int yOff,
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
            final List<Signal> as = new ArrayList<>();
            final List<Signal> xs = new ArrayList<>();
            for (int i = seg[0]; i < seg[1]; i++) {
                final Operator op = ops.get(i);
                final Signal yi = op instanceof ElementwiseInc e ? e.y() : ((ElementwiseSet) op).y();
                n += yi.size();
                written.add(yi);
                as.add(op instanceof ElementwiseInc e ? e.a() : ((ElementwiseSet) op).a());
                xs.add(op instanceof ElementwiseInc e ? e.x() : ((ElementwiseSet) op).x());
            }
            list.add(new Part(a, x, y, List.copyOf(as), List.copyOf(xs), n, first instanceof ElementwiseInc, mem.offset(a), mem.offset(x), mem.offset(y),
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
    void allocateTape(final int nSteps) {
        steps = nSteps;
        tapes = new float[parts.length][];
        wantX = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            final Part p = parts[i];
            wantX[i] = mem.wantsAnyGrad(p.xs());
            if (mem.wantsAnyGrad(p.as())) {
                if (p.xScalar) {
                    throw new UnsupportedOperationException("Training an element-wise weight whose input is a"
                        + " broadcast scalar is not supported (" + name() + ")");
                }
                tapes[i] = new float[nSteps * p.n * xStride(p)];
            }
        }
    }

    private int xStride(final Part p) {
        return mem.batched(p.x) ? mem.batch : 1;
    }

    @Override
    long tapeFloatsPerStep() {
        long n = 0;
        for (int i = 0; tapes != null && i < parts.length; i++) {
            if (tapes[i] != null) {
                n += (long) parts[i].n * xStride(parts[i]);
            }
        }
        return n;
    }

    @Override
    void record(final int t) {
        for (int i = 0; i < parts.length; i++) {
            if (tapes[i] != null) {
                final int len = parts[i].n * xStride(parts[i]);
                System.arraycopy(parts[i].xArr, parts[i].xOff, tapes[i], t * len, len);
            }
        }
    }

    /** {@code g_x += a g_y}; {@code g_a += x g_y} (x as recorded), summed over the minibatch for a shared a. */
    @Override
    void backward(final int t) {
        final int batch = mem.batch;
        final float[] gy = mem.gState;
        for (int pi = 0; pi < parts.length; pi++) {
            final Part p = parts[pi];
            if (tapes != null && tapes[pi] != null) {
                gradA(p, tapes[pi], t * p.n * xStride(p), batch);
            }
            if (wantX[pi]) {
                final float[] gx = mem.grad(p.x);
                if (p.xScalar || (p.aScalar && !p.aShared) || (batch > 1 && !mem.batched(p.x))) {
                    gradXGeneral(p, gx, batch);
                } else if (p.aScalar) {
                    k.axpy(p.aArr[p.aOff], gy, p.yOff, gx, p.xOff, p.n * batch);
                } else if (p.aShared && batch > 1) {
                    k.mulIncBroadcast(p.aArr, p.aOff, gy, p.yOff, gx, p.xOff, p.n, batch);
                } else {
                    k.mulInc(p.aArr, p.aOff, gy, p.yOff, gx, p.xOff, p.n * batch);
                }
            }
            if (!p.inc) {
                k.fill(gy, p.yOff, p.n * batch, 0f);
            }
        }
    }

    private void gradA(final Part p, final float[] x, final int xOff, final int batch) {
        final float[] ga = mem.grad(p.a);
        final float[] gy = mem.gState;
        final boolean aBatched = mem.batched(p.a);
        final int xs = xStride(p);
        for (int i = 0; i < p.n; i++) {
            for (int b = 0; b < batch; b++) {
                final float xv = x[xOff + i * xs + (xs == 1 ? 0 : b)];
                final float g = gy[p.yOff + i * batch + b] * xv;
                final int ai = p.aScalar ? 0 : i;
                ga[p.aOff + (aBatched ? ai * batch + b : ai)] += g;
            }
        }
    }

    private void gradXGeneral(final Part p, final float[] gx, final int batch) {
        final float[] gy = mem.gState;
        final boolean aBatched = mem.batched(p.a);
        final boolean xBatched = mem.batched(p.x);
        for (int i = 0; i < p.n; i++) {
            for (int b = 0; b < batch; b++) {
                final int ai = p.aScalar ? 0 : i;
                final int xi = p.xScalar ? 0 : i;
                final float av = p.aArr[p.aOff + (aBatched ? ai * batch + b : ai)];
                gx[p.xOff + (xBatched ? xi * batch + b : xi)] += av * gy[p.yOff + i * batch + b];
            }
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
