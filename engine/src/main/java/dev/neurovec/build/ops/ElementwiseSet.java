package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;

import java.util.List;

/**
 * {@code y = a * x} element-wise (broadcasting size-1 operands): an {@link ElementwiseInc} whose
 * target is cleared first, fused by the optimizer.
 *
 * @param a   factors (size 1 or y's size)
 * @param x   input (size 1 or y's size)
 * @param y   output
 * @param tag what made it
 */
public record ElementwiseSet(Signal a, Signal x, Signal y, String tag) implements Operator {

    /** Checks broadcast-compatible sizes. */
    public ElementwiseSet {
        if ((a.size() != 1 && a.size() != y.size()) || (x.size() != 1 && x.size() != y.size())) {
            throw new IllegalArgumentException(tag + ": element-wise sizes a=" + a.size() + ", x=" + x.size() + ", y="
                + y.size());
        }
    }

    @Override
    public List<Signal> sets() {
        return List.of(y);
    }

    @Override
    public List<Signal> incs() {
        return List.of();
    }

    @Override
    public List<Signal> reads() {
        return List.of(a, x);
    }

    @Override
    public List<Signal> updates() {
        return List.of();
    }
}
