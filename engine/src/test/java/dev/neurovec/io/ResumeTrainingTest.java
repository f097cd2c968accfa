package dev.neurovec.io;

import dev.neurovec.build.Signal;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.train.Adam;
import dev.neurovec.train.FitOptions;
import dev.neurovec.train.Losses;
import dev.neurovec.train.Optimizer;
import dev.neurovec.train.RmsProp;
import dev.neurovec.train.Sgd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resume test: two epochs straight and one epoch, save, load into a new simulator, one
 * more epoch give bit-identical parameters (shuffled minibatches, optimizer moments, iteration count).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ResumeTrainingTest {
    private static final SimulatorOptions OPTS = SimulatorOptions.defaults().withMinibatchSize(TestNets.MINIBATCH);
    @TempDir
    Path dir;

    private static Supplier<Optimizer> optimizer(final String name) {
        return switch (name) {
            case "adam" -> () -> new Adam(0.01f);
            case "rmsprop" -> () -> new RmsProp(0.005f);
            default -> () -> new Sgd(0.05f, 0.9f, true);
        };
    }

    /** Every parameter, by checkpoint key, as raw float bits. */
    private static Map<String, int[]> params(final Simulator sim) {
        final ParameterTable t = ParameterTable.of(sim.network(), sim.model(), StableNames.of(sim.network()));
        final Map<String, int[]> out = new LinkedHashMap<>();
        for (ParameterTable.Param p : t.params().values()) {
            final double[] v = sim.read(p.signal(), 0);
            final int[] bits = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                bits[i] = Float.floatToRawIntBits((float) v[i]);
            }
            out.put(p.key(), bits);
        }
        return out;
    }

    private static void assertSameBits(final Map<String, int[]> a, final Map<String, int[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, b.get(k)), k + " differs"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"adam", "rmsprop", "sgd-nesterov"})
    void shouldResumeFromACheckpointExactlyAsAnUninterruptedFit(final String opt) {
        final Tensor x = TestNets.data(11);
        final Tensor xv = TestNets.data(12);
        final Map<String, int[]> straight;
        final Map<String, int[]> initial;
        final TestNets.AutoEncoder a = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(a.net(), OPTS)) {
            initial = params(sim);
            sim.compile(optimizer(opt).get(), Losses.mse());
            sim.fit(Map.of(a.in(), x), Map.of(a.probe(), x), FitOptions.epochs(2).withSeed(5)
                .withValidation(Map.of(a.in(), xv), Map.of(a.probe(), xv)));
            straight = params(sim);
            assertEquals(8, sim.optimizer().iterations());
        }
        final Path file = dir.resolve("epoch1.h5");
        final TestNets.AutoEncoder b = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(b.net(), OPTS)) {
            sim.compile(optimizer(opt).get(), Losses.mse());
            sim.fit(Map.of(b.in(), x), Map.of(b.probe(), x), FitOptions.epochs(1).withSeed(5)
                .withValidation(Map.of(b.in(), xv), Map.of(b.probe(), xv)));
            sim.saveParams(file, SaveOptions.all().withEpoch(1));
        }
        final TestNets.AutoEncoder c = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(c.net(), OPTS)) {
            sim.compile(optimizer(opt).get(), Losses.mse());
            final CheckpointInfo info = sim.loadParams(file, LoadOptions.all());
            assertEquals(4, sim.optimizer().iterations());
            sim.fit(Map.of(c.in(), x), Map.of(c.probe(), x), FitOptions.epochs(2).withSeed(5)
                .withInitialEpoch(info.epoch()).withValidation(Map.of(c.in(), xv), Map.of(c.probe(), xv)));
            assertEquals(8, sim.optimizer().iterations());
            final Map<String, int[]> resumed = params(sim);
            assertSameBits(straight, resumed);
        }
        assertNotEquals(initial.get("in->hidden.neurons/weights")[0], straight.get("in->hidden.neurons/weights")[0],
            "training should change the weights");
    }

    @Test
    void shouldDifferWithoutTheOptimizerStateSoTheTestAboveIsNotVacuous() {
        final Tensor x = TestNets.data(11);
        final Map<String, int[]> straight;
        final TestNets.AutoEncoder a = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(a.net(), OPTS)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(a.in(), x), Map.of(a.probe(), x), FitOptions.epochs(2));
            straight = params(sim);
        }
        final Path file = dir.resolve("params-only.h5");
        final TestNets.AutoEncoder b = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(b.net(), OPTS)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(b.in(), x), Map.of(b.probe(), x), FitOptions.epochs(1));
            sim.saveParams(file);
        }
        final TestNets.AutoEncoder c = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(c.net(), OPTS)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.loadParams(file);
            sim.fit(Map.of(c.in(), x), Map.of(c.probe(), x), FitOptions.epochs(2).withInitialEpoch(1));
            final Map<String, int[]> resumed = params(sim);
            assertTrue(resumed.entrySet().stream().anyMatch(e -> !java.util.Arrays.equals(e.getValue(),
                straight.get(e.getKey()))), "fresh Adam moments should change the result");
        }
    }

    @Test
    void shouldRefuseOptimizerStateForAnotherKindOfOptimizer() {
        final Tensor x = TestNets.data(11);
        final Path file = dir.resolve("adam.h5");
        final TestNets.AutoEncoder a = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(a.net(), OPTS)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(a.in(), x), Map.of(a.probe(), x), 1);
            sim.saveParams(file, SaveOptions.all());
        }
        final TestNets.AutoEncoder b = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(b.net(), OPTS)) {
            sim.compile(new RmsProp(0.01f), Losses.mse());
            final Signal w = sim.model().sig(b.net().connections().get(0)).get("weights");
            final double before = sim.read(w, 0)[0];
            final CheckpointMismatchError e = assertThrows(CheckpointMismatchError.class,
                () -> sim.loadParams(file, LoadOptions.all()));
            assertEquals(CheckpointMismatchError.Kind.OPTIMIZER, e.kind());
            assertEquals("Checkpoint " + file + ": /optimizer@name: is Adam; the simulator was compiled with "
                + "RmsProp(lr=0.01, rho=0.9, eps=1.0E-7)", e.getMessage());
            assertEquals(before, sim.read(w, 0)[0], "a failed load changes nothing");
        }
    }
}
