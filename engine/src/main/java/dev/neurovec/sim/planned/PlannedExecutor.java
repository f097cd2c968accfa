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
        this(model, model.operators(), batch, seed, protectedBases, extraSignals, kernels, checkFinite);
    }

    /**
     * Runs a rewritten operator list over the model's signals (the plans NengoDL's calls use: fed inputs,
     * rate-swapped neurons for training).
     *
     * @param model          the built model
     * @param operators      the operators to plan, in build order
     * @param batch          minibatch size
     * @param seed           simulator seed
     * @param protectedBases signals written from outside (fed inputs, trained parameters)
     * @param extraSignals   signals that must be readable though no operator uses them (probes)
     * @param kernels        the kernel backend
     * @param checkFinite    scan every group's output for NaN and infinity after it runs
     */
    public PlannedExecutor(final Model model, final List<dev.neurovec.build.ops.Operator> operators, final int batch,
                           final long seed, final Set<Signal> protectedBases, final Collection<Signal> extraSignals,
                           final Kernels kernels, final boolean checkFinite) {
        this(model, operators, batch, seed, protectedBases, extraSignals, kernels, checkFinite, 1);
    }

    /**
     * As {@link #PlannedExecutor(Model, List, int, long, Set, Collection, Kernels, boolean)}, with worker
     * threads for large groups (results are bit-identical for any count).
     *
     * @param model          the built model
     * @param operators      the operators to plan, in build order
     * @param batch          minibatch size
     * @param seed           simulator seed
     * @param protectedBases signals written from outside (fed inputs, trained parameters)
     * @param extraSignals   signals that must be readable though no operator uses them (probes)
     * @param kernels        the kernel backend
     * @param checkFinite    scan every group's output for NaN and infinity after it runs
     * @param threads        threads stepping large groups, including the caller, &gt;= 1
     */
    public PlannedExecutor(final Model model, final List<dev.neurovec.build.ops.Operator> operators, final int batch,
                           final long seed, final Set<Signal> protectedBases, final Collection<Signal> extraSignals,
                           final Kernels kernels, final boolean checkFinite, final int threads) {
        this.model = model;
        this.plan = Plan.of(model, operators, batch, protectedBases, extraSignals);
        this.mem = new Memory(plan.layout(), kernels, model.dt());
        if (threads > 1) {
            mem.workers = new Workers(threads, "neurovec");
        }
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
        if (key.startsWith("Lowpass:") || key.startsWith("Lowpass0:")) {
            return new LowpassGroup(key, mem, g.ops(), segments);
        }
        if (key.startsWith("LinearFilter:")) {
            return new LinearFilterGroup(key, mem, g.ops());
        }
        if (key.startsWith("TensorNode#")) {
            return new TensorNodeGroup(key, mem, (dev.neurovec.build.ops.SimTensorNode) g.ops().get(0));
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

    /** @return the names of the bound groups, in run order (the plan's groups after the clock update) */
    public java.util.List<String> groupNames() {
        final java.util.List<String> names = new java.util.ArrayList<>(groups.length);
        for (BoundGroup g : groups) {
            names.add(g.name());
        }
        return names;
    }

    /**
     * One step, as {@link #step()}, with each group's wall time added to {@code nanos}: where a step's
     * time goes. The clock reads add some tens of nanoseconds per group.
     *
     * @param nanos one slot per group, in {@link #groupNames()} order
     */
    public void stepTimed(final long[] nanos) {
        if (nanos.length != groups.length) {
            throw new IllegalArgumentException("nanos has " + nanos.length + " slots; expected " + groups.length);
        }
        final Memory m = mem;
        m.step++;
        m.time = m.step * m.dt;
        final BoundGroup[] gs = groups;
        for (int i = 0; i < gs.length; i++) {
            final long t0 = System.nanoTime();
            gs[i].run();
            nanos[i] += System.nanoTime() - t0;
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

    /** Resolves the signal's array, offset and stride once: a probe read is then a strided copy. */
    @Override
    public SignalReader reader(final Signal signal) {
        final float[] a = mem.array(signal);
        final int off = mem.offset(signal);
        final boolean batched = mem.batched(signal);
        final int stride = batched ? mem.batch : 1;
        final int size = signal.size();
        return (batch, dst, dstOff) -> {
            final int base = off + (batched ? batch : 0);
            for (int i = 0; i < size; i++) {
                dst[dstOff + i] = a[base + i * stride];
            }
        };
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

    /**
     * Allocates gradients and per-group tapes for backpropagation through {@code steps} steps.
     *
     * @param trainableBases base parameter signals whose gradients are wanted
     * @param noGradBases    base state signals whose gradients are not needed (fed inputs)
     * @param steps          steps one recorded forward pass runs
     */
    public void enableTraining(final Set<Signal> trainableBases, final Set<Signal> noGradBases, final int steps) {
        mem.trainable = trainableBases;
        mem.noGrad = noGradBases;
        if (mem.gState == null) {
            mem.gState = new float[mem.state.length];
            mem.gParams = new float[mem.params.length];
        }
        for (BoundGroup g : groups) {
            g.allocateTape(steps);
        }
    }

    /**
     * Lets gradients pass through spiking neurons with a surrogate derivative (set before
     * {@link #enableTraining}).
     *
     * @param beta fast-sigmoid steepness &gt; 0
     */
    public void enableSurrogateGradients(final float beta) {
        mem.surrogateBeta = beta;
    }

    /**
     * One step that records what the backward pass needs.
     *
     * @param t index of the step within the recorded pass
     */
    public void stepRecorded(final int t) {
        final Memory m = mem;
        m.step++;
        m.time = m.step * m.dt;
        final BoundGroup[] gs = groups;
        for (int i = 0; i < gs.length; i++) {
            gs[i].record(t);
            gs[i].run();
            if (checkFinite) {
                checkFinite(gs[i]);
            }
        }
    }

    /**
     * The backward pass of step {@code t}: every group's vector-Jacobian product, in reverse order.
     * The state gradient must already hold the loss gradient of what step t's probes recorded.
     *
     * @param t index of the step within the recorded pass
     */
    public void backwardStep(final int t) {
        final BoundGroup[] gs = groups;
        for (int i = gs.length - 1; i >= 0; i--) {
            gs[i].backward(t);
        }
    }

    /** Zeroes the state gradient (start of a backward pass). */
    public void zeroStateGradients() {
        java.util.Arrays.fill(mem.gState, 0f);
    }

    /** Zeroes the parameter gradients (start of a minibatch). */
    public void zeroParamGradients() {
        java.util.Arrays.fill(mem.gParams, 0f);
    }

    /** @return the shared parameters (write through {@link #paramsChanged()} afterwards) */
    public float[] params() {
        return mem.params;
    }

    /** @return gradients of the shared parameters, same layout as {@link #params()} */
    public float[] paramGradients() {
        return mem.gParams;
    }

    /**
     * @param s a parameter signal
     * @return the offset of its first value in {@link #params()}
     */
    public int paramOffset(final Signal s) {
        if (mem.batched(s)) {
            throw new IllegalArgumentException("signal " + s + " is per-minibatch state, not a parameter");
        }
        return mem.offset(s);
    }

    /**
     * @param s a signal
     * @return true when the plan holds it (optimized-away signals are not)
     */
    @Override
    public boolean holds(final Signal s) {
        return plan.layout().slots().containsKey(s.base());
    }

    /**
     * Writes step {@code step} of the rows {@code order[from .. from + minibatch)} of a
     * {@code (rows, steps, size)} tensor into a state signal, one row per minibatch element.
     *
     * @param s     the signal (an input node's output)
     * @param data  the data
     * @param order row indices (a shuffle, or 0..rows-1)
     * @param from  position in {@code order} of this minibatch's first row
     * @param step  the time index in the data
     */
    public void feed(final Signal s, final dev.neurovec.tensor.Tensor data, final int[] order, final int from,
                     final int step) {
        final int batch = mem.batch;
        final int size = s.size();
        final int steps = data.dim(1);
        final float[] src = data.data();
        final float[] dst = mem.state;
        final int off = mem.offset(s);
        final int base = data.offset();
        for (int b = 0; b < batch; b++) {
            final int row = base + (order[from + b] * steps + step) * size;
            for (int i = 0; i < size; i++) {
                dst[off + i * batch + b] = src[row + i];
            }
        }
    }

    /**
     * Copies a signal's current values into step {@code step} of rows {@code [firstRow, firstRow + minibatch)}
     * of a {@code (rows, steps, size)} tensor.
     *
     * @param s        the signal (a probe's)
     * @param out      the tensor written
     * @param firstRow first row of this minibatch
     * @param step     the time index in the tensor
     */
    public void collect(final Signal s, final dev.neurovec.tensor.Tensor out, final int firstRow, final int step) {
        final int batch = mem.batch;
        final int size = s.size();
        final int steps = out.dim(1);
        final float[] src = mem.array(s);
        final float[] dst = out.data();
        final int off = mem.offset(s);
        final boolean batched = mem.batched(s);
        final int base = out.offset();
        for (int b = 0; b < batch; b++) {
            final int row = base + ((firstRow + b) * steps + step) * size;
            for (int i = 0; i < size; i++) {
                dst[row + i] = src[off + (batched ? i * batch + b : i)];
            }
        }
    }

    /**
     * Adds a loss gradient to a state signal's gradient (the gradient of the value a probe recorded).
     *
     * @param s        the recorded signal
     * @param grad     gradients, {@code (minibatch, steps, size)}
     * @param step     the time index in {@code grad}
     */
    public void addGradient(final Signal s, final dev.neurovec.tensor.Tensor grad, final int step) {
        final int batch = mem.batch;
        final int size = s.size();
        final int steps = grad.dim(1);
        final float[] src = grad.data();
        final float[] dst = mem.gState;
        final int off = mem.offset(s);
        final int base = grad.offset();
        for (int b = 0; b < batch; b++) {
            final int row = base + (b * steps + step) * size;
            for (int i = 0; i < size; i++) {
                dst[off + i * batch + b] += src[row + i];
            }
        }
    }

    /**
     * A copy of the per-minibatch state and the clock.
     *
     * @param state the state array
     * @param step  the step counter
     */
    public record SavedState(float[] state, long step) {
    }

    /** @return a copy of the per-minibatch state and the clock */
    public SavedState saveState() {
        return new SavedState(mem.state.clone(), mem.step);
    }

    /**
     * Copies the state into a buffer made by {@link #saveState()} (no allocation).
     *
     * @param into the buffer
     * @return the buffer, holding the current state
     */
    public SavedState saveState(final SavedState into) {
        System.arraycopy(mem.state, 0, into.state(), 0, mem.state.length);
        return new SavedState(into.state(), mem.step);
    }

    /** @return bytes the recorded forward pass keeps per step for the backward pass (the tape) */
    public long tapeBytesPerStep() {
        long bytes = 0;
        for (BoundGroup g : groups) {
            bytes += g.tapeFloatsPerStep() * 4L;
        }
        return bytes;
    }

    /** @return bytes of the shared parameters (and of their gradient) */
    public long paramBytes() {
        return mem.params.length * 4L;
    }

    /** @return bytes of state (and of its gradient): what a stored checkpoint of the state costs */
    public long stateBytes() {
        return mem.state.length * 4L;
    }

    /**
     * @param saved a copy made by {@link #saveState()} of this executor
     */
    public void restoreState(final SavedState saved) {
        System.arraycopy(saved.state(), 0, mem.state, 0, mem.state.length);
        mem.step = saved.step();
        mem.time = mem.step * mem.dt;
    }

    @Override
    public long stepCount() {
        return mem.step;
    }

    @Override
    public void setStepCount(final long steps) {
        mem.step = steps;
        mem.time = steps * mem.dt;
    }

    @Override
    public int minibatchSize() {
        return mem.batch;
    }

    /** Stops the worker threads; idempotent. */
    @Override
    public void close() {
        if (mem.workers != null) {
            mem.workers.close();
            mem.workers = null;
        }
    }
}
