package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;
import dev.neurovec.network.neurons.NeuronType;

import java.util.ArrayList;
import java.util.List;

/**
 * Steps a neuron population: reads the current, sets the output and the state.
 *
 * @param type   the neuron model
 * @param j      input current (rates, for the spiking half of RegularSpiking)
 * @param output output
 * @param state  state signals, in {@link NeuronType#stateNames()} order
 * @param tag    what made it
 */
public record SimNeurons(NeuronType type, Signal j, Signal output, List<Signal> state, String tag)
    implements Operator {

    /** Copies the state list. */
    public SimNeurons {
        state = List.copyOf(state);
    }

    @Override
    public List<Signal> sets() {
        final List<Signal> s = new ArrayList<>();
        s.add(output);
        s.addAll(state);
        return s;
    }

    @Override
    public List<Signal> incs() {
        return List.of();
    }

    @Override
    public List<Signal> reads() {
        return List.of(j);
    }

    @Override
    public List<Signal> updates() {
        return List.of();
    }
}
