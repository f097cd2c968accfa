package dev.neurovec.sim.planned;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.errors.SimulationError;
import dev.neurovec.graph.BaseArrayLayout;
import dev.neurovec.graph.OpGroup;
import dev.neurovec.graph.Plan;
import dev.neurovec.ops.Kernels;
import dev.neurovec.sim.Executor;
import dev.neurovec.sim.ProcessSeeds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a {@link Plan}: every group bound once to the two float base arrays and to the kernels of
 * {@link Kernels#get()}, then one call per group per step. Float32 only (float64 runs on the
 * reference executor). A step allocates nothing.
 */
public final class PlannedExecutor implements Executor {
    private final Model model;
    private final Plan plan;
    private final Memory mem;
    private final BoundGroup[] groups;
    private final boolean checkFinite;
    private final List<CallbackGroup> callbacks = new ArrayList<>();

    /**
     * @param model          the built model
     * @param batch          minibatch size
     * @param seed           simulator seed
     * @param protectedBases signals written from outside (fed inputs, trained parameters)
     * @param extraSignals   signals that must be readable though no operator uses them (probes)
     * @param kernels        the kernel backend
     * @param checkFinite    scan every group's output for NaN and infinity after it runs
     */
    public PlannedExecutor(final Model model, final int batch, final long seed, final Set<Signal> protectedBases,
                           final Collection<Signal> extraSignals, final Kernels kernels, final boolean checkFinite) {
        this.model = model;
        this.plan = Plan.of(model, batch, protectedBases, extraSignals);
        this.mem = new Memory(plan.layout(), kernels, model.dt());
        this.checkFinite = checkFinite;
        final List<BoundGroup> bound = new ArrayList<>();
        for (OpGroup g : plan.groups()) {
            final BoundGroup b = bind(g);
            if (b != null) {
                bound.add(b);
            }
        }
        this.groups = bound.toArray(new BoundGroup[0]);
        reset(seed);
    }

    private BoundGroup bind(final OpGroup g) {
        final String key = g.key();
        final List<int[]> segments = plan.segments(g);
        if (key.equals("TimeUpdate")) {
            return null;
        }
        if (key.equals("Reset")) {
            return new ResetGroup(key, mem, g.ops(), segments);
        }
        if (key.startsWith("Copy")) {
            return new CopyGroup(key, mem, g.ops(), segments);
        }
        if (key.startsWith("Elementwise")) {
            return new ElementwiseGroup(key, mem, g.ops(), segments);
        }
        if (key.startsWith("Dot")) {
            return new DotGroup(key, mem, plan, g.ops(), segments);
        }
        if (key.startsWith("Neurons:")) {
            return new NeuronsGroup(key, mem, g.ops(), segments);
        }
        if (key.startsWith("Lowpass:")) {
            return new LowpassGroup(key, mem, g.ops(), segments);
        }
        if (key.equals("Pes")) {
            return new PesGroup(key, mem, g.ops());
        }
        final CallbackGroup c = new CallbackGroup(key, mem, g.ops());
        callbacks.add(c);
        return c;
    }

    /** @return the plan being run */
    public Plan plan() {
        return plan;
    }

    @Override
    public void step() {
        final Memory m = mem;
        m.step++;
        m.time = m.step * m.dt;
        final BoundGroup[] gs = groups;
        for (int i = 0; i < gs.length; i++) {
            gs[i].run();
            if (checkFinite) {
                checkFinite(gs[i]);
            }
        }
    }

    private void checkFinite(final BoundGroup g) {
        for (Signal s : g.written()) {
            final int bad = mem.kernels.elementwise().firstNonFinite(mem.array(s), mem.offset(s), mem.span(s));
            if (bad >= 0) {
                final int per = mem.batched(s) ? mem.batch : 1;
                throw new SimulationError("group " + g.name() + ": wrote " + mem.array(s)[mem.offset(s) + bad]
                    + " to signal " + s.name() + "[" + bad / per + "]" + (per > 1 ? " (minibatch element " + bad % per
                    + ")" : "") + " at t = " + mem.t() + "; expected finite values");
            }
        }
    }

    @Override
    public void reset(final long seed) {
        mem.step = 0;
        mem.time = 0;
        for (Map.Entry<Signal, BaseArrayLayout.Slot> e : plan.layout().slots().entrySet()) {
            final Signal s = e.getKey();
            final double[] init = s.initialValue();
            final float[] a = mem.array(s);
            final int off = mem.offset(s);
            final int per = mem.batched(s) ? mem.batch : 1;
            for (int i = 0; i < init.length; i++) {
                for (int b = 0; b < per; b++) {
                    a[off + i * per + b] = (float) init[i];
                }
            }
        }
        final ProcessSeeds seeds = new ProcessSeeds(model, mem.batch, seed);
        for (CallbackGroup c : callbacks) {
            c.reseed(seeds);
        }
        paramsChanged();
    }

    /** Rebuilds data derived from parameters after they were written from outside. */
    public void paramsChanged() {
        for (BoundGroup g : groups) {
            g.paramsChanged();
        }
    }

    @Override
    public void read(final Signal signal, final int batch, final double[] dst, final int dstOff) {
        final float[] a = mem.array(signal);
        final int off = mem.offset(signal);
        final boolean batched = mem.batched(signal);
        final int stride = batched ? mem.batch : 1;
        final int b = batched ? batch : 0;
        for (int i = 0; i < signal.size(); i++) {
            dst[dstOff + i] = a[off + i * stride + b];
        }
    }

    @Override
    public void write(final Signal signal, final int batch, final double[] src, final int srcOff) {
        final float[] a = mem.array(signal);
        final int off = mem.offset(signal);
        final boolean batched = mem.batched(signal);
        final int stride = batched ? mem.batch : 1;
        for (int i = 0; i < signal.size(); i++) {
            if (batched) {
                a[off + i * stride + batch] = (float) src[srcOff + i];
            } else {
                a[off + i] = (float) src[srcOff + i];
            }
        }
        if (!batched) {
            paramsChanged();
        }
    }

    @Override
    public int minibatchSize() {
        return mem.batch;
    }

    @Override
    public void close() {
        // single-threaded for now: nothing to release
    }
}
