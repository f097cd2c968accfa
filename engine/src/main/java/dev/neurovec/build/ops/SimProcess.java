package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;
import dev.neurovec.network.processes.Process;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a process (a synapse, noise, a signal source): reads time and input, and sets, increments
 * or updates the output; its state is always an update.
 *
 * @param process the process
 * @param input   input signal, or null
 * @param output  output signal
 * @param time    the time signal
 * @param mode    how the output is written
 * @param state   state signals in {@link Process#makeState} order
 * @param tag     what made it
 */
public record SimProcess(Process process, Signal input, Signal output, Signal time, Mode mode, List<Signal> state,
                         String tag) implements Operator {

    /** How a process writes its output. */
    public enum Mode {
        /** defines the value this step */
        SET,
        /** adds to the value this step */
        INC,
        /** defines the value for the next step (synapses: a one-step delay) */
        UPDATE
    }

    /** Copies the state list. */
    public SimProcess {
        state = List.copyOf(state);
    }

    @Override
    public List<Signal> sets() {
        return mode == Mode.SET ? List.of(output) : List.of();
    }

    @Override
    public List<Signal> incs() {
        return mode == Mode.INC ? List.of(output) : List.of();
    }

    @Override
    public List<Signal> reads() {
        return input == null ? List.of(time) : List.of(time, input);
    }

    @Override
    public List<Signal> updates() {
        final List<Signal> u = new ArrayList<>(state);
        if (mode == Mode.UPDATE) {
            u.add(0, output);
        }
        return u;
    }
}
