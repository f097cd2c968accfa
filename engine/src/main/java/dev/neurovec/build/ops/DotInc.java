package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;

import java.util.List;

/**
 * {@code y += A x} with A a rows x cols matrix signal.
 *
 * @param a   the matrix
 * @param x   input (size cols)
 * @param y   output (size rows)
 * @param tag what made it
 */
public record DotInc(Signal a, Signal x, Signal y, String tag) implements Operator {

    /** Checks shapes. */
    public DotInc {
        if (a.cols() != x.size() || a.rows() != y.size()) {
            throw new IllegalArgumentException(tag + ": DotInc of " + a.rows() + "x" + a.cols() + " matrix, x="
                + x.size() + ", y=" + y.size());
        }
    }

    @Override
    public List<Signal> sets() {
        return List.of();
    }

    @Override
    public List<Signal> incs() {
        return List.of(y);
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
