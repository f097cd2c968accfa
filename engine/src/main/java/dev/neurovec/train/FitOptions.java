package dev.neurovec.train;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.tensor.Tensor;

import java.util.List;
import java.util.Map;

/**
 * Settings of one {@code fit} call, validated once.
 *
 * @param epochs          passes over the data, &gt;= 1
 * @param shuffle         shuffle the examples each epoch
 * @param seed            seed of the shuffle
 * @param validationX     inputs of validation data, or null
 * @param validationY     targets of validation data, or null
 * @param callbacks       callbacks, in call order
 * @param stateful        keep the simulation state from one minibatch to the next and at the end
 *                        (truncated backpropagation through time over chunks of a sequence)
 * @param checkpointEvery 0 to record every step for the backward pass; k &gt; 0 to store the state every
 *                        k steps and recompute each k-step segment during the backward pass (memory of
 *                        k steps instead of all of them, for one extra forward pass)
 * @param initialEpoch    epoch to start at, as Keras's {@code initial_epoch}: epochs {@code initialEpoch ..
 *                        epochs - 1} run, and the shuffle stream first replays the permutations of the
 *                        skipped epochs, so a fit resumed from a checkpoint shuffles exactly as an
 *                        uninterrupted one
 */
public record FitOptions(int epochs, boolean shuffle, long seed, Map<Node, Tensor> validationX,
                         Map<Probe, Tensor> validationY, List<Callback> callbacks, boolean stateful,
                         int checkpointEvery, int initialEpoch) {

    /** Validates the settings. */
    public FitOptions {
        if (epochs < 1) {
            throw ValidationError.of("FitOptions", "epochs", epochs, ">= 1");
        }
        if (initialEpoch < 0 || initialEpoch >= epochs) {
            throw ValidationError.of("FitOptions", "initialEpoch", initialEpoch,
                "0 <= initialEpoch < epochs (" + epochs + "); epochs counts from the start, as in Keras");
        }
        if ((validationX == null) != (validationY == null)) {
            throw ValidationError.of("FitOptions", "validation data", validationX == null ? "targets only" : "inputs only",
                "both inputs and targets, or neither");
        }
        if (checkpointEvery < 0) {
            throw ValidationError.of("FitOptions", "checkpointEvery", checkpointEvery, ">= 0 (0 records every step)");
        }
        if (stateful && shuffle) {
            throw ValidationError.of("FitOptions", "shuffle", true, "false when stateful (chunks must stay in order)");
        }
        callbacks = List.copyOf(callbacks);
    }

    /**
     * Settings starting at epoch 0.
     *
     * @param epochs      passes over the data, &gt;= 1
     * @param shuffle     shuffle the examples each epoch
     * @param seed        seed of the shuffle
     * @param validationX inputs of validation data, or null
     * @param validationY targets of validation data, or null
     * @param callbacks   callbacks, in call order
     * @param stateful    keep the simulation state across minibatches and at the end
     */
    public FitOptions(final int epochs, final boolean shuffle, final long seed, final Map<Node, Tensor> validationX,
                      final Map<Probe, Tensor> validationY, final List<Callback> callbacks, final boolean stateful) {
        this(epochs, shuffle, seed, validationX, validationY, callbacks, stateful, 0, 0);
    }

    /**
     * @param epochs passes over the data
     * @return Keras-like defaults: shuffled with seed 0, no validation, no callbacks, isolated state
     */
    public static FitOptions epochs(final int epochs) {
        return new FitOptions(epochs, true, 0, null, null, List.of(), false, 0, 0);
    }

    /**
     * @param x validation inputs
     * @param y validation targets
     * @return a copy with validation data
     */
    public FitOptions withValidation(final Map<Node, Tensor> x, final Map<Probe, Tensor> y) {
        return new FitOptions(epochs, shuffle, seed, x, y, callbacks, stateful, checkpointEvery, initialEpoch);
    }

    /**
     * @param cbs callbacks
     * @return a copy with these callbacks
     */
    public FitOptions withCallbacks(final Callback... cbs) {
        return new FitOptions(epochs, shuffle, seed, validationX, validationY, List.of(cbs), stateful, checkpointEvery,
            initialEpoch);
    }

    /**
     * @param s shuffle seed
     * @return a copy with this seed
     */
    public FitOptions withSeed(final long s) {
        return new FitOptions(epochs, shuffle, s, validationX, validationY, callbacks, stateful, checkpointEvery,
            initialEpoch);
    }

    /**
     * @param on whether to shuffle
     * @return a copy
     */
    public FitOptions withShuffle(final boolean on) {
        return new FitOptions(epochs, on, seed, validationX, validationY, callbacks, stateful, checkpointEvery,
            initialEpoch);
    }

    /**
     * @param k store the state every k steps and recompute segments in the backward pass (0: record all)
     * @return a copy
     */
    public FitOptions withCheckpointEvery(final int k) {
        return new FitOptions(epochs, shuffle, seed, validationX, validationY, callbacks, stateful, k, initialEpoch);
    }

    /**
     * @param on whether state carries across minibatches and calls
     * @return a copy (stateful fits do not shuffle)
     */
    public FitOptions withStateful(final boolean on) {
        return new FitOptions(epochs, !on && shuffle, seed, validationX, validationY, callbacks, on, checkpointEvery,
            initialEpoch);
    }

    /**
     * @param epoch the epoch to start at (the number of epochs a checkpoint has completed)
     * @return a copy that runs epochs {@code epoch .. epochs - 1}
     */
    public FitOptions withInitialEpoch(final int epoch) {
        return new FitOptions(epochs, shuffle, seed, validationX, validationY, callbacks, stateful, checkpointEvery,
            epoch);
    }
}
