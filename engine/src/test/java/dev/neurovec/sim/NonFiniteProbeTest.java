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

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An overflow inside the network is reported when it reaches a probe (once per probe, naming probe,
 * step and element) while the run goes on as in Nengo; {@code checkFinite} stops it at the operator.
 */
class NonFiniteProbeTest {
    private static Network network() {
        final Network net = new Network("overflow").seed(1);
        // the input ramps up by 1e37 per step; times 10 it overflows float32 (3.4e38) at step 4
        final Node in = net.node(t -> Math.round(t * 1000) * 1e37).label("ramp");
        final Ensemble e = net.ensemble("e", 2, 1).neuronType(new RectifiedLinear()).gain(Dists.choice(1))
            .bias(Dists.choice(0));
        net.connect(in, e.neurons()).transform(new double[][] {{0}, {10}}).synapse(null);
        net.probe(e.neurons()).label("rates");
        return net;
    }

    @ParameterizedTest
    @EnumSource(ExecutorKind.class)
    void shouldWarnOnceWhenAProbeRecordsInfinityAndGoOn(final ExecutorKind kind) {
        final Logger logger = Logger.getLogger(Simulator.class.getName());
        final List<LogRecord> records = new ArrayList<>();
        final Handler h = new Handler() {
            @Override
            public void publish(final LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(h);
        final Network net = network();
        final Probe p = net.findProbe("rates");
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withExecutor(kind))) {
            sim.runSteps(10);
            assertEquals(10, sim.data(p).length, "the run goes on, as in Nengo");
            assertEquals(1, records.size(), "one warning per probe: " + records);
            assertTrue(records.get(0).getMessage().startsWith("Probe 'rates': recorded Infinity at step 4, element 1"),
                records.get(0).getMessage());
            assertEquals(Double.POSITIVE_INFINITY, sim.data(p)[3][1]);
        } finally {
            logger.removeHandler(h);
        }
    }

    @ParameterizedTest
    @EnumSource(ExecutorKind.class)
    void shouldStopAtTheOperatorWithCheckFinite(final ExecutorKind kind) {
        try (Simulator sim = new Simulator(network(), SimulatorOptions.defaults().withExecutor(kind)
            .withCheckFinite(true))) {
            final SimulationError err = assertThrows(SimulationError.class, () -> sim.runSteps(10));
            // the first value out of range is the weighted input at step 4, before it reaches the neurons
            assertTrue(err.getMessage().contains("wrote Infinity to signal Connection 'Connection[0]'.weighted[1] at t = 0.004"),
                err.getMessage());
        }
    }
}
