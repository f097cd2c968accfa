package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;

import java.util.List;

/**
 * Sets every element of {@code dst} to {@code value} at the start of the step.
 *
 * @param dst   the signal
 * @param value the value
 * @param tag   what made it
 */
public record Reset(Signal dst, double value, String tag) implements Operator {
    @Override
    public List<Signal> sets() {
        return List.of(dst);
    }

    @Override
    public List<Signal> incs() {
        return List.of();
    }

    @Override
    public List<Signal> reads() {
        return List.of();
    }

    @Override
    public List<Signal> updates() {
        return List.of();
    }
}
