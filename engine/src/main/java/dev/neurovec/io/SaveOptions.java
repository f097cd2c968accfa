package dev.neurovec.io;

import dev.neurovec.errors.ValidationError;

/**
 * What {@code saveParams} writes besides the parameters.
 *
 * @param includeState     simulation state: every state signal per minibatch element (voltages,
 *                         refractory times, filter states, node outputs) and the step count
 * @param includeOptimizer the compiled optimizer's iteration count and slots (moments), so that a
 *                         resumed {@code fit} continues exactly
 * @param epoch            epochs of training completed, stored as the root attribute {@code epoch}
 *                         for resuming with {@code FitOptions.withInitialEpoch}; -1 when unknown
 */
public record SaveOptions(boolean includeState, boolean includeOptimizer, int epoch) {

    /** Validates the epoch. */
    public SaveOptions {
        if (epoch < -1) {
            throw ValidationError.of("SaveOptions", "epoch", epoch, ">= 0, or -1 for unknown");
        }
    }

    /** @return parameters only, as NengoDL's {@code save_params(path)} */
    public static SaveOptions params() {
        return new SaveOptions(false, false, -1);
    }

    /** @return parameters, state and optimizer: everything a resumed training run needs */
    public static SaveOptions all() {
        return new SaveOptions(true, true, -1);
    }

    /**
     * @param on include the simulation state
     * @return a copy
     */
    public SaveOptions withState(final boolean on) {
        return new SaveOptions(on, includeOptimizer, epoch);
    }

    /**
     * @param on include the optimizer state
     * @return a copy
     */
    public SaveOptions withOptimizer(final boolean on) {
        return new SaveOptions(includeState, on, epoch);
    }

    /**
     * @param completed epochs of training completed
     * @return a copy
     */
    public SaveOptions withEpoch(final int completed) {
        return new SaveOptions(includeState, includeOptimizer, completed);
    }
}
