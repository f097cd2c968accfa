package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.network.synapses.LinearFilter;
import dev.neurovec.network.synapses.StateSpace;
import dev.neurovec.ops.ElementwiseOps;
import dev.neurovec.ops.FilterOps;

import java.util.ArrayList;
import java.util.List;

/**
 * General linear filters (Alpha, higher-order and digital filters) in Nengo's four step forms
 * (nengo-semantics.md §1.8): no state ({@code y = D u}), one state ({@code x = a x + (CB) u; y = x}, using
 * the current input), no feed-through ({@code x = A x + B u; y = C x}) and general
 * ({@code y = C x + D u; x = A x + B u}). State component s of element i sits at {@code s*n + i}, so each
 * filter is one state-space kernel call over its elements and minibatch. Differentiable.
 */
final class LinearFilterGroup extends BoundGroup {
    private final Memory mem;
    private final FilterOps f;
    private final ElementwiseOps ew;
    private final Filter[] filters;
    private final List<Signal> written = new ArrayList<>();

    private static final class Filter {
        final LinearFilter.StepKind kind;
        final int k;
        final int n;
        final float[] a;
        final float[] b;
        final float[] c;
        final float d;
        final int uOff;
        final int xOff;
        final int yOff;
        final boolean inc;
        final float[] scratch;
        final float[] adjoint;

        Filter(final Memory mem, final SimProcess p) {
            final StateSpace ss = ((LinearFilter) p.process()).discretize(mem.dt);
            this.kind = ((LinearFilter) p.process()).stepKind(mem.dt);
            this.k = ss.order();
            this.n = p.output().size() * mem.batch;
            this.a = new float[k * k];
            this.b = new float[k];
            this.c = new float[k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    a[i * k + j] = (float) ss.a()[i][j];
                }
                b[i] = (float) ss.b()[i];
                c[i] = (float) ss.c()[i];
            }
            this.d = (float) ss.d();
            this.uOff = mem.offset(p.input());
            this.xOff = k == 0 ? -1 : mem.offset(p.state().get(0));
            this.yOff = mem.offset(p.output());
            this.inc = p.mode() == SimProcess.Mode.INC;
            this.scratch = new float[n];
            this.adjoint = new float[k];
        }
    }

    LinearFilterGroup(final String name, final Memory mem, final List<Operator> ops) {
        super(name);
        this.mem = mem;
        this.f = mem.kernels.filters();
        this.ew = mem.kernels.elementwise();
        final List<Filter> list = new ArrayList<>();
        for (Operator op : ops) {
            final SimProcess p = (SimProcess) op;
            list.add(new Filter(mem, p));
            written.add(p.output());
            written.addAll(p.state());
        }
        this.filters = list.toArray(new Filter[0]);
    }

    @Override
    void run() {
        final float[] s = mem.state;
        for (Filter q : filters) {
            final float[] y = q.inc ? q.scratch : s;
            final int yOff = q.inc ? 0 : q.yOff;
            switch (q.kind) {
                case NO_X -> {
                    ew.copy(s, q.uOff, y, yOff, q.n);
                    ew.scale(q.d, y, yOff, q.n);
                }
                case ONE_X -> {
                    f.lowpass(s, q.uOff, s, q.xOff, q.n, q.a[0], q.c[0] * q.b[0]);
                    ew.copy(s, q.xOff, y, yOff, q.n);
                }
                case NO_D -> f.stateSpaceNoD(s, q.uOff, s, q.xOff, y, yOff, q.n, q.k, q.a, q.b, q.c);
                default -> f.stateSpaceGeneral(s, q.uOff, s, q.xOff, y, yOff, q.n, q.k, q.a, q.b, q.c, q.d);
            }
            if (q.inc) {
                ew.add(q.scratch, 0, s, q.yOff, q.n);
            }
        }
    }

    /**
     * The adjoint of each form, element by element: through {@code y} to the new state (and input), then
     * through the state update to the previous state ({@code Aᵀ}) and the input ({@code Bᵀ}).
     */
    @Override
    void backward(final int t) {
        final float[] g = mem.gState;
        for (Filter q : filters) {
            final int n = q.n;
            final int k = q.k;
            for (int i = 0; i < n; i++) {
                final float gy = g[q.yOff + i];
                switch (q.kind) {
                    case NO_X -> g[q.uOff + i] += q.d * gy;
                    case ONE_X -> {
                        final float gx = g[q.xOff + i] + gy;
                        g[q.uOff + i] += q.c[0] * q.b[0] * gx;
                        g[q.xOff + i] = q.a[0] * gx;
                    }
                    case NO_D -> {
                        float gu = 0;
                        for (int s = 0; s < k; s++) {
                            g[q.xOff + s * n + i] += q.c[s] * gy;
                        }
                        for (int s = 0; s < k; s++) {
                            gu += q.b[s] * g[q.xOff + s * n + i];
                        }
                        adjointState(g, q, i);
                        g[q.uOff + i] += gu;
                    }
                    default -> {
                        float gu = q.d * gy;
                        for (int s = 0; s < k; s++) {
                            gu += q.b[s] * g[q.xOff + s * n + i];
                        }
                        adjointState(g, q, i);
                        for (int s = 0; s < k; s++) {
                            g[q.xOff + s * n + i] += q.c[s] * gy;
                        }
                        g[q.uOff + i] += gu;
                    }
                }
                if (!q.inc) {
                    g[q.yOff + i] = 0;
                }
            }
        }
    }

    /** {@code g_x ← Aᵀ g_x} for element i, through the filter's scratch (k is small). */
    private static void adjointState(final float[] g, final Filter q, final int i) {
        final int k = q.k;
        final int n = q.n;
        for (int r = 0; r < k; r++) {
            float acc = 0;
            for (int s = 0; s < k; s++) {
                acc += q.a[s * k + r] * g[q.xOff + s * n + i];
            }
            q.adjoint[r] = acc;
        }
        for (int r = 0; r < k; r++) {
            g[q.xOff + r * n + i] = q.adjoint[r];
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
