package dev.neurovec.train;

import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.TensorLayer;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tutorial's TensorNode cell: a node computing {@code t + x} of a constant {@code [0.5, -0.1]} over
 * 10 steps, through {@code predict} and through {@code runSteps} on each executor; time is NengoDL's
 * float32 time.
 */
class TensorNodeTest {
    @ParameterizedTest
    @EnumSource(ExecutorKind.class)
    void shouldOutputTimePlusInputEachStep(final ExecutorKind kind) {
        final Network net = new Network("tensor");
        final Node a = net.node(0.5, -0.1);
        final TensorLayer addTime = (t, x, out, params) -> {
            for (int i = 0; i < x.size(); i++) {
                out.data()[out.offset() + i] = (float) t + x.data()[x.offset() + i];
            }
        };
        final Node b = net.tensorNode(2, 2, addTime);
        net.connect(a, b).synapse(null);
        final Probe p = net.probe(b);
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withExecutor(kind))) {
            final Tensor predicted = sim.predict(10).get(p);
            sim.runSteps(10);
            final double[][] run = sim.dataDouble(p);
            for (int k = 0; k < 10; k++) {
                final float t = (float) (k + 1) * 0.001f;
                assertEquals(t + 0.5f, predicted.get(0, k, 0), 0f, "predict: t + x[0] at step " + (k + 1));
                assertEquals(t + (float) -0.1, predicted.get(0, k, 1), 0f, "predict: t + x[1] at step " + (k + 1));
                assertEquals(t + 0.5f, run[k][0], 0, "runSteps on " + kind + ": t + x[0] at step " + (k + 1));
                assertEquals(t + (float) -0.1, run[k][1], 0, "runSteps on " + kind + ": t + x[1] at step " + (k + 1));
            }
        }
    }
}
