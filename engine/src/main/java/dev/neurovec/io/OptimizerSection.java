package dev.neurovec.io;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code /optimizer} group of a checkpoint.
 *
 * @param name       optimizer class, e.g. {@code Adam}
 * @param config     its {@code describe()}, e.g. {@code Adam(lr=0.001, beta1=0.9, beta2=0.999, eps=1.0E-7)}
 * @param iterations updates applied so far
 * @param slots      {@code <object>/<param>/<slot>} to values, with the parameter's shape
 */
public record OptimizerSection(String name, String config, long iterations, Map<String, Float32Array> slots) {

    /** Sorts and freezes the slots. */
    public OptimizerSection {
        slots = Collections.unmodifiableMap(new TreeMap<>(slots));
    }
}
