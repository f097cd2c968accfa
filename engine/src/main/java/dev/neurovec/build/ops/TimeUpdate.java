package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;

import java.util.List;

/**
 * Advances the clock: {@code step += 1; time = step * dt}. Its first execution gives t = dt.
 *
 * @param step the step counter (size 1)
 * @param time the time in seconds (size 1)
 */
public record TimeUpdate(Signal step, Signal time) implements Operator {
    @Override
    public List<Signal> sets() {
        return List.of(step, time);
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

    @Override
    public String tag() {
        return "TimeUpdate";
    }
}
