package dev.neurovec.sim;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code profile} steps exactly like {@code runSteps} while timing each group of the plan. */
class StepProfileTest {
    private static Network network() {
        final Network net = new Network("profiled").seed(3);
        final Node in = net.node(Math::sin).label("in");
        final Ensemble a = net.ensemble("a", 40, 1);
        net.connect(in, a);
        net.probe(a).label("a").synapse(0.01);
        return net;
    }

    @Test
    void shouldTimeEveryGroupAndStepLikeRunSteps() {
        final Network net = network();
        final Probe p = net.findProbe("a");
        try (Simulator profiled = new Simulator(net); Simulator plain = new Simulator(net)) {
            final StepProfile profile = profiled.profile(50);
            plain.runSteps(50);
            assertEquals(50, profiled.nSteps());
            assertEquals(50, profile.steps());
            // one time per bound group: the plan's groups but its clock update
            final long planned = profiled.plan().orElseThrow().describe().lines()
                .filter(l -> l.matches("\\s+\\d+\\s+\\S+.*")).filter(l -> !l.contains("TimeUpdate")).count();
            assertEquals(planned, profile.groups().size(), profile.groups().toString());
            assertTrue(profile.totalMicrosPerStep() > 0);
            final double[][] a = profiled.dataDouble(p);
            final double[][] b = plain.dataDouble(p);
            assertEquals(b.length, a.length);
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(b[i], a[i], "step " + (i + 1) + " differs from runSteps");
            }
        }
    }

    @Test
    void shouldSayTheReferenceExecutorHasNoGroups() {
        try (Simulator sim = new Simulator(network(), SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE))) {
            assertFalse(sim.plan().isPresent());
            assertThrows(UnsupportedOperationException.class, () -> sim.profile(10));
        }
    }
}
