package dev.neurovec.build;

import dev.neurovec.network.processes.Process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates the state signals of a process from its {@link Process#makeState} description. */
final class ProcessSignals {
    private ProcessSignals() {
    }

    static List<Signal> state(final Model model, final Process process, final int sizeIn, final int sizeOut,
                              final String name) {
        final List<Signal> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : process.makeState(sizeIn, sizeOut, model.dt()).entrySet()) {
            out.add(Signal.of(name + "." + e.getKey(), e.getValue()));
        }
        return out;
    }
}
