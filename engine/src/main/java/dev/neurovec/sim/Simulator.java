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
import dev.neurovec.network.Probe;
import dev.neurovec.ops.Kernels;
import dev.neurovec.sim.planned.PlannedExecutor;

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
    private long seed;
    private long nSteps;
    private boolean closed;

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
                yield new PlannedExecutor(model, options.minibatchSize(), seed, ExternalSignals.of(network, model),
                    model.probes().values(), Kernels.get(), options.checkFinite());
            }
        };
        for (Map.Entry<Probe, Signal> e : model.probes().entrySet()) {
            final Double every = e.getKey().sampleEvery();
            probes.put(e.getKey(), new ProbeBuffer(e.getValue(), options.minibatchSize(),
                every == null ? 1.0 : every / options.dt()));
        }
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
        for (ProbeBuffer p : probes.values()) {
            p.reserve(steps);
        }
        final ProbeBuffer[] buffers = probes.values().toArray(new ProbeBuffer[0]);
        for (int k = 0; k < steps; k++) {
            executor.step();
            nSteps++;
            for (ProbeBuffer p : buffers) {
                p.record(executor, nSteps);
            }
        }
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

}
