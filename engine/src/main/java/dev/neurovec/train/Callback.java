package dev.neurovec.train;

import java.util.Map;

/** Hooks into {@code fit}, as Keras callbacks: progress output, checkpoints, early stopping. */
public interface Callback {

    /**
     * @param epochs           epochs to run
     * @param batchesPerEpoch  minibatches per epoch
     */
    default void onTrainBegin(final int epochs, final int batchesPerEpoch) {
    }

    /**
     * @param epoch 0-based epoch
     * @param batch 0-based minibatch within the epoch
     * @param loss  running mean loss of the epoch so far
     */
    default void onBatchEnd(final int epoch, final int batch, final double loss) {
    }

    /**
     * @param epoch 0-based epoch
     * @param logs  {@code loss}, per-probe losses and metrics, and {@code val_*} with validation data
     */
    default void onEpochEnd(final int epoch, final Map<String, Double> logs) {
    }

    /** Called once when training ends (normally or not). */
    default void onTrainEnd() {
    }
}
