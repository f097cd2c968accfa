package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.ops.ElementwiseOps;
import dev.neurovec.ops.FilterOps;

import java.util.ArrayList;
import java.util.List;

/**
 * All Lowpass synapses: {@code x = a x + b u} with zoh coefficients {@code a = exp(-dt/tau)}, then the
 * output takes x (set or update) or adds it (inc). A run of contiguous filters with one time
 * constant is one {@code lowpass} call; mixed time constants use per-element coefficients.
 * {@code Lowpass(0)} has no state: the output takes the input (a one-step delay in update mode).
 */
final class LowpassGroup extends BoundGroup {
    private final Memory mem;
    private final FilterOps f;
    private final ElementwiseOps ew;
    private final Run[] runs;
    private final List<Signal> written = new ArrayList<>();

    private record Run(int uOff, int xOff, int yOff, int n, float a, float b, float[] aPer, float[] bPer, boolean inc,
                       boolean stateless) {
    }

    LowpassGroup(final String name, final Memory mem, final List<Operator> ops, final List<int[]> segments) {
        super(name);
        this.mem = mem;
        this.f = mem.kernels.filters();
        this.ew = mem.kernels.elementwise();
        final List<Run> list = new ArrayList<>();
        for (int[] seg : segments) {
            final SimProcess first = (SimProcess) ops.get(seg[0]);
            int n = 0;
            boolean uniform = true;
            for (int i = seg[0]; i < seg[1]; i++) {
                final SimProcess p = (SimProcess) ops.get(i);
                n += p.output().size() * mem.batch;
                uniform &= ((Lowpass) p.process()).tau() == ((Lowpass) first.process()).tau();
                written.add(p.output());
                written.addAll(p.state());
            }
            final float[] aPer = uniform ? null : new float[n];
            final float[] bPer = uniform ? null : new float[n];
            if (!uniform) {
                int k = 0;
                for (int i = seg[0]; i < seg[1]; i++) {
                    final SimProcess p = (SimProcess) ops.get(i);
                    final double a = coefficient(((Lowpass) p.process()).tau(), mem.dt);
                    for (int e = 0; e < p.output().size() * mem.batch; e++, k++) {
                        aPer[k] = (float) a;
                        bPer[k] = (float) (1 - a);
                    }
                }
            }
            final double a = coefficient(((Lowpass) first.process()).tau(), mem.dt);
            final boolean stateless = first.state().get(0).size() == 0;
            list.add(new Run(mem.offset(first.input()), stateless ? -1 : mem.offset(first.state().get(0)),
                mem.offset(first.output()), n, (float) a, (float) (1 - a), aPer, bPer,
                first.mode() == SimProcess.Mode.INC, stateless));
        }
        this.runs = list.toArray(new Run[0]);
    }

    /** Zero-order hold of {@code 1/(tau s + 1)}: {@code a = exp(-dt/tau)}; tau 0 passes the input through. */
    static double coefficient(final double tau, final double dt) {
        return tau > 0 ? Math.exp(-dt / tau) : 0.0;
    }

    @Override
    void run() {
        final float[] s = mem.state;
        for (Run r : runs) {
            if (r.stateless) {
                if (r.inc) {
                    ew.add(s, r.uOff, s, r.yOff, r.n);
                } else {
                    ew.copy(s, r.uOff, s, r.yOff, r.n);
                }
                continue;
            }
            if (r.aPer == null) {
                f.lowpass(s, r.uOff, s, r.xOff, r.n, r.a, r.b);
            } else {
                f.lowpassPerElement(s, r.uOff, s, r.xOff, r.aPer, 0, r.bPer, 0, r.n);
            }
            if (r.inc) {
                ew.add(s, r.xOff, s, r.yOff, r.n);
            } else {
                ew.copy(s, r.xOff, s, r.yOff, r.n);
            }
        }
    }

    /**
     * Through {@code y = x} (or {@code y += x}) then {@code x = a x + b u}: {@code g_x += g_y} (clearing
     * g_y when overwritten), {@code g_u += b g_x}, and {@code g_x = a g_x} for the previous step's state.
     */
    @Override
    void backward(final int t) {
        final float[] g = mem.gState;
        for (Run r : runs) {
            if (r.stateless) {
                ew.add(g, r.yOff, g, r.uOff, r.n);
                if (!r.inc) {
                    ew.fill(g, r.yOff, r.n, 0f);
                }
                continue;
            }
            if (r.inc) {
                ew.add(g, r.yOff, g, r.xOff, r.n);
            } else {
                ew.add(g, r.yOff, g, r.xOff, r.n);
                ew.fill(g, r.yOff, r.n, 0f);
            }
            if (r.aPer == null) {
                ew.axpy(r.b, g, r.xOff, g, r.uOff, r.n);
                ew.scale(r.a, g, r.xOff, r.n);
            } else {
                for (int i = 0; i < r.n; i++) {
                    final float gx = g[r.xOff + i];
                    g[r.uOff + i] += r.bPer[i] * gx;
                    g[r.xOff + i] = r.aPer[i] * gx;
                }
            }
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
