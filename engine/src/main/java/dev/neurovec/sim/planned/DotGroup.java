package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.DotSet;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.graph.Plan;
import dev.neurovec.ops.DenseOps;
import dev.neurovec.ops.ElementwiseOps;

import java.util.ArrayList;
import java.util.List;

/**
 * Dense products {@code y (+)= A x}. Each member runs on the path the plan chose: GEMV for one
 * input vector, GEMM over the minibatch (row-major X of cols x B, which is how state is laid out),
 * or event-driven accumulation of the columns of A whose spiking input is non-zero, on a transposed
 * copy of A kept by this group. Consecutive same-shape members over contiguous memory become one
 * strided batched GEMM.
 */
final class DotGroup extends BoundGroup {
    private final Memory mem;
    private final DenseOps dense;
    private final ElementwiseOps ew;
    private final Part[] parts;
    private final List<Signal> written = new ArrayList<>();
    private float[][] tapes;
    /**
     * Per part: its tape holds each step's x transposed, minibatch-major ({@code B×cols} per member), so that
     * {@code g_A += g_y xᵀ} runs as the register-blocked {@code gemmInc(g_y, xᵀ)} instead of a dot product per weight
     * over the minibatch (5-18 against 60-100 GFLOP/s in {@code DenseBench}).
     */
    private boolean[] transposedTape;
    private boolean[] wantX;

    private static final class Part {
        final Signal a;
        final Signal x;
        final Signal y;
        /** Every member's A and x: a strided part computes all members' gradients in one call. */
        final List<Signal> as;
        final List<Signal> xs;
        final boolean inc;
        final Plan.DotPath path;
        final int count;
        final int rows;
        final int cols;
        final float[] aArr;
        final float[] xArr;
        final int aOff;
        final int xOff;
        final int yOff;
        final float[] aT;
        final int[] scratch;
        final boolean generic;
        Workers.Task parallel;
        int parallelParts;

        Part(final Memory mem, final Signal a, final Signal x, final Signal y, final List<Signal> as,
             final List<Signal> xs, final boolean inc, final Plan.DotPath path, final int count) {
            this.a = a;
            this.x = x;
            this.y = y;
            this.as = List.copyOf(as);
            this.xs = List.copyOf(xs);
            this.inc = inc;
            this.path = path;
            this.count = count;
            this.rows = a.rows();
            this.cols = a.cols();
            this.aArr = mem.array(a);
            this.xArr = mem.array(x);
            this.aOff = mem.offset(a);
            this.xOff = mem.offset(x);
            this.yOff = mem.offset(y);
            this.aT = path == Plan.DotPath.EVENT || path == Plan.DotPath.COLUMNS ? new float[rows * cols] : null;
            this.scratch = path == Plan.DotPath.EVENT ? new int[cols] : null;
            // Per-element learned weights with a minibatch, or a shared input with a minibatch: rare,
            // not shaped for the kernels, run by the plain loop.
            this.generic = mem.batch > 1 && (mem.batched(a) || !mem.batched(x));
        }
    }

    DotGroup(final String name, final Memory mem, final Plan plan, final List<Operator> ops,
             final List<int[]> segments) {
        super(name);
        this.mem = mem;
        this.dense = mem.kernels.dense();
        this.ew = mem.kernels.elementwise();
        final List<Part> list = new ArrayList<>();
        for (int[] seg : segments) {
            final int n = seg[1] - seg[0];
            final Operator head = ops.get(seg[0]);
            final Signal headA = head instanceof DotInc d ? d.a() : ((DotSet) head).a();
            final Signal headX = head instanceof DotInc d ? d.x() : ((DotSet) head).x();
            final boolean strided = n > 1 && mem.batch > 1 && !mem.batched(headA) && mem.batched(headX);
            final List<Signal> as = new ArrayList<>();
            final List<Signal> xs = new ArrayList<>();
            for (int i = seg[0]; i < (strided ? seg[1] : seg[0]); i++) {
                final Operator op = ops.get(i);
                as.add(op instanceof DotInc d ? d.a() : ((DotSet) op).a());
                xs.add(op instanceof DotInc d ? d.x() : ((DotSet) op).x());
            }
            for (int i = seg[0]; i < seg[1]; i++) {
                final Operator op = ops.get(i);
                final Signal a = op instanceof DotInc d ? d.a() : ((DotSet) op).a();
                final Signal x = op instanceof DotInc d ? d.x() : ((DotSet) op).x();
                final Signal y = op instanceof DotInc d ? d.y() : ((DotSet) op).y();
                written.add(y);
                if (strided && i > seg[0]) {
                    continue;
                }
                list.add(new Part(mem, a, x, y, strided ? as : List.of(a), strided ? xs : List.of(x), op instanceof DotInc,
                    plan.dotPath(op), strided ? n : 1));
            }
        }
        this.parts = list.toArray(new Part[0]);
        for (Part p : parts) {
            final long work = (long) p.rows * p.cols * mem.batch;
            if (mem.workers != null && !p.generic && p.count == 1 && p.path != Plan.DotPath.EVENT
                && work >= Memory.PARALLEL_MIN_WORK && p.rows > Memory.ALIGN) {
                final int chunk = mem.chunk(p.rows);
                p.parallelParts = (p.rows + chunk - 1) / chunk;
                p.parallel = part -> rows(p, part * chunk, Math.min(p.rows, (part + 1) * chunk));
            }
        }
        paramsChanged();
    }

    /** Rows [r0, r1) of one product: each row's result is computed exactly as in the whole call. */
    private void rows(final Part p, final int r0, final int r1) {
        final int batch = mem.batch;
        final float[] y = mem.state;
        final int aOff = p.aOff + r0 * p.cols;
        final int yOff = p.yOff + r0 * batch;
        final int m = r1 - r0;
        if (p.path == Plan.DotPath.COLUMNS) {
            columns(p, r0, m);
        } else if (batch == 1) {
            if (p.inc) {
                dense.gemvInc(p.aArr, aOff, p.xArr, p.xOff, y, yOff, m, p.cols);
            } else {
                dense.gemv(p.aArr, aOff, p.xArr, p.xOff, y, yOff, m, p.cols);
            }
        } else if (p.inc) {
            dense.gemmInc(p.aArr, aOff, p.xArr, p.xOff, y, yOff, m, p.cols, batch);
        } else {
            dense.gemm(p.aArr, aOff, p.xArr, p.xOff, y, yOff, m, p.cols, batch);
        }
    }

    /**
     * Rows [r0, r0 + m) of a column-path product: each row adds its columns in the same order whatever
     * the split, so any thread count gives the same bits.
     */
    private void columns(final Part p, final int r0, final int m) {
        final float[] y = mem.state;
        final int yOff = p.yOff + r0;
        if (!p.inc) {
            ew.fill(y, yOff, m, 0f);
        }
        for (int k = 0; k < p.cols; k++) {
            ew.axpy(p.xArr[p.xOff + k], p.aT, k * p.rows + r0, y, yOff, m);
        }
    }

    @Override
    void paramsChanged() {
        for (Part p : parts) {
            if (p.aT != null) {
                for (int i = 0; i < p.rows; i++) {
                    for (int k = 0; k < p.cols; k++) {
                        p.aT[k * p.rows + i] = p.aArr[p.aOff + i * p.cols + k];
                    }
                }
            }
        }
    }

    @Override
    void run() {
        final float[] y = mem.state;
        final int batch = mem.batch;
        for (Part p : parts) {
            if (p.generic) {
                generic(p, batch);
            } else if (p.parallel != null) {
                mem.workers.run(p.parallel, p.parallelParts);
            } else if (p.count > 1) {
                if (!p.inc) {
                    ew.fill(y, p.yOff, p.count * p.rows * batch, 0f);
                }
                dense.gemmStridedInc(p.aArr, p.aOff, p.rows * p.cols, p.xArr, p.xOff, p.cols * batch, y, p.yOff,
                    p.rows * batch, p.count, p.rows, p.cols, batch);
            } else if (p.path == Plan.DotPath.EVENT) {
                if (!p.inc) {
                    ew.fill(y, p.yOff, p.rows, 0f);
                }
                dense.spikeColumnsInc(p.aT, 0, p.rows, p.xArr, p.xOff, p.cols, p.scratch, y, p.yOff);
            } else if (p.path == Plan.DotPath.COLUMNS) {
                columns(p, 0, p.rows);
            } else if (batch == 1) {
                if (p.inc) {
                    dense.gemvInc(p.aArr, p.aOff, p.xArr, p.xOff, y, p.yOff, p.rows, p.cols);
                } else {
                    dense.gemv(p.aArr, p.aOff, p.xArr, p.xOff, y, p.yOff, p.rows, p.cols);
                }
            } else if (p.inc) {
                dense.gemmInc(p.aArr, p.aOff, p.xArr, p.xOff, y, p.yOff, p.rows, p.cols, batch);
            } else {
                dense.gemm(p.aArr, p.aOff, p.xArr, p.xOff, y, p.yOff, p.rows, p.cols, batch);
            }
        }
    }

    private void generic(final Part p, final int batch) {
        final float[] y = mem.state;
        final boolean aBatched = mem.batched(p.a);
        final boolean xBatched = mem.batched(p.x);
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < p.rows; i++) {
                float acc = 0;
                for (int k = 0; k < p.cols; k++) {
                    final int ai = i * p.cols + k;
                    acc += p.aArr[p.aOff + (aBatched ? ai * batch + b : ai)]
                        * p.xArr[p.xOff + (xBatched ? k * batch + b : k)];
                }
                final int yi = p.yOff + i * batch + b;
                y[yi] = p.inc ? y[yi] + acc : acc;
            }
        }
    }

    @Override
    void allocateTape(final int nSteps) {
        tapes = new float[parts.length][];
        transposedTape = new boolean[parts.length];
        wantX = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            final Part p = parts[i];
            wantX[i] = mem.wantsAnyGrad(p.xs);
            if (mem.wantsAnyGrad(p.as)) {
                tapes[i] = new float[nSteps * xSpan(p)];
                transposedTape[i] = !p.generic && mem.batch > 1;
            }
        }
    }

    private int xSpan(final Part p) {
        return p.count * p.cols * (mem.batched(p.x) ? mem.batch : 1);
    }

    @Override
    long tapeFloatsPerStep() {
        long n = 0;
        for (int i = 0; tapes != null && i < parts.length; i++) {
            if (tapes[i] != null) {
                n += xSpan(parts[i]);
            }
        }
        return n;
    }

    @Override
    void record(final int t) {
        for (int i = 0; i < parts.length; i++) {
            if (tapes[i] != null) {
                final int len = xSpan(parts[i]);
                if (transposedTape[i]) {
                    recordTransposed(parts[i], tapes[i], t * len);
                } else {
                    System.arraycopy(parts[i].xArr, parts[i].xOff, tapes[i], t * len, len);
                }
            }
        }
    }

    /** Each member's x ({@code cols×B}, minibatch innermost) into the tape as {@code B×cols}. */
    private void recordTransposed(final Part p, final float[] tape, final int base) {
        final int batch = mem.batch;
        final int stride = p.cols * batch;
        for (int c = 0; c < p.count; c++) {
            final int from = p.xOff + c * stride;
            final int to = base + c * stride;
            for (int j = 0; j < p.cols; j++) {
                for (int b = 0; b < batch; b++) {
                    tape[to + b * p.cols + j] = p.xArr[from + j * batch + b];
                }
            }
        }
    }

    /** {@code g_x += Aᵀ g_y} and, for trained A, {@code g_A += g_y xᵀ} (x as recorded, summed over the minibatch). */
    @Override
    void backward(final int t) {
        final int batch = mem.batch;
        final float[] gy = mem.gState;
        for (int pi = 0; pi < parts.length; pi++) {
            final Part p = parts[pi];
            if (p.generic) {
                genericBackward(p, pi, t, batch);
                continue;
            }
            final int aStride = p.rows * p.cols;
            final int xStride = p.cols * batch;
            final int yStride = p.rows * batch;
            for (int c = 0; c < p.count; c++) {
                final int aOff = p.aOff + c * aStride;
                final int yOff = p.yOff + c * yStride;
                if (tapes != null && tapes[pi] != null) {
                    final float[] gA = mem.grad(p.a);
                    final int xT = t * xSpan(p) + c * xStride;
                    if (transposedTape[pi]) {
                        dense.gemmInc(gy, yOff, tapes[pi], xT, gA, aOff, p.rows, batch, p.cols);
                    } else {
                        dense.gemmTransBInc(gy, yOff, tapes[pi], xT, gA, aOff, p.rows, p.cols, batch);
                    }
                }
                if (wantX[pi]) {
                    final float[] gx = mem.grad(p.x);
                    if (batch == 1) {
                        dense.gemvTransInc(p.aArr, aOff, gy, yOff, gx, p.xOff + c * xStride, p.rows, p.cols);
                    } else {
                        dense.gemmTransAInc(p.aArr, aOff, gy, yOff, gx, p.xOff + c * xStride, p.rows, p.cols, batch);
                    }
                }
            }
            if (!p.inc) {
                ew.fill(gy, p.yOff, p.count * yStride, 0f);
            }
        }
    }

    private void genericBackward(final Part p, final int pi, final int t, final int batch) {
        final float[] gy = mem.gState;
        final boolean aBatched = mem.batched(p.a);
        final boolean xBatched = mem.batched(p.x);
        final float[] x = tapes != null && tapes[pi] != null ? tapes[pi] : null;
        final int xBase = x == null ? 0 : t * xSpan(p);
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < p.rows; i++) {
                final float g = gy[p.yOff + i * batch + b];
                for (int k = 0; k < p.cols; k++) {
                    final int ai = i * p.cols + k;
                    final int xi = xBatched ? k * batch + b : k;
                    if (wantX[pi]) {
                        mem.grad(p.x)[p.xOff + xi] += p.aArr[p.aOff + (aBatched ? ai * batch + b : ai)] * g;
                    }
                    if (x != null) {
                        mem.grad(p.a)[p.aOff + (aBatched ? ai * batch + b : ai)] += g * x[xBase + xi];
                    }
                }
            }
        }
        if (!p.inc) {
            ew.fill(gy, p.yOff, p.rows * batch, 0f);
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
