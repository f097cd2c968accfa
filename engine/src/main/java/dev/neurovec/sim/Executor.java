package dev.neurovec.sim;

import dev.neurovec.build.Signal;

/**
 * Runs a built model step by step. Owns the signal values (per minibatch element) and the process
 * streams. Implementations: {@link ReferenceExecutor} (the oracle) and the planned executor.
 */
public interface Executor extends AutoCloseable {

    /** Advances one time step. */
    void step();

    /**
     * Restores every signal to its initial value and re-seeds the processes.
     *
     * @param seed the simulator seed processes draw their streams from
     */
    void reset(long seed);

    /**
     * Copies a signal's current values for one minibatch element.
     *
     * @param signal the signal
     * @param batch  the minibatch element
     * @param dst    destination, at least {@code signal.size()} long from {@code dstOff}
     * @param dstOff offset in dst
     */
    void read(Signal signal, int batch, double[] dst, int dstOff);

    /**
     * A reader of one signal, resolved once, for what reads every step (probes).
     *
     * @param signal the signal
     * @return reads the signal's current values as {@link #read} does
     */
    default SignalReader reader(final Signal signal) {
        return (batch, dst, dstOff) -> read(signal, batch, dst, dstOff);
    }

    /** Reads one signal's current values for one minibatch element; made by {@link #reader}. */
    @FunctionalInterface
    interface SignalReader {
        /**
         * @param batch  the minibatch element
         * @param dst    destination, at least the signal's size long from {@code dstOff}
         * @param dstOff offset in dst
         */
        void read(int batch, double[] dst, int dstOff);
    }

    /**
     * Overwrites a signal's current values for one minibatch element (inputs, state restore).
     *
     * @param signal the signal
     * @param batch  the minibatch element
     * @param src    values, {@code signal.size()} long from {@code srcOff}
     * @param srcOff offset in src
     */
    void write(Signal signal, int batch, double[] src, int srcOff);

    /** @return steps run since the last reset (the clock) */
    long stepCount();

    /**
     * Sets the clock (time = steps * dt), to continue another executor's run.
     *
     * @param steps steps already run
     */
    void setStepCount(long steps);

    /**
     * @param signal a signal of the model
     * @return true when this executor keeps its values (an optimized plan drops signals nothing uses)
     */
    default boolean holds(final Signal signal) {
        return true;
    }

    /** @return the number of minibatch elements */
    int minibatchSize();

    /** Releases worker threads; idempotent. */
    @Override
    void close();
}
