package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.ops.ElementwiseOps;
import dev.neurovec.ops.GatherOps;

import java.util.ArrayList;
import java.util.List;

/**
 * Copies and increments. Contiguous runs of plain copies become one {@code copy}/{@code add} call;
 * index maps become one gather-scatter per member (each element carries its minibatch as a block);
 * a parameter copied into per-minibatch state is broadcast.
 */
final class CopyGroup extends BoundGroup {
    private final Memory mem;
    private final ElementwiseOps ew;
    private final GatherOps ga;
    private final Part[] parts;
    private boolean[] want;
    private final List<Signal> written = new ArrayList<>();

    private record Part(Signal srcSig, List<Signal> srcs, float[] src, int srcOff, float[] dst, int dstOff, int span, int[] srcIdx,
                        int[] dstIdx, int count, boolean broadcast, boolean inc, float[] scratch) {
    }

    CopyGroup(final String name, final Memory mem, final List<Operator> ops, final List<int[]> segments) {
        super(name);
        this.mem = mem;
        this.ew = mem.kernels.elementwise();
        this.ga = mem.kernels.gather();
        final List<Part> list = new ArrayList<>();
        for (int[] seg : segments) {
            final Copy first = (Copy) ops.get(seg[0]);
            int span = 0;
            final List<Signal> srcs = new ArrayList<>();
            for (int i = seg[0]; i < seg[1]; i++) {
                final Copy c = (Copy) ops.get(i);
                span += mem.span(c.dst());
                written.add(c.dst());
                srcs.add(c.src());
            }
            final boolean broadcast = !mem.batched(first.src()) && mem.batch > 1;
            final boolean indexed = first.srcIndices() != null || first.dstIndices() != null;
            final int count = first.srcIndices() != null ? first.srcIndices().length
                : first.dstIndices() != null ? first.dstIndices().length : first.src().size();
            final boolean inPlace = !first.inc() && first.src().overlaps(first.dst());
            list.add(new Part(first.src(), List.copyOf(srcs), mem.array(first.src()), mem.offset(first.src()), mem.array(first.dst()),
                mem.offset(first.dst()), span, indexed ? indexOrIdentity(first.srcIndices(), count) : null,
                indexed ? indexOrIdentity(first.dstIndices(), count) : null, count, broadcast, first.inc(),
                inPlace ? new float[count * mem.batch] : null));
        }
        this.parts = list.toArray(new Part[0]);
    }

    private static int[] indexOrIdentity(final int[] idx, final int n) {
        if (idx != null) {
            return idx.clone();
        }
        final int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        return id;
    }

    @Override
    void run() {
        final int batch = mem.batch;
        for (Part p : parts) {
            if (p.broadcast) {
                broadcast(p, batch);
            } else if (p.srcIdx == null) {
                if (p.inc) {
                    ew.add(p.src, p.srcOff, p.dst, p.dstOff, p.span);
                } else {
                    ew.copy(p.src, p.srcOff, p.dst, p.dstOff, p.span);
                }
            } else if (p.scratch != null) {
                ga.gather(p.src, p.srcOff, p.srcIdx, 0, p.scratch, 0, p.count, batch);
                ga.scatter(p.scratch, 0, p.dstIdx, 0, p.dst, p.dstOff, p.count, batch);
            } else if (p.inc) {
                ga.gatherScatterInc(p.src, p.srcOff, p.srcIdx, 0, p.dst, p.dstOff, p.dstIdx, 0, p.count, batch);
            } else {
                ga.gatherScatter(p.src, p.srcOff, p.srcIdx, 0, p.dst, p.dstOff, p.dstIdx, 0, p.count, batch);
            }
        }
    }

    /** A shared parameter copied into every minibatch element. */
    private static void broadcast(final Part p, final int batch) {
        final float[] src = p.src;
        final float[] dst = p.dst;
        final int n = p.srcIdx == null ? p.span / batch : p.count;
        for (int t = 0; t < n; t++) {
            final float v = src[p.srcOff + (p.srcIdx == null ? t : p.srcIdx[t])];
            final int base = p.dstOff + (p.dstIdx == null ? t : p.dstIdx[t]) * batch;
            for (int b = 0; b < batch; b++) {
                dst[base + b] = p.inc ? dst[base + b] + v : v;
            }
        }
    }

    @Override
    void allocateTape(final int steps) {
        want = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            want[i] = mem.wantsAnyGrad(parts[i].srcs());
        }
    }

    /**
     * {@code g_src += g_dst} through the same index maps (a broadcast parameter sums over the minibatch);
     * a set then clears {@code g_dst}, whose earlier version was overwritten.
     */
    @Override
    void backward(final int t) {
        final int batch = mem.batch;
        final float[] gDst = mem.gState;
        for (int pi = 0; pi < parts.length; pi++) {
            final Part p = parts[pi];
            final boolean want = this.want[pi];
            final float[] gSrc = mem.grad(p.srcSig);
            final boolean srcBatched = mem.batched(p.srcSig);
            if (p.scratch != null) {
                ga.gather(gDst, p.dstOff, p.dstIdx, 0, p.scratch, 0, p.count, batch);
                clearDst(p, batch);
                if (want) {
                    ga.scatterInc(p.scratch, 0, p.srcIdx, 0, gSrc, p.srcOff, p.count, batch);
                }
                continue;
            }
            if (want) {
                if (p.srcIdx == null && (srcBatched || batch == 1)) {
                    ew.add(gDst, p.dstOff, gSrc, p.srcOff, p.span);
                } else if (srcBatched) {
                    ga.gatherScatterInc(gDst, p.dstOff, p.dstIdx, 0, gSrc, p.srcOff, p.srcIdx, 0, p.count, batch);
                } else {
                    final int n = p.srcIdx == null ? p.span / batch : p.count;
                    for (int i = 0; i < n; i++) {
                        final int d = p.dstOff + (p.dstIdx == null ? i : p.dstIdx[i]) * batch;
                        float sum = 0;
                        for (int b = 0; b < batch; b++) {
                            sum += gDst[d + b];
                        }
                        gSrc[p.srcOff + (p.srcIdx == null ? i : p.srcIdx[i])] += sum;
                    }
                }
            }
            clearDst(p, batch);
        }
    }

    private void clearDst(final Part p, final int batch) {
        if (p.inc) {
            return;
        }
        final float[] g = mem.gState;
        if (p.dstIdx == null) {
            ew.fill(g, p.dstOff, p.span, 0f);
        } else {
            for (int i = 0; i < p.count; i++) {
                ew.fill(g, p.dstOff + p.dstIdx[i] * batch, batch, 0f);
            }
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
