package dev.neurovec.sim;

import dev.neurovec.build.BuiltConnection;
import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.build.Model;
import dev.neurovec.build.ModelBuilder;
import dev.neurovec.build.Signal;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.ops.Kernels;
import dev.neurovec.sim.planned.PlannedExecutor;
import dev.neurovec.tensor.Tensor;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a network and runs it, as Nengo's {@code nengo.Simulator}: {@link #runSteps}, {@link #run},
 * {@link #step}, probe data, built parameters, {@link #reset}. The first step ends at t = dt.
 * Closing releases the executor; every later call throws {@link IllegalStateException}.
 */
public final class Simulator implements AutoCloseable {
    private final Network network;
    private final SimulatorOptions options;
    private final Model model;
    private final Executor executor;
    private final Map<Probe, ProbeBuffer> probes = new LinkedHashMap<>();
    /** The probe buffers as an array, so stepping iterates without an iterator. */
    private final ProbeBuffer[] buffers;
    private long seed;
    private long nSteps;
    private boolean closed;
    private dev.neurovec.train.Trainer trainer;

    /**
     * Builds with Nengo's defaults.
     *
     * @param network the network
     */
    public Simulator(final Network network) {
        this(network, SimulatorOptions.defaults());
    }

    /**
     * @param network the network
     * @param options settings
     */
    public Simulator(final Network network, final SimulatorOptions options) {
        if (network == null) {
            throw ValidationError.of("Simulator", "network", null, "a network");
        }
        this.network = network;
        this.options = options;
        this.model = ModelBuilder.build(network, options.dt());
        this.seed = options.seed() != null ? options.seed()
            : network.seed() != null ? (network.seed() + 1) & 0xffffffffL
            : new SecureRandom().nextInt(Integer.MAX_VALUE);
        this.executor = switch (options.executor()) {
            case REFERENCE -> new ReferenceExecutor(model, options, seed);
            case PLANNED -> {
                if (options.precision() != Precision.FLOAT32) {
                    throw ValidationError.of("SimulatorOptions", "precision", options.precision(),
                        "FLOAT32 with the planned executor (use ExecutorKind.REFERENCE for float64)");
                }
                yield new PlannedExecutor(model, model.operators(), options.minibatchSize(), seed,
                    ExternalSignals.of(network, model), model.probes().values(), Kernels.get(), options.checkFinite(),
                    options.threads());
            }
        };
        for (Map.Entry<Probe, Signal> e : model.probes().entrySet()) {
            final Double every = e.getKey().sampleEvery();
            probes.put(e.getKey(), new ProbeBuffer(e.getKey().describe(), e.getValue(), executor.reader(e.getValue()),
                options.minibatchSize(), every == null ? 1.0 : every / options.dt()));
        }
        buffers = probes.values().toArray(new ProbeBuffer[0]);
    }

    /** Advances one step. */
    public void step() {
        runSteps(1);
    }

    /**
     * @param steps number of steps, &gt;= 0
     */
    public void runSteps(final int steps) {
        checkOpen();
        if (steps < 0) {
            throw ValidationError.of(describe(), "steps", steps, ">= 0");
        }
        final ProbeBuffer[] buffers = this.buffers;
        for (ProbeBuffer p : buffers) {
            p.reserve(steps);
        }
        for (int k = 0; k < steps; k++) {
            executor.step();
            nSteps++;
            for (ProbeBuffer p : buffers) {
                p.record(nSteps);
            }
        }
    }

    /**
     * Runs steps timing each operator group of the plan, probes recorded as in {@link #runSteps}.
     *
     * @param steps number of steps, &gt;= 1
     * @return the time each group took over those steps
     * @throws UnsupportedOperationException on the reference executor, which has no groups
     */
    public StepProfile profile(final int steps) {
        checkOpen();
        if (steps < 1) {
            throw ValidationError.of(describe(), "steps", steps, ">= 1");
        }
        if (!(executor instanceof PlannedExecutor planned)) {
            throw new UnsupportedOperationException(describe() + ": profile times the planned executor's operator"
                + " groups; the reference executor runs one operator at a time and has none");
        }
        final java.util.List<String> names = planned.groupNames();
        final long[] nanos = new long[names.size()];
        for (ProbeBuffer p : buffers) {
            p.reserve(steps);
        }
        for (int k = 0; k < steps; k++) {
            planned.stepTimed(nanos);
            nSteps++;
            for (ProbeBuffer p : buffers) {
                p.record(nSteps);
            }
        }
        return new StepProfile(names, nanos, steps);
    }

    /**
     * @return the plan the planned executor runs (what {@code neurovec explain} prints), or empty on the
     *     reference executor
     */
    public java.util.Optional<dev.neurovec.graph.Plan> plan() {
        return executor instanceof PlannedExecutor planned ? java.util.Optional.of(planned.plan())
            : java.util.Optional.empty();
    }

    /**
     * Runs {@code round(seconds / dt)} steps, rounding halves to even as numpy does.
     *
     * @param seconds simulated time, &gt;= 0
     */
    public void run(final double seconds) {
        checkOpen();
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw ValidationError.of(describe(), "seconds", seconds, "a finite time >= 0");
        }
        // numpy's round: halves go to the even neighbour (Nengo runs round(t / dt) steps, §3.1)
        final long steps = (long) Math.rint(seconds / options.dt());
        if (steps > Integer.MAX_VALUE) {
            throw ValidationError.of(describe(), "seconds", seconds, "at most " + Integer.MAX_VALUE + " steps");
        }
        if (steps == 0 && seconds > 0) {
            System.getLogger(Simulator.class.getName()).log(System.Logger.Level.WARNING,
                describe() + ": run(" + seconds + " s) is less than half a step of " + options.dt() + " s; no step run");
        }
        runSteps((int) steps);
    }

    /** @return times of every step so far, {@code dt * (1..nSteps)} */
    public double[] trange() {
        return trange(null);
    }

    /**
     * @param sampleEvery a probe's sampling period in seconds, or null for every step
     * @return times of the steps a probe with that period sampled
     */
    public double[] trange(final Double sampleEvery) {
        checkOpen();
        final double period = sampleEvery == null ? 1.0 : sampleEvery / options.dt();
        int count = 0;
        for (long n = 1; n <= nSteps; n++) {
            if (n % period < 1) {
                count++;
            }
        }
        final double[] t = new double[count];
        int k = 0;
        for (long n = 1; n <= nSteps; n++) {
            if (n % period < 1) {
                t[k++] = options.dt() * n;
            }
        }
        return t;
    }

    /**
     * @param probe a probe of the simulated network
     * @return samples x size (minibatch element 0), as float
     */
    public float[][] data(final Probe probe) {
        final double[][] d = dataDouble(probe, 0);
        final float[][] f = new float[d.length][];
        for (int i = 0; i < d.length; i++) {
            f[i] = new float[d[i].length];
            for (int k = 0; k < d[i].length; k++) {
                f[i][k] = (float) d[i][k];
            }
        }
        return f;
    }

    /**
     * @param probe a probe of the simulated network
     * @return samples x size of minibatch element 0, in double (exact in float64 mode)
     */
    public double[][] dataDouble(final Probe probe) {
        return dataDouble(probe, 0);
    }

    /**
     * @param probe a probe of the simulated network
     * @param batch minibatch element
     * @return samples x size of that element
     */
    public double[][] dataDouble(final Probe probe, final int batch) {
        checkOpen();
        final ProbeBuffer buf = probes.get(probe);
        if (buf == null) {
            throw ValidationError.of(describe(), "probe", probe, "a probe of this simulator's network");
        }
        if (batch < 0 || batch >= options.minibatchSize()) {
            throw ValidationError.of(describe(), "batch", batch, "0 <= batch < " + options.minibatchSize());
        }
        final double[][] out = new double[buf.rows()][buf.size()];
        for (int r = 0; r < buf.rows(); r++) {
            for (int c = 0; c < buf.size(); c++) {
                out[r][c] = buf.value(batch, r, c);
            }
        }
        return out;
    }

    /**
     * @param ensemble an ensemble of the network
     * @return its built parameters (encoders, gains, biases, scaled encoders, eval points)
     */
    public BuiltEnsemble data(final Ensemble ensemble) {
        checkOpen();
        final Object p = model.params(ensemble);
        if (!(p instanceof BuiltEnsemble b)) {
            throw ValidationError.of(describe(), "ensemble", ensemble, "an ensemble of this simulator's network");
        }
        return b;
    }

    /**
     * @param connection a connection of the network
     * @return its built weights and solver information
     */
    public BuiltConnection data(final Connection connection) {
        checkOpen();
        final Object p = model.params(connection);
        if (!(p instanceof BuiltConnection b)) {
            throw ValidationError.of(describe(), "connection", connection, "a connection of this simulator's network");
        }
        return b;
    }

    private dev.neurovec.train.Trainer trainer() {
        checkOpen();
        if (trainer == null) {
            trainer = new dev.neurovec.train.Trainer(network, model, options.minibatchSize(), seed,
                ExternalSignals.of(network, model), executor, network.config().lifSmoothing(), options.threads());
        }
        return trainer;
    }

    /**
     * Sets the optimizer and one loss for every probe, as NengoDL's {@code compile(optimizer, loss)}.
     *
     * @param optimizer the optimizer
     * @param loss      the loss applied to each probe's output
     */
    public void compile(final dev.neurovec.train.Optimizer optimizer, final dev.neurovec.train.Loss loss) {
        final Map<Probe, dev.neurovec.train.Loss> losses = new LinkedHashMap<>();
        for (Probe p : model.probes().keySet()) {
            losses.put(p, loss);
        }
        compile(optimizer, losses, Map.of(), Map.of());
    }

    /**
     * Sets the optimizer, a loss per trained probe, metrics per probe and loss weights.
     *
     * @param optimizer   the optimizer
     * @param losses      loss per probe (probes without one are not trained on)
     * @param metrics     metrics per probe
     * @param lossWeights weight of each probe's loss in the total (default 1)
     */
    public void compile(final dev.neurovec.train.Optimizer optimizer, final Map<Probe, dev.neurovec.train.Loss> losses,
                        final Map<Probe, java.util.List<dev.neurovec.train.Metric>> metrics,
                        final Map<Probe, Float> lossWeights) {
        if (optimizer == null) {
            throw ValidationError.of(describe(), "optimizer", null, "an optimizer");
        }
        if (losses == null || losses.isEmpty()) {
            throw ValidationError.of(describe(), "losses", losses, "a loss for at least one probe");
        }
        trainer().compile(new dev.neurovec.train.Compiled(optimizer, new LinkedHashMap<>(losses), Map.copyOf(lossWeights),
            Map.copyOf(metrics)));
    }

    /**
     * Trains with NengoDL's semantics: spiking neurons run as their rate equivalents, the simulator's
     * state is restored afterwards, trained parameters are kept.
     *
     * @param x      input data per input node, {@code (rows, steps, size)}
     * @param y      target data per probe
     * @param epochs passes over the data
     * @return the logs of each epoch
     */
    public dev.neurovec.train.History fit(final Map<Node, Tensor> x, final Map<Probe, Tensor> y, final int epochs) {
        return fit(x, y, dev.neurovec.train.FitOptions.epochs(epochs));
    }

    /**
     * @param x       input data per input node
     * @param y       target data per probe
     * @param options epochs, shuffle, validation, callbacks, statefulness
     * @return the logs of each epoch
     */
    public dev.neurovec.train.History fit(final Map<Node, Tensor> x, final Map<Probe, Tensor> y,
                                          final dev.neurovec.train.FitOptions options) {
        return trainer().fit(x, y, options);
    }

    /**
     * What {@link #fit} would hold in memory for this data: tape per step, state, parameters.
     *
     * @param x       input data per input node
     * @param options the fit options ({@code checkpointEvery} shortens the tape)
     * @return the memory figures
     */
    public dev.neurovec.train.TrainingMemory trainingMemory(final Map<Node, Tensor> x,
                                                            final dev.neurovec.train.FitOptions options) {
        return trainer().memory(x, options);
    }

    /**
     * @param x input data per input node
     * @param y target data per probe
     * @return {@code loss}, {@code <probe>_loss} and {@code <probe>_<metric>}, in inference mode
     */
    public Map<String, Double> evaluate(final Map<Node, Tensor> x, final Map<Probe, Tensor> y) {
        return trainer().evaluate(x, y);
    }

    /**
     * Runs on data in inference mode (spikes stay spikes), isolated: the simulator's state is unchanged.
     *
     * @param x input data per input node; steps are the data's
     * @return each probe's output, {@code (rows, steps, size)}
     */
    public Map<Probe, Tensor> predict(final Map<Node, Tensor> x) {
        if (x.isEmpty()) {
            throw ValidationError.of(describe(), "inputs", "none", "data, or use predict(nSteps)");
        }
        return trainer().predict(x, x.values().iterator().next().dim(1), false);
    }

    /**
     * Runs one minibatch for {@code nSteps} steps with every input node generating its own values.
     *
     * @param nSteps steps to run
     * @return each probe's output, {@code (minibatch, steps, size)}
     */
    public Map<Probe, Tensor> predict(final int nSteps) {
        return trainer().predict(Map.of(), nSteps, false);
    }

    /**
     * @param x        input data per input node
     * @param nSteps   steps (the data's when given)
     * @param stateful keep the end state as the simulator's state
     * @return each probe's output
     */
    public Map<Probe, Tensor> predict(final Map<Node, Tensor> x, final int nSteps, final boolean stateful) {
        return trainer().predict(x, nSteps, stateful);
    }

    /**
     * Exactly one minibatch of data.
     *
     * @param x input data per input node, with exactly {@code minibatchSize} rows
     * @return each probe's output
     */
    public Map<Probe, Tensor> predictOnBatch(final Map<Node, Tensor> x) {
        for (Map.Entry<Node, Tensor> e : x.entrySet()) {
            if (e.getValue().dim(0) != options.minibatchSize()) {
                throw ValidationError.of(describe(), "rows of " + e.getKey().describe(), e.getValue().dim(0),
                    options.minibatchSize() + " (the minibatch size)");
            }
        }
        return predict(x);
    }

    /**
     * Reads a signal's current value from the simulator's state (parameters are shared by the minibatch).
     *
     * @param signal a signal of {@link #model()}
     * @param batch  minibatch element
     * @return its values
     */
    public double[] read(final Signal signal, final int batch) {
        checkOpen();
        final double[] v = new double[signal.size()];
        if (executor.holds(signal)) {
            executor.read(signal, batch, v, 0);
        } else {
            System.arraycopy(signal.initialValue(), 0, v, 0, v.length);
        }
        return v;
    }

    /**
     * Overwrites a signal's current value (loading parameters or state); later calls see it.
     *
     * @param signal a signal of {@link #model()}
     * @param batch  minibatch element (any, for a parameter)
     * @param values exactly {@code signal.size()} values
     */
    public void write(final Signal signal, final int batch, final double[] values) {
        checkOpen();
        if (values.length != signal.size()) {
            throw ValidationError.of(describe(), "values for " + signal.name(), values.length,
                signal.size() + " (the signal's size)");
        }
        if (executor.holds(signal)) {
            executor.write(signal, batch, values, 0);
        }
    }

    /** @return true when the simulator's executor keeps the signal (the optimizer drops unused ones) */
    public boolean holds(final Signal signal) {
        return executor.holds(signal);
    }

    /**
     * Sets the clock (steps run), e.g. when restoring a checkpoint's simulation state.
     *
     * @param steps steps since the start
     */
    public void setStepCount(final long steps) {
        checkOpen();
        executor.setStepCount(steps);
        nSteps = steps;
    }

    /** @return the optimizer set by {@code compile}, or null */
    public dev.neurovec.train.Optimizer optimizer() {
        return trainer == null ? null : trainer.optimizer();
    }

    /**
     * Compares the analytic gradients of training with central finite differences (NengoDL's
     * {@code check_gradients}): the float32 backward pass against the float64 reference executor on the
     * same rate-swapped operators, for the mean squared error of the probes against {@code y}.
     *
     * @param x    input data per input node, {@code (rows, steps, size)}; all rows form one batch
     * @param y    targets per probe
     * @param atol absolute tolerance (the float32 backward pass: 1e-4 is typical)
     * @param rtol relative tolerance (1e-2 for float32)
     * @return the comparison; {@code ok()} is false when an element is out of tolerance
     */
    public dev.neurovec.train.GradientCheck.Result checkGradients(final Map<Node, Tensor> x, final Map<Probe, Tensor> y,
                                                                  final double atol, final double rtol) {
        checkOpen();
        return dev.neurovec.train.GradientCheck.check(network, model, x, y, 16, 1e-3, atol, rtol);
    }

    /** @return the base signals training changes (connection weights, encoders, biases by default) */
    public java.util.Set<Signal> trainableSignals() {
        return trainer().trainable();
    }

    /** Resets to the initial state with the current seed and clears the probes. */
    public void reset() {
        reset(seed);
    }

    /**
     * Resets to the initial state, re-seeds the processes and clears the probes.
     *
     * @param newSeed the simulator seed
     */
    public void reset(final long newSeed) {
        checkOpen();
        if (newSeed < 0 || newSeed > 0xffffffffL) {
            throw ValidationError.of(describe(), "seed", newSeed, "0 <= seed <= 2^32 - 1");
        }
        this.seed = newSeed;
        executor.reset(newSeed);
        nSteps = 0;
        clearProbes();
    }

    /**
     * Resets the simulation state (voltages, filter states, time) and the probes but keeps trained
     * parameters, as NengoDL's {@code reset(include_trainable=False)}: between sequences when training
     * through stateful chunks.
     */
    public void resetState() {
        checkOpen();
        final java.util.Set<Signal> keep = trainer == null ? java.util.Set.of() : trainer.trainable();
        final java.util.Map<Signal, double[]> saved = new java.util.IdentityHashMap<>();
        for (Signal s : keep) {
            if (!executor.holds(s)) {
                continue;
            }
            final double[] v = new double[s.size()];
            executor.read(s, 0, v, 0);
            saved.put(s, v);
        }
        executor.reset(seed);
        saved.forEach((s, v) -> executor.write(s, 0, v, 0));
        nSteps = 0;
        clearProbes();
    }

    /** Drops recorded probe data (the simulation state is kept). */
    public void clearProbes() {
        checkOpen();
        probes.values().forEach(ProbeBuffer::clear);
    }

    /** @return time step in seconds */
    public double dt() {
        return options.dt();
    }

    /** @return the simulator seed */
    public long seed() {
        return seed;
    }

    /** @return steps run since the last reset */
    public long nSteps() {
        return nSteps;
    }

    /** @return current simulated time in seconds */
    public double time() {
        return nSteps * options.dt();
    }

    /** @return the built model */
    public Model model() {
        return model;
    }

    /** @return the settings */
    public SimulatorOptions options() {
        return options;
    }

    /** @return the simulated network */
    public Network network() {
        return network;
    }

    /** Releases the executor. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            executor.close();
            if (trainer != null) {
                trainer.close();
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(describe() + " is closed");
        }
    }

    private String describe() {
        return "Simulator of " + network.describe();
    }

    /**
     * The compiled optimizer's progress per trained parameter (iterations and slots), for checkpoints.
     * Delegates to {@code train}.
     *
     * @return the state
     * @throws IllegalStateException before {@code compile}
     */
    public dev.neurovec.train.OptimizerState optimizerState() {
        return trainer().optimizerState();
    }

    /**
     * Continues the compiled optimizer from a saved state: the iteration count now, the slots when the
     * next {@code fit} lays out its parameters. Delegates to {@code train}.
     *
     * @param state the state, e.g. read from a checkpoint
     * @throws IllegalStateException before {@code compile}
     */
    public void restoreOptimizerState(final dev.neurovec.train.OptimizerState state) {
        trainer().restoreOptimizerState(state);
    }

    /**
     * Saves the parameters (ensemble encoders and biases, connection weights, tensor-layer parameters) to
     * an HDF5 checkpoint, atomically, as NengoDL's {@code save_params(path)}. Delegates to {@code io}.
     *
     * @param path the file; its folder must exist; an existing file is replaced only once the new one is
     *             complete and synced
     * @throws dev.neurovec.io.CheckpointIoError when writing fails (the previous file is then unchanged)
     */
    public void saveParams(final java.nio.file.Path path) {
        saveParams(path, dev.neurovec.io.SaveOptions.params());
    }

    /**
     * Saves the parameters and, as asked, the simulation state and the optimizer state to an HDF5
     * checkpoint (layout: {@link dev.neurovec.io.CheckpointLayout}). Delegates to {@code io}.
     *
     * @param path    the file
     * @param options what to include ({@code SaveOptions.all()} for resuming training)
     * @throws dev.neurovec.io.CheckpointIoError when writing fails (the previous file is then unchanged)
     */
    public void saveParams(final java.nio.file.Path path, final dev.neurovec.io.SaveOptions options) {
        checkOpen();
        dev.neurovec.io.Checkpoints.save(this, path, options);
    }

    /**
     * Loads the parameters of an HDF5 checkpoint, as NengoDL's {@code load_params(path)}: names and shapes
     * must match exactly; a checkpoint of a structurally different network loads with a logged warning.
     * Delegates to {@code io}.
     *
     * @param path the file
     * @return the file's root attributes
     * @throws dev.neurovec.io.CheckpointError when the file is unreadable or does not fit (nothing is
     *     changed then)
     */
    public dev.neurovec.io.CheckpointInfo loadParams(final java.nio.file.Path path) {
        return loadParams(path, dev.neurovec.io.LoadOptions.params());
    }

    /**
     * Loads the parameters and, as asked, the simulation state and the optimizer state of an HDF5
     * checkpoint. Delegates to {@code io}.
     *
     * @param path    the file
     * @param options what to restore ({@code LoadOptions.all()} to resume training; compile first) and
     *                whether a different network is an error
     * @return the file's root attributes (resume with {@code FitOptions.withInitialEpoch(info.epoch())})
     * @throws dev.neurovec.io.CheckpointError when the file is unreadable or does not fit (nothing is
     *     changed then)
     */
    public dev.neurovec.io.CheckpointInfo loadParams(final java.nio.file.Path path,
                                                     final dev.neurovec.io.LoadOptions options) {
        checkOpen();
        return dev.neurovec.io.Checkpoints.load(this, path, options);
    }

    /**
     * Writes the current (trained) values of the given objects back into the network, as NengoDL's
     * {@code freeze_params}: ensembles get explicit encoders, gains and biases, decoded connections a
     * {@code NoSolver} with the trained decoders, other connections their trained transform. Any simulator
     * built from the network afterwards (either executor, the hardware modules) starts from these values.
     * Delegates to {@code io}.
     *
     * @param objects ensembles, connections, or networks (all their ensembles and connections)
     */
    public void freezeParams(final dev.neurovec.network.NengoObject... objects) {
        checkOpen();
        dev.neurovec.io.ParamExchange.freeze(this, objects);
    }

    /**
     * The constructor arguments that recreate the given objects with their current values, as NengoDL's
     * {@code get_nengo_params}. Delegates to {@code io}.
     *
     * @param objects ensembles, connections, or networks (all their ensembles and connections)
     * @return each object's arguments, in order (connections without weights are left out)
     */
    public java.util.Map<dev.neurovec.network.NengoObject, dev.neurovec.io.NengoParams> getNengoParams(
        final dev.neurovec.network.NengoObject... objects) {
        checkOpen();
        return dev.neurovec.io.ParamExchange.get(this, objects);
    }
}
