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
 */
public record FitOptions(int epochs, boolean shuffle, long seed, Map<Node, Tensor> validationX,
                         Map<Probe, Tensor> validationY, List<Callback> callbacks, boolean stateful,
                         int checkpointEvery) {

    /** Validates the settings. */
    public FitOptions {
        if (epochs < 1) {
            throw ValidationError.of("FitOptions", "epochs", epochs, ">= 1");
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
     * @param epochs passes over the data
     * @return Keras-like defaults: shuffled with seed 0, no validation, no callbacks, isolated state
     */
    public static FitOptions epochs(final int epochs) {
        return new FitOptions(epochs, true, 0, null, null, List.of(), false, 0);
    }

    /**
     * @param x validation inputs
     * @param y validation targets
     * @return a copy with validation data
     */
    public FitOptions withValidation(final Map<Node, Tensor> x, final Map<Probe, Tensor> y) {
        return new FitOptions(epochs, shuffle, seed, x, y, callbacks, stateful, checkpointEvery);
    }

    /**
     * @param cbs callbacks
     * @return a copy with these callbacks
     */
    public FitOptions withCallbacks(final Callback... cbs) {
        return new FitOptions(epochs, shuffle, seed, validationX, validationY, List.of(cbs), stateful, checkpointEvery);
    }

    /**
     * @param s shuffle seed
     * @return a copy with this seed
     */
    public FitOptions withSeed(final long s) {
        return new FitOptions(epochs, shuffle, s, validationX, validationY, callbacks, stateful, checkpointEvery);
    }

    /**
     * @param on whether to shuffle
     * @return a copy
     */
    public FitOptions withShuffle(final boolean on) {
        return new FitOptions(epochs, on, seed, validationX, validationY, callbacks, stateful, checkpointEvery);
    }

    /**
     * @param k store the state every k steps and recompute segments in the backward pass (0: record all)
     * @return a copy
     */
    public FitOptions withCheckpointEvery(final int k) {
        return new FitOptions(epochs, shuffle, seed, validationX, validationY, callbacks, stateful, k);
    }

    /**
     * @param on whether state carries across minibatches and calls
     * @return a copy (stateful fits do not shuffle)
     */
    public FitOptions withStateful(final boolean on) {
        return new FitOptions(epochs, !on && shuffle, seed, validationX, validationY, callbacks, on, checkpointEvery);
    }
}
