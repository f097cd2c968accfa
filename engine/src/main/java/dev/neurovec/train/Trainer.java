package dev.neurovec.train;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.ops.Kernels;
import dev.neurovec.sim.Executor;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.sim.planned.PlannedExecutor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NengoDL's {@code predict}, {@code fit} and {@code evaluate} over a built model. Training runs a plan
 * whose spiking neurons are swapped for their rate equivalents, records each step's forward values,
 * then runs the steps backwards (backpropagation through time) and applies the optimizer once per
 * minibatch. Inference runs a plan with the neurons as built. Both are planned executors of the same
 * model; state and trained parameters are copied to and from the simulator's own executor, so by
 * default every call starts from the simulator's state and leaves it unchanged (NengoDL's isolated
 * calls, §4.4).
 */
public final class Trainer {
    private static final System.Logger LOG = System.getLogger(Trainer.class.getName());

    private final Network network;
    private final Model model;
    private final int batch;
    private final long seed;
    private final Set<Signal> external;
    private final Executor home;
    private final Set<Signal> trainable;
    private final Double lifSmoothing;
    private final int threads;
    private final Map<Set<Signal>, PlannedExecutor> inference = new LinkedHashMap<>();
    private final Map<Set<Signal>, PlannedExecutor> training = new LinkedHashMap<>();
    private Compiled compiled;
    /** Offset of each trained parameter in the optimizer's slot arrays, as laid out by the last fit. */
    private Map<Signal, Integer> slotLayout = Map.of();
    /** Optimizer state restored from a checkpoint, applied once the next fit has laid out its parameters. */
    private OptimizerState pendingOptimizer;

    /**
     * @param network      the network
     * @param model        its built model
     * @param batch        minibatch size
     * @param seed         simulator seed (process streams)
     * @param external     signals written from outside the operators (inputs, trained parameters)
     * @param home         the simulator's own executor, holding the stored state
     * @param lifSmoothing SoftLIFRate smoothing for training LIF neurons, or null
     * @param threads      threads for large groups
     */
    public Trainer(final Network network, final Model model, final int batch, final long seed,
                   final Set<Signal> external, final Executor home, final Double lifSmoothing, final int threads) {
        this.network = network;
        this.model = model;
        this.batch = batch;
        this.seed = seed;
        this.external = external;
        this.home = home;
        this.lifSmoothing = lifSmoothing;
        this.threads = threads;
        this.trainable = Trainables.of(network, model);
    }

    /**
     * @param c the optimizer, losses and metrics
     */
    public void compile(final Compiled c) {
        for (Probe p : c.losses().keySet()) {
            if (!model.probes().containsKey(p)) {
                throw ValidationError.of("compile", "loss probe", p, "a probe of the simulated network");
            }
        }
        this.compiled = c;
    }

    /** @return the base signals training changes */
    public Set<Signal> trainable() {
        return Collections.unmodifiableSet(trainable);
    }

    private Set<Signal> fedSignals(final Map<Node, Tensor> x) {
        final Set<Signal> fed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : x.keySet()) {
            final Signal s = model.sig(n).get("out");
            if (s != null) {
                fed.add(s.base());
            }
        }
        return fed;
    }

    private PlannedExecutor inferenceExecutor(final Set<Signal> fed) {
        return inference.computeIfAbsent(fed, f -> new PlannedExecutor(model, TrainingOps.inference(model, f), batch,
            seed, external, model.probes().values(), Kernels.get(), false, threads));
    }

    private PlannedExecutor trainingExecutor(final Set<Signal> fed) {
        final Double beta = network.config().surrogateGradient();
        return training.computeIfAbsent(fed, f -> {
            final PlannedExecutor ex = new PlannedExecutor(model, TrainingOps.training(model, f, lifSmoothing, beta != null),
                batch, seed, external, model.probes().values(), Kernels.get(), false, threads);
            if (beta != null) {
                ex.enableSurrogateGradients(beta.floatValue());
            }
            return ex;
        });
    }

    /**
     * Runs the network on input data in inference mode (spiking neurons spike).
     *
     * @param x      data per input node, {@code (rows, steps, size)}; nodes without data run as built
     * @param nSteps steps to run (must equal the data's steps when data is given)
     * @param keep   true to store the end state as the simulator's state (NengoDL's stateful)
     * @return each probe's output, {@code (rows used, steps, size)}
     */
    public Map<Probe, Tensor> predict(final Map<Node, Tensor> x, final int nSteps, final boolean keep) {
        final int rows = DataCheck.rows(network, x, batch, nSteps, "predict");
        final int used = DataCheck.usableRows(rows, batch, "predict");
        final PlannedExecutor ex = inferenceExecutor(fedSignals(x));
        final List<Signal> state = model.stateSignals();
        StateTransfer.copy(home, ex, state);
        StateTransfer.copy(home, ex, trainable);
        ex.setStepCount(home.stepCount());
        final PlannedExecutor.SavedState s0 = ex.saveState();
        final Map<Probe, Tensor> out = new LinkedHashMap<>();
        for (Map.Entry<Probe, Signal> e : model.probes().entrySet()) {
            out.put(e.getKey(), Tensor.zeros(used, nSteps, e.getValue().size()));
        }
        final int[] order = identity(rows);
        final List<Map.Entry<Signal, Tensor>> sinks = new ArrayList<>();
        for (Map.Entry<Probe, Tensor> e : out.entrySet()) {
            sinks.add(Map.entry(model.probes().get(e.getKey()), e.getValue()));
        }
        for (int first = 0; first < used; first += batch) {
            if (!keep) {
                ex.restoreState(s0);
            }
            final int f = first;
            runForward(ex, x, order, first, nSteps, false, t -> {
                for (Map.Entry<Signal, Tensor> sink : sinks) {
                    ex.collect(sink.getKey(), sink.getValue(), f, t);
                }
            });
        }
        if (keep) {
            StateTransfer.copy(ex, home, state);
            home.setStepCount(ex.stepCount());
        }
        return out;
    }

    /**
     * Trains on data.
     *
     * @param x       inputs per node, {@code (rows, steps, size)}
     * @param y       targets per probe
     * @param options epochs, shuffling, validation, callbacks, statefulness
     * @return the logs of each epoch
     */
    public History fit(final Map<Node, Tensor> x, final Map<Probe, Tensor> y, final FitOptions options) {
        requireCompiled("fit");
        final int nSteps = DataCheck.steps(x, "fit");
        final int rows = DataCheck.rows(network, x, batch, nSteps, "fit");
        DataCheck.targets(model, y, compiled, rows, "fit");
        final int used = DataCheck.usableRows(rows, batch, "fit");
        final int batches = used / batch;
        final Set<Signal> fed = fedSignals(x);
        final PlannedExecutor ex = trainingExecutor(fed);
        final int k = options.checkpointEvery() > 0 && options.checkpointEvery() < nSteps ? options.checkpointEvery()
            : nSteps;
        ex.enableTraining(trainable, fed, k);
        final List<Signal> state = model.stateSignals();
        StateTransfer.copy(home, ex, state);
        StateTransfer.copy(home, ex, trainable);
        ex.setStepCount(home.stepCount());
        final PlannedExecutor.SavedState s0 = ex.saveState();
        final PlannedExecutor.SavedState[] segmentStarts = new PlannedExecutor.SavedState[(nSteps + k - 1) / k];
        if (k < nSteps) {
            for (int i = 0; i < segmentStarts.length; i++) {
                segmentStarts[i] = ex.saveState();
            }
        }
        final PlannedExecutor.SavedState end = k < nSteps ? ex.saveState() : null;
        final int[] offsets = paramOffsets(ex);
        final int[] lengths = paramLengths(ex);
        layOutOptimizer(ex);
        final Batch mb = new Batch(compiled, model, ex, batch, nSteps, y);
        final RandomState rng = new RandomState(options.seed());
        for (int skipped = 0; options.shuffle() && skipped < options.initialEpoch(); skipped++) {
            rng.permutation(rows);
        }
        final History history = new History();
        options.callbacks().forEach(c -> c.onTrainBegin(options.epochs(), batches));
        try {
            for (int epoch = options.initialEpoch(); epoch < options.epochs(); epoch++) {
                final int[] order = options.shuffle() ? rng.permutation(rows) : identity(rows);
                mb.resetEpoch();
                for (int bi = 0; bi < batches; bi++) {
                    if (!options.stateful()) {
                        ex.restoreState(s0);
                    }
                    ex.zeroParamGradients();
                    if (k == nSteps) {
                        runForward(ex, x, order, bi * batch, nSteps, true, mb::collect);
                        mb.lossAndGradient(order, bi * batch);
                        ex.zeroStateGradients();
                        for (int t = nSteps - 1; t >= 0; t--) {
                            mb.addLossGradients(ex, t);
                            ex.backwardStep(t);
                        }
                    } else {
                        checkpointedPass(ex, x, order, bi * batch, nSteps, k, mb, segmentStarts, end);
                    }
                    compiled.optimizer().step(ex.params(), ex.paramGradients(), offsets, lengths);
                    ex.paramsChanged();
                    final int b = bi;
                    final int e = epoch;
                    options.callbacks().forEach(c -> c.onBatchEnd(e, b, mb.meanLoss()));
                }
                final Map<String, Double> logs = mb.epochLogs();
                publishParams(ex);
                if (options.validationX() != null) {
                    evaluate(options.validationX(), options.validationY()).forEach((key, v) -> logs.put("val_" + key, v));
                }
                history.add(logs);
                final int e = epoch;
                options.callbacks().forEach(c -> c.onEpochEnd(e, logs));
            }
        } finally {
            options.callbacks().forEach(Callback::onTrainEnd);
        }
        publishParams(ex);
        if (options.stateful()) {
            StateTransfer.copy(ex, home, state);
            home.setStepCount(ex.stepCount());
        }
        return history;
    }

    /**
     * What {@link #fit} will hold in memory for this data and these options, without training.
     *
     * @param x       inputs per node, {@code (rows, steps, size)}
     * @param options the fit options (gradient checkpointing changes the tape)
     * @return the memory figures
     */
    public TrainingMemory memory(final Map<Node, Tensor> x, final FitOptions options) {
        requireCompiled("trainingMemory");
        final int nSteps = DataCheck.steps(x, "trainingMemory");
        DataCheck.rows(network, x, batch, nSteps, "trainingMemory");
        final Set<Signal> fed = fedSignals(x);
        final PlannedExecutor ex = trainingExecutor(fed);
        final int k = options.checkpointEvery() > 0 && options.checkpointEvery() < nSteps ? options.checkpointEvery()
            : nSteps;
        ex.enableTraining(trainable, fed, k);
        final int savedStates = 1 + (k < nSteps ? (nSteps + k - 1) / k + 1 : 0);
        return new TrainingMemory(ex.tapeBytesPerStep(), k, ex.stateBytes(), savedStates, ex.paramBytes());
    }

    /**
     * Evaluates the compiled losses and metrics in inference mode.
     *
     * @param x inputs per node
     * @param y targets per probe
     * @return {@code loss}, {@code <probe>_loss} and {@code <probe>_<metric>} averaged over minibatches
     */
    public Map<String, Double> evaluate(final Map<Node, Tensor> x, final Map<Probe, Tensor> y) {
        requireCompiled("evaluate");
        final int nSteps = DataCheck.steps(x, "evaluate");
        final int rows = DataCheck.rows(network, x, batch, nSteps, "evaluate");
        DataCheck.targets(model, y, compiled, rows, "evaluate");
        final int used = DataCheck.usableRows(rows, batch, "evaluate");
        final PlannedExecutor ex = inferenceExecutor(fedSignals(x));
        final List<Signal> state = model.stateSignals();
        StateTransfer.copy(home, ex, state);
        StateTransfer.copy(home, ex, trainable);
        ex.setStepCount(home.stepCount());
        final PlannedExecutor.SavedState s0 = ex.saveState();
        final Batch mb = new Batch(compiled, model, ex, batch, nSteps, y);
        final int[] order = identity(rows);
        for (int first = 0; first < used; first += batch) {
            ex.restoreState(s0);
            runForward(ex, x, order, first, nSteps, false, mb::collect);
            mb.lossOnly(order, first);
        }
        return mb.epochLogs();
    }

    /**
     * Copies trained parameters to the simulator's executor, the single source of truth: every call
     * copies them from there into the executor it runs.
     */
    private void publishParams(final PlannedExecutor ex) {
        StateTransfer.copy(ex, home, trainable);
    }

    /** Stops the worker threads of every executor this trainer made. */
    public void close() {
        inference.values().forEach(PlannedExecutor::close);
        training.values().forEach(PlannedExecutor::close);
    }

    /**
     * The optimizer's iteration count and slots per trained parameter (a pending restored state until a
     * fit applies it).
     *
     * @return the state
     */
    public OptimizerState optimizerState() {
        requireCompiled("optimizerState");
        if (pendingOptimizer != null) {
            return pendingOptimizer;
        }
        final Optimizer o = compiled.optimizer();
        final Map<String, Map<Signal, float[]>> slots = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> slot : o.slots().entrySet()) {
            final Map<Signal, float[]> per = new LinkedHashMap<>();
            for (Map.Entry<Signal, Integer> p : slotLayout.entrySet()) {
                final int from = p.getValue();
                per.put(p.getKey(), java.util.Arrays.copyOfRange(slot.getValue(), from, from + p.getKey().size()));
            }
            slots.put(slot.getKey(), per);
        }
        return new OptimizerState(o.describe(), o.iterations(), slots);
    }

    /**
     * Restores the optimizer's progress: the iteration count at once, the slots when the next fit has
     * laid out its parameters (their positions depend on that fit's plan).
     *
     * @param state the state to continue from
     */
    public void restoreOptimizerState(final OptimizerState state) {
        requireCompiled("restoreOptimizerState");
        compiled.optimizer().restore(state.iterations(), Map.of());
        pendingOptimizer = state;
    }

    private void layOutOptimizer(final PlannedExecutor ex) {
        final Map<Signal, Integer> layout = new LinkedHashMap<>();
        for (Signal s : trainable) {
            if (ex.holds(s)) {
                layout.put(s, ex.paramOffset(s));
            }
        }
        slotLayout = layout;
        final OptimizerState p = pendingOptimizer;
        if (p == null) {
            return;
        }
        pendingOptimizer = null;
        final Map<String, float[]> flat = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Signal, float[]>> slot : p.slots().entrySet()) {
            final float[] a = new float[ex.params().length];
            for (Map.Entry<Signal, float[]> v : slot.getValue().entrySet()) {
                final Integer at = layout.get(v.getKey());
                if (at != null) {
                    System.arraycopy(v.getValue(), 0, a, at, v.getValue().length);
                }
            }
            flat.put(slot.getKey(), a);
        }
        compiled.optimizer().restore(p.iterations(), flat);
    }

    /** @return the compiled optimizer, or null before {@code compile} */
    public Optimizer optimizer() {
        return compiled == null ? null : compiled.optimizer();
    }

    /**
     * Gradient checkpointing: a forward pass that stores the state at the start of every k-step segment,
     * then, segment by segment from the last, a recorded recomputation and its backward pass. The tape
     * holds k steps instead of all of them.
     */
    private void checkpointedPass(final PlannedExecutor ex, final Map<Node, Tensor> x, final int[] order,
                                  final int first, final int nSteps, final int k, final Batch mb,
                                  final PlannedExecutor.SavedState[] starts, final PlannedExecutor.SavedState end) {
        final List<Map.Entry<Signal, Tensor>> feeds = feeds(ex, x);
        for (int t = 0; t < nSteps; t++) {
            if (t % k == 0) {
                starts[t / k] = ex.saveState(starts[t / k]);
            }
            feedStep(ex, feeds, order, first, t);
            ex.step();
            mb.collect(t);
        }
        final PlannedExecutor.SavedState finalState = ex.saveState(end);
        mb.lossAndGradient(order, first);
        ex.zeroStateGradients();
        for (int seg = starts.length - 1; seg >= 0; seg--) {
            final int from = seg * k;
            final int to = Math.min(nSteps, from + k);
            ex.restoreState(starts[seg]);
            for (int t = from; t < to; t++) {
                feedStep(ex, feeds, order, first, t);
                ex.stepRecorded(t - from);
            }
            for (int t = to - 1; t >= from; t--) {
                mb.addLossGradients(ex, t);
                ex.backwardStep(t - from);
            }
        }
        ex.restoreState(finalState);
    }

    private List<Map.Entry<Signal, Tensor>> feeds(final PlannedExecutor ex, final Map<Node, Tensor> x) {
        final List<Map.Entry<Signal, Tensor>> feeds = new ArrayList<>();
        for (Map.Entry<Node, Tensor> e : x.entrySet()) {
            final Signal s = model.sig(e.getKey()).get("out");
            if (s != null && ex.holds(s)) {
                feeds.add(Map.entry(s, e.getValue()));
            }
        }
        return feeds;
    }

    private static void feedStep(final PlannedExecutor ex, final List<Map.Entry<Signal, Tensor>> feeds, final int[] order,
                                 final int first, final int t) {
        for (int i = 0; i < feeds.size(); i++) {
            final Map.Entry<Signal, Tensor> f = feeds.get(i);
            ex.feed(f.getKey(), f.getValue(), order, first, t);
        }
    }

    /** Called after each step of a forward pass, e.g. to read probes. */
    interface StepSink {
        void afterStep(int t);
    }

    private void runForward(final PlannedExecutor ex, final Map<Node, Tensor> x, final int[] order, final int first,
                            final int nSteps, final boolean record, final StepSink sink) {
        final List<Map.Entry<Signal, Tensor>> feeds = feeds(ex, x);
        for (int t = 0; t < nSteps; t++) {
            feedStep(ex, feeds, order, first, t);
            if (record) {
                ex.stepRecorded(t);
            } else {
                ex.step();
            }
            sink.afterStep(t);
        }
    }

    private void requireCompiled(final String call) {
        if (compiled == null) {
            throw new IllegalStateException(call + ": call compile(optimizer, loss) first");
        }
    }

    private int[] paramOffsets(final PlannedExecutor ex) {
        final List<Integer> o = new ArrayList<>();
        for (Signal s : trainable) {
            if (ex.holds(s)) {
                o.add(ex.paramOffset(s));
            }
        }
        return o.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] paramLengths(final PlannedExecutor ex) {
        final List<Integer> o = new ArrayList<>();
        for (Signal s : trainable) {
            if (ex.holds(s)) {
                o.add(s.size());
            }
        }
        return o.stream().mapToInt(Integer::intValue).toArray();
    }

    static int[] identity(final int n) {
        final int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    static void warnDropped(final String call, final int dropped, final int rows, final int batch) {
        LOG.log(System.Logger.Level.WARNING, call + ": " + rows + " examples are not a multiple of the minibatch size "
            + batch + "; the last " + dropped + " are dropped");
    }
}
