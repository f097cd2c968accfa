package dev.neurovec.sim;

import dev.neurovec.errors.ValidationError;

/**
 * Settings of a {@link Simulator}, validated once when the simulator is made (Aeron's
 * {@code conclude()} habit). Defaults are Nengo's: dt 1 ms, a seed derived from the network's, float32
 * (as NengoDL), minibatch 1, on the planned executor. Float64 needs the reference executor.
 *
 * @param dt            time step in seconds, &gt; 0
 * @param seed          simulator seed (process streams), or null for network seed + 1 (random if unseeded)
 * @param precision     signal precision
 * @param minibatchSize number of independent input streams run in parallel, &gt;= 1
 * @param executor      which executor runs the model
 * @param threads       worker threads for large operator groups (planned executor), &gt;= 1
 * @param checkFinite   report the first NaN or infinity an operator writes, naming the operator and signal
 */
public record SimulatorOptions(double dt, Long seed, Precision precision, int minibatchSize, ExecutorKind executor,
                               int threads, boolean checkFinite) {

    /** Validates every field. */
    public SimulatorOptions {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw ValidationError.of("SimulatorOptions", "dt", dt, "a finite time step > 0 seconds");
        }
        if (seed != null && (seed < 0 || seed > 0xffffffffL)) {
            throw ValidationError.of("SimulatorOptions", "seed", seed, "0 <= seed <= 2^32 - 1");
        }
        if (precision == null) {
            throw ValidationError.of("SimulatorOptions", "precision", null, "FLOAT32 or FLOAT64");
        }
        if (minibatchSize < 1) {
            throw ValidationError.of("SimulatorOptions", "minibatchSize", minibatchSize, ">= 1");
        }
        if (executor == null) {
            throw ValidationError.of("SimulatorOptions", "executor", null, "REFERENCE or PLANNED");
        }
        if (threads < 1) {
            throw ValidationError.of("SimulatorOptions", "threads", threads, ">= 1");
        }
    }

    /** @return Nengo's defaults on the planned executor (float32, as NengoDL) */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0.001, null, Precision.FLOAT32, 1, ExecutorKind.PLANNED, 1, false);
    }

    /**
     * @param v time step in seconds
     * @return a copy with this dt
     */
    public SimulatorOptions withDt(final double v) {
        return new SimulatorOptions(v, seed, precision, minibatchSize, executor, threads, checkFinite);
    }

    /**
     * @param v simulator seed
     * @return a copy with this seed
     */
    public SimulatorOptions withSeed(final long v) {
        return new SimulatorOptions(dt, v, precision, minibatchSize, executor, threads, checkFinite);
    }

    /**
     * @param v precision
     * @return a copy with this precision
     */
    public SimulatorOptions withPrecision(final Precision v) {
        return new SimulatorOptions(dt, seed, v, minibatchSize, executor, threads, checkFinite);
    }

    /**
     * @param v minibatch size
     * @return a copy with this minibatch size
     */
    public SimulatorOptions withMinibatchSize(final int v) {
        return new SimulatorOptions(dt, seed, precision, v, executor, threads, checkFinite);
    }

    /**
     * @param v executor
     * @return a copy with this executor
     */
    public SimulatorOptions withExecutor(final ExecutorKind v) {
        return new SimulatorOptions(dt, seed, precision, minibatchSize, v, threads, checkFinite);
    }

    /**
     * @param v worker threads
     * @return a copy with this thread count
     */
    public SimulatorOptions withThreads(final int v) {
        return new SimulatorOptions(dt, seed, precision, minibatchSize, executor, v, checkFinite);
    }

    /**
     * @param v whether to check every written value for NaN and infinity
     * @return a copy with this setting
     */
    public SimulatorOptions withCheckFinite(final boolean v) {
        return new SimulatorOptions(dt, seed, precision, minibatchSize, executor, threads, v);
    }
}
