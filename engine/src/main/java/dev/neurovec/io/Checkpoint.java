package dev.neurovec.io;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contents of a checkpoint file, in memory: what the writer writes and the reader returns. Keys
 * are object names joined with {@code /} to the item, relative to their group ({@code hidden/bias} is
 * the dataset {@code /params/hidden/bias}); see {@link CheckpointLayout}.
 *
 * @param info          the root attributes
 * @param params        {@code <object>/<param>} to values
 * @param trainable     keys of {@code params} that training changes
 * @param state         {@code <object>/<role>} to {@code (minibatch, size)} values, or null when not saved
 * @param minibatchSize the minibatch size of the state, or 0 when no state is saved
 * @param optimizer     the optimizer's progress, or null when not saved
 */
public record Checkpoint(CheckpointInfo info, Map<String, Float32Array> params, java.util.Set<String> trainable,
                         Map<String, Float32Array> state, int minibatchSize, OptimizerSection optimizer) {

    /** Sorts and freezes the maps. */
    public Checkpoint {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
        trainable = Collections.unmodifiableSortedSet(new java.util.TreeSet<>(trainable));
        state = state == null ? null : Collections.unmodifiableMap(new TreeMap<>(state));
    }
}
