package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;
import dev.neurovec.network.NodeFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls a node function: {@code output = f(t, x)} (Nengo's {@code SimPyFunc}). The function gets a
 * copy of x and a non-finite output is a {@code SimulationError}.
 *
 * @param function the function
 * @param time     the time signal
 * @param input    input, or null
 * @param output   output, or null for a sink
 * @param tag      what made it
 */
public record SimNode(NodeFunction function, Signal time, Signal input, Signal output, String tag)
    implements Operator {

    @Override
    public List<Signal> sets() {
        return output == null ? List.of() : List.of(output);
    }

    @Override
    public List<Signal> incs() {
        return List.of();
    }

    @Override
    public List<Signal> reads() {
        final List<Signal> r = new ArrayList<>();
        r.add(time);
        if (input != null) {
            r.add(input);
        }
        return r;
    }

    @Override
    public List<Signal> updates() {
        return List.of();
    }
}
