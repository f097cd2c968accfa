package dev.neurovec.io;

import dev.neurovec.build.Signal;
import dev.neurovec.network.Probe;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.train.Adam;
import dev.neurovec.train.Losses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CheckpointRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void shouldRestoreTrainedParamsBitExactlyIntoAFreshSimulator() {
        final TestNets.AutoEncoder ae = TestNets.autoEncoder();
        final Tensor x = TestNets.data(1);
        final Path file = dir.resolve("ae.h5");
        final Map<Probe, Tensor> trained;
        final SimulatorOptions opts = SimulatorOptions.defaults().withMinibatchSize(TestNets.MINIBATCH);
        try (Simulator sim = new Simulator(ae.net(), opts)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(ae.in(), x), Map.of(ae.probe(), x), 3);
            sim.saveParams(file);
            trained = sim.predict(Map.of(ae.in(), x));
        }
        final TestNets.AutoEncoder again = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(again.net(), opts)) {
            final CheckpointInfo info = sim.loadParams(file);
            assertEquals(sim.seed(), info.seed());
            final Tensor y = sim.predict(Map.of(again.in(), x)).get(again.probe());
            assertArrayEquals(trained.get(ae.probe()).data(), y.data());
        }
    }

    @Test
    void shouldWriteTheDocumentedLayoutAndAttributes() {
        final TestNets.AutoEncoder ae = TestNets.autoEncoder();
        final Path file = dir.resolve("layout.h5");
        try (Simulator sim = new Simulator(ae.net())) {
            sim.runSteps(3);
            sim.saveParams(file, SaveOptions.params().withEpoch(7));
            final Checkpoint c = Checkpoints.read(file);
            assertEquals(Set.of("hidden/bias", "hidden/encoders", "out/bias", "out/encoders",
                "in->hidden.neurons/weights", "hidden.neurons->out.neurons/weights"), c.params().keySet());
            assertArrayEquals(new int[] {6, 12}, c.params().get("in->hidden.neurons/weights").shape());
            assertArrayEquals(new int[] {12, 6}, c.params().get("hidden.neurons->out.neurons/weights").shape());
            assertArrayEquals(new int[] {6, 1}, c.params().get("hidden/encoders").shape());
            assertArrayEquals(new int[] {6}, c.params().get("hidden/bias").shape());
            assertEquals(c.params().keySet(), c.trainable());
            final CheckpointInfo i = c.info();
            assertEquals(CheckpointLayout.FORMAT_VERSION, i.formatVersion());
            assertEquals(0.001, i.dt());
            assertEquals(sim.seed(), i.seed());
            assertEquals(3, i.step());
            assertEquals(7, i.epoch());
            assertEquals(NetworkHash.of(ae.net()), i.networkHash());
            assertNotNull(Instant.parse(i.created()));
            assertNull(c.state());
            assertNull(c.optimizer());
            final Signal w = sim.model().sig(ae.net().connections().get(0)).get("weights");
            final double[] v = sim.read(w, 0);
            for (int k = 0; k < v.length; k++) {
                assertEquals((float) v[k], c.params().get("in->hidden.neurons/weights").values()[k]);
            }
        }
    }

    @Test
    void shouldContinueASpikingRunExactlyFromSavedState() {
        final Path file = dir.resolve("state.h5");
        final TestNets.Spiking s1 = TestNets.spiking();
        final float[][] straight;
        try (Simulator sim = new Simulator(s1.net())) {
            sim.runSteps(150);
            sim.saveParams(file, SaveOptions.params().withState(true));
            sim.clearProbes();
            sim.runSteps(100);
            straight = sim.data(s1.probe());
        }
        final TestNets.Spiking s2 = TestNets.spiking();
        try (Simulator sim = new Simulator(s2.net())) {
            sim.loadParams(file, LoadOptions.params().withState(true));
            assertEquals(150, sim.nSteps());
            sim.runSteps(100);
            final float[][] resumed = sim.data(s2.probe());
            assertEquals(straight.length, resumed.length);
            for (int t = 0; t < straight.length; t++) {
                assertArrayEquals(straight[t], resumed[t], "step " + t);
            }
            assertTrue(Math.abs(resumed[99][0]) > 0, "the probe should see activity");
        }
    }

    @Test
    void shouldNameEveryStateSignalAfterANetworkObject() {
        final TestNets.Spiking s = TestNets.spiking();
        try (Simulator sim = new Simulator(s.net())) {
            final ParameterTable t = ParameterTable.of(s.net(), sim.model(), StableNames.of(s.net()));
            for (String k : t.state().keySet()) {
                assertFalse(k.startsWith(ParameterTable.UNOWNED + "/"), k);
                assertFalse(k.contains("#"), "state names should not collide: " + t.state().keySet());
            }
            assertTrue(t.state().containsKey("a/neurons.voltage"), t.state().keySet().toString());
            assertTrue(t.state().containsKey("a->b/synapse.X"), t.state().keySet().toString());
        }
    }

    @Test
    void shouldRoundTripTensorLayerParametersAndTheirOptimizerSlots() {
        final Path file = dir.resolve("dense.h5");
        final Tensor x = Tensor.zeros(8, 1, 4);
        final Tensor y = Tensor.zeros(8, 1, 3);
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 4; c++) {
                x.set(r * 0.1f + c * 0.05f, r, 0, c);
            }
            y.set(r * 0.2f, r, 0, r % 3);
        }
        final SimulatorOptions opts = SimulatorOptions.defaults().withMinibatchSize(TestNets.MINIBATCH);
        final float[] trained;
        try (Simulator sim = new Simulator(dense(), opts)) {
            final dev.neurovec.network.Node in = sim.network().nodes().get(0);
            final Probe p = sim.network().probes().get(0);
            sim.compile(new Adam(0.05f), Losses.mse());
            sim.fit(Map.of(in, x), Map.of(p, y), 3);
            sim.saveParams(file, SaveOptions.all());
            trained = sim.predict(Map.of(in, x)).get(p).data();
        }
        final Checkpoint c = Checkpoints.read(file);
        assertArrayEquals(new int[] {12}, c.params().get("dense/kernel").shape());
        assertArrayEquals(new int[] {3}, c.params().get("dense/bias").shape());
        assertTrue(c.optimizer().slots().containsKey("dense/kernel/m"), c.optimizer().slots().keySet().toString());
        try (Simulator sim = new Simulator(dense(), opts)) {
            sim.compile(new Adam(0.05f), Losses.mse());
            sim.loadParams(file, LoadOptions.all());
            final dev.neurovec.network.Node in = sim.network().nodes().get(0);
            assertArrayEquals(trained, sim.predict(Map.of(in, x)).get(sim.network().probes().get(0)).data());
        }
    }

    private static dev.neurovec.network.Network dense() {
        final dev.neurovec.network.Network net = new dev.neurovec.network.Network("dense").seed(2);
        final dev.neurovec.network.Node in = net.node(new double[4]).label("in");
        final dev.neurovec.network.Node d = net.tensorNode(4, 3, new dev.neurovec.network.layers.DenseLayer(4, 3, 1))
            .label("dense");
        net.connect(in, d).synapse(null);
        net.probe(d).label("out");
        return net;
    }
}
