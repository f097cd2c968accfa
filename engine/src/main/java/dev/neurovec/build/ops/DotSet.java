package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;

import java.util.List;

/**
 * {@code y = A x}: a {@link DotInc} whose target is cleared first, fused by the optimizer
 * (a Reset followed by the only increment, nengo-semantics.md §5.5).
 *
 * @param a   the matrix
 * @param x   input (size cols)
 * @param y   output (size rows)
 * @param tag what made it
 */
public record DotSet(Signal a, Signal x, Signal y, String tag) implements Operator {

    /** Checks shapes. */
    public DotSet {
        if (a.cols() != x.size() || a.rows() != y.size()) {
            throw new IllegalArgumentException(tag + ": DotSet of " + a.rows() + "x" + a.cols() + " matrix, x="
                + x.size() + ", y=" + y.size());
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
