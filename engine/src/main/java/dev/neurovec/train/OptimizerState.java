package dev.neurovec.train;

import dev.neurovec.build.Signal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An optimizer's progress keyed by trained parameter rather than by position in a plan's flat
 * parameter array: what a checkpoint stores so that training resumes exactly in another simulator of
 * the same network, whose plan may lay the parameters out differently.
 *
 * @param describe   the optimizer's {@link Optimizer#describe()} when the state was taken
 * @param iterations updates applied so far (Keras's {@code iterations})
 * @param slots      slot name (e.g. {@code m}, {@code v}) to parameter base signal to its values, one per
 *                   element of the parameter; empty before the first update
 */
public record OptimizerState(String describe, long iterations, Map<String, Map<Signal, float[]>> slots) {

    /** Copies the maps (the arrays are shared). */
    public OptimizerState {
        final Map<String, Map<Signal, float[]>> copy = new LinkedHashMap<>();
        slots.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        slots = Collections.unmodifiableMap(copy);
    }
}
