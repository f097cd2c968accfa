package dev.neurovec.sim.planned;

import dev.neurovec.build.Model;
import dev.neurovec.build.ModelBuilder;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.sim.Simulator;
import dev.neurovec.network.Node;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.ops.Kernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steady-state stepping of the planned executor allocates nothing: after C2 has compiled the step
 * loop (vector code allocates boxes until then), the thread's allocated-bytes counter must not move
 * over thousands of steps of a network touching every group kind.
 */
class SteadyStateAllocationTest {
    private static final int WARMUP_STEPS = 30_000;
    private static final int MEASURED_STEPS = 5_000;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldNotAllocateWhenSteppingAfterWarmup() {
        final Network net = network();
        final Model model = ModelBuilder.build(net, 0.001);
        try (PlannedExecutor ex = new PlannedExecutor(model, 1, 3, Set.of(), model.probes().values(), Kernels.get(),
            false)) {
            for (int i = 0; i < WARMUP_STEPS; i++) {
                ex.step();
            }
            final long before = allocated();
            for (int i = 0; i < MEASURED_STEPS; i++) {
                ex.step();
            }
            assertEquals(0, allocated() - before, "bytes allocated over " + MEASURED_STEPS + " steps");
        }
    }

    /** What an embedding service calls: {@code Simulator.step()}, recording probes into reserved buffers. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldNotAllocateWhenSimulatorStepsWithProbesAfterWarmup() {
        try (Simulator sim = new Simulator(network())) {
            for (int i = 0; i < WARMUP_STEPS; i++) {
                sim.step();
            }
            // probe buffers keep their capacity (more than the measured steps) when cleared
            sim.clearProbes();
            final long before = allocated();
            for (int i = 0; i < MEASURED_STEPS; i++) {
                sim.step();
            }
            assertEquals(0, allocated() - before, "bytes allocated over " + MEASURED_STEPS + " Simulator.step() calls");
        }
    }

    /** Looked up once: the lookup itself allocates, and would be counted between two readings. */
    private static final com.sun.management.ThreadMXBean MX =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static long allocated() {
        return MX.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @org.junit.jupiter.api.BeforeAll
    static void requireAllocationCounting() {
        assertTrue(MX.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes");
    }

    private static Network network() {
        final Network net = new Network("alloc").seed(1);
        final Node in = net.node(0, 2, (t, x, out) -> {
            out[0] = Math.sin(t);
            out[1] = Math.cos(t);
        });
        final Ensemble a = net.ensemble("a", 200, 2);
        final Ensemble b = net.ensemble("b", 100, 2).neuronType(new RectifiedLinear());
        final Ensemble c = net.ensemble("c", 150, 1).neuronType(new Lif());
        net.connect(in, a);
        net.connect(a, b).function(2, (x, y) -> {
            y[0] = x[0] * x[1];
            y[1] = x[0];
        });
        net.connect(b, c.select(0)).transform(new double[][] {{0.5, 0.5}});
        net.connect(a.neurons(), c.neurons()).transform(new double[150][200]);
        net.connect(c, c).synapse(0.1);
        net.connect(b.neurons().slice(0, 10), a.neurons().select(3, 1, 4, 1, 5)).transform(new double[5][10]);
        net.probe(c).synapse(0.01);
        net.probe(b.neurons());
        return net;
    }
}
