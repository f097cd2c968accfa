package dev.neurovec.sim;

import dev.neurovec.errors.SimulationError;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.neurons.RectifiedLinear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An overflow inside the network stops the run when it reaches a probe, naming probe, step and element. */
class NonFiniteProbeTest {
    @ParameterizedTest
    @EnumSource(ExecutorKind.class)
    void shouldStopAtTheStepAProbeRecordsInfinity(final ExecutorKind kind) {
        final Network net = new Network("overflow").seed(1);
        // the input ramps up by 1e37 per step; times 10 it overflows float32 (3.4e38) at step 4
        final Node in = net.node(t -> Math.round(t * 1000) * 1e37).label("ramp");
        final Ensemble e = net.ensemble("e", 2, 1).neuronType(new RectifiedLinear()).gain(Dists.choice(1))
            .bias(Dists.choice(0));
        net.connect(in, e.neurons()).transform(new double[][] {{0}, {10}}).synapse(null);
        final Probe p = net.probe(e.neurons()).label("rates");
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withExecutor(kind))) {
            final SimulationError err = assertThrows(SimulationError.class, () -> sim.runSteps(10));
            assertTrue(err.getMessage().startsWith("Probe 'rates': recorded Infinity at step 4, element 1 (signal "),
                err.getMessage());
            assertEquals(4, sim.nSteps(), "the run stops at the step that overflowed");
            assertEquals(4, sim.data(p).length, "the data up to and including that step stays readable");
        }
    }
}
