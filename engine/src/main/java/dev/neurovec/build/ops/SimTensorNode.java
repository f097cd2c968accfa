package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;
import dev.neurovec.network.TensorLayer;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a tensor node's layer over the minibatch: {@code output = layer(t, input, params)} (NengoDL's
 * {@code SimTensorNode}; never merged).
 *
 * @param layer  the user layer
 * @param time   the time signal
 * @param input  input (size sizeIn), or null
 * @param output output
 * @param params the layer's parameters, in {@link TensorLayer#parameters()} order
 * @param tag    what made it
 */
public record SimTensorNode(TensorLayer layer, Signal time, Signal input, Signal output, List<Signal> params,
                            String tag) implements Operator {

    /** Copies the parameter list. */
    public SimTensorNode {
        params = List.copyOf(params);
    }

    @Override
    public List<Signal> sets() {
        return List.of(output);
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
        r.addAll(params);
        return r;
    }

    @Override
    public List<Signal> updates() {
        return List.of();
    }
}
