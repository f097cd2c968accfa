package dev.neurovec.examples.tutorial;

import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Glorot;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TensorNodeIoTest {
    private static final float DT = 0.001f;

    @ParameterizedTest
    @EnumSource(ExecutorKind.class)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldOutputFloat32TimePlusInputAtEveryStep(final ExecutorKind kind) {
        final TensorNodeIo.Result r = TensorNodeIo.run(SimulatorOptions.defaults().withExecutor(kind));
        assertEquals(TensorNodeIo.STEPS, r.calls());
        assertEquals(TensorNodeIo.STEPS, r.output().length);
        final float[] x = {(float) TensorNodeIo.INPUT[0], (float) TensorNodeIo.INPUT[1]};
        for (int k = 0; k < TensorNodeIo.STEPS; k++) {
            final float t = (float) (k + 1) * DT;
            assertEquals(Float.floatToRawIntBits(t), Float.floatToRawIntBits(r.t()[k]), "t at step " + (k + 1));
            assertArrayEquals(x, r.x()[k], 0f, "x at step " + (k + 1));
            for (int i = 0; i < 2; i++) {
                assertEquals(Float.floatToRawIntBits(t + x[i]), Float.floatToRawIntBits(r.output()[k][i]),
                    "output[" + i + "] at step " + (k + 1));
            }
        }
        assertEquals(0.005000000353902578, r.t()[4], 0, "step 5 is one ulp above the float nearest 0.005");
    }

    @Test
    void shouldCountCallsPastItsCapacityWithoutRecordingThem() {
        final AddTimeLayer layer = new AddTimeLayer(1, 2);
        final Tensor x = Tensor.of(new float[] {1f}, 1, 1);
        final Tensor y = Tensor.zeros(1, 1);
        for (int k = 1; k <= 3; k++) {
            layer.forward(k * 0.5, x, y, new Tensor[0]);
        }
        assertEquals(3, layer.calls());
        assertEquals(2, layer.recorded());
        assertEquals(1.0f, layer.time(1), 0f);
        assertEquals(2.5f, y.get(0, 0), 0f);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldShowMyLayersOneTrainableGlorotWeight() {
        final TensorNodeIo.LayerParameter p = TensorNodeIo.myLayer(SimulatorOptions.defaults(), 3);
        assertEquals(MyLayer.WEIGHT, p.name());
        assertArrayEquals(new int[] {1, 1}, p.shape());
        assertEquals((float) new Glorot().sample(1, 1, new RandomState(3))[0][0], p.value(), 0f);
        assertTrue(Math.abs(p.value()) <= Math.sqrt(3), "Glorot uniform of a 1 x 1 weight is within sqrt(3)");
        assertTrue(p.trainable(), "w is trained with the network");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldMatchFiniteDifferencesThroughMyLayer() {
        final Network net = new Network("my-layer").seed(4);
        final Node in = net.node(0.0).label("in");
        final Node a = net.tensorNode(1, 1, new MyLayer(5)).label("a");
        net.connect(in, a).synapse(null);
        final Probe p = net.probe(a);
        final Tensor x = Tensor.of(new float[] {0.3f, -0.7f, 1.1f}, 3, 1, 1);
        final Tensor y = Tensor.of(new float[] {0.5f, 0.2f, -0.4f}, 3, 1, 1);
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withMinibatchSize(3))) {
            final dev.neurovec.train.GradientCheck.Result g = sim.checkGradients(Map.of(in, x), Map.of(p, y), 1e-4,
                1e-2);
            assertTrue(g.checked() > 0, "checked nothing");
            assertTrue(g.ok(), "worst: " + g.worst() + " analytic " + g.analytic() + " numeric " + g.numeric());
        }
    }
}
