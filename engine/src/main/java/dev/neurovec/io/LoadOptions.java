package dev.neurovec.io;

/**
 * What {@code loadParams} restores and how strictly it checks. Parameters are always restored; names
 * and shapes must match exactly (a {@link CheckpointMismatchError} lists every difference, and nothing
 * is changed).
 *
 * @param includeState     restore the simulation state and the step count (the file must hold state
 *                         of the same minibatch size and time step)
 * @param includeOptimizer restore the compiled optimizer's iterations and slots (call {@code compile}
 *                         first, with the same kind of optimizer)
 * @param strict           a different network hash is an error instead of a logged warning, and files
 *                         without a valid checksum trailer (modified by another tool) are refused
 * @param partial          load what matches by name into an edited network: items the network has and
 *                         the file lacks keep their current values, items only the file has are ignored
 *                         (both listed in one logged warning); shapes must still match
 */
public record LoadOptions(boolean includeState, boolean includeOptimizer, boolean strict, boolean partial) {

    /** @return parameters only, every one; lenient about the network hash */
    public static LoadOptions params() {
        return new LoadOptions(false, false, false, false);
    }

    /** @return parameters, state and optimizer, to resume training */
    public static LoadOptions all() {
        return new LoadOptions(true, true, false, false);
    }

    /**
     * @param on restore the simulation state
     * @return a copy
     */
    public LoadOptions withState(final boolean on) {
        return new LoadOptions(on, includeOptimizer, strict, partial);
    }

    /**
     * @param on restore the optimizer state
     * @return a copy
     */
    public LoadOptions withOptimizer(final boolean on) {
        return new LoadOptions(includeState, on, strict, partial);
    }

    /**
     * @param on refuse other networks' checkpoints and unverifiable files
     * @return a copy
     */
    public LoadOptions withStrict(final boolean on) {
        return new LoadOptions(includeState, includeOptimizer, on, partial);
    }

    /**
     * @param on load by name into an edited network, skipping what only one side has
     * @return a copy
     */
    public LoadOptions withPartial(final boolean on) {
        return new LoadOptions(includeState, includeOptimizer, strict, on);
    }
}
