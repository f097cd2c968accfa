package dev.neurovec.io;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.train.Adam;
import dev.neurovec.train.FitOptions;
import dev.neurovec.train.History;
import dev.neurovec.train.Losses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ModelCheckpointTest {
    private static final SimulatorOptions OPTS = SimulatorOptions.defaults().withMinibatchSize(TestNets.MINIBATCH);
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void shouldSaveEveryNEpochsAndKeepTheLastK() throws IOException {
        final TestNets.AutoEncoder ae = TestNets.autoEncoder();
        final Tensor x = TestNets.data(2);
        try (Simulator sim = new Simulator(ae.net(), OPTS)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            final ModelCheckpoint cb = ModelCheckpoint.every(sim, dir, "ae", 2, 2);
            sim.fit(Map.of(ae.in(), x), Map.of(ae.probe(), x), FitOptions.epochs(7).withCallbacks(cb));
            assertEquals(List.of("ae-epoch0004.h5", "ae-epoch0006.h5"), files());
            assertEquals(List.of(dir.resolve("ae-epoch0004.h5"), dir.resolve("ae-epoch0006.h5")), cb.kept());
            final Checkpoint c = Checkpoints.read(dir.resolve("ae-epoch0006.h5"));
            assertEquals(6, c.info().epoch());
            assertEquals(6L * TestNets.ROWS / TestNets.MINIBATCH, c.optimizer().iterations());
            assertTrue(c.state() != null);
        }
    }

    @Test
    void shouldKeepTheBestCheckpointsOfTheMonitoredValue() throws IOException {
        final TestNets.AutoEncoder ae = TestNets.autoEncoder();
        final Tensor x = TestNets.data(2);
        final Tensor xv = TestNets.data(3);
        try (Simulator sim = new Simulator(ae.net(), OPTS)) {
            sim.compile(new Adam(0.05f), Losses.mse());
            final ModelCheckpoint cb = ModelCheckpoint.best(sim, dir, "best", "val_loss", 2);
            final History h = sim.fit(Map.of(ae.in(), x), Map.of(ae.probe(), x), FitOptions.epochs(6)
                .withValidation(Map.of(ae.in(), xv), Map.of(ae.probe(), xv)).withCallbacks(cb));
            final double[] val = h.get("val_loss");
            final List<String> improved = new ArrayList<>();
            double best = Double.POSITIVE_INFINITY;
            for (int e = 0; e < val.length; e++) {
                if (val[e] < best) {
                    best = val[e];
                    improved.add(String.format("best-epoch%04d.h5", e + 1));
                }
            }
            assertEquals(improved.subList(Math.max(0, improved.size() - 2), improved.size()), files());
        }
    }

    @Test
    void shouldResumeFromTheLatestCheckpointAsIfNeverInterrupted() throws IOException {
        final Tensor x = TestNets.data(4);
        final float[] straight;
        final TestNets.AutoEncoder a = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(a.net(), OPTS)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(a.in(), x), Map.of(a.probe(), x), FitOptions.epochs(4).withSeed(9));
            straight = sim.predict(Map.of(a.in(), x)).get(a.probe()).data();
        }
        final TestNets.AutoEncoder b = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(b.net(), OPTS)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            final FitOptions crashAfter3 = FitOptions.epochs(3).withSeed(9)
                .withCallbacks(ModelCheckpoint.every(sim, dir, "run", 1, 1));
            sim.fit(Map.of(b.in(), x), Map.of(b.probe(), x), crashAfter3);
        }
        final TestNets.AutoEncoder c = TestNets.autoEncoder();
        try (Simulator sim = new Simulator(c.net(), OPTS)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            final Path last = ModelCheckpoint.latest(dir, "run").orElseThrow();
            assertEquals(dir.resolve("run-epoch0003.h5"), last);
            final CheckpointInfo info = sim.loadParams(last, LoadOptions.all());
            final ModelCheckpoint cb = ModelCheckpoint.every(sim, dir, "run", 1, 1);
            sim.fit(Map.of(c.in(), x), Map.of(c.probe(), x), FitOptions.epochs(4).withSeed(9)
                .withInitialEpoch(info.epoch()).withCallbacks(cb));
            assertArrayEquals(straight, sim.predict(Map.of(c.in(), x)).get(c.probe()).data());
            assertEquals(List.of("run-epoch0004.h5"), files());
        }
    }

    @Test
    void shouldNameAnUnloggedMonitor() {
        final TestNets.AutoEncoder ae = TestNets.autoEncoder();
        final Tensor x = TestNets.data(2);
        try (Simulator sim = new Simulator(ae.net(), OPTS)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            final ModelCheckpoint cb = ModelCheckpoint.best(sim, dir, "m", "val_loss", 1);
            final ValidationError e = assertThrows(ValidationError.class, () -> sim.fit(Map.of(ae.in(), x),
                Map.of(ae.probe(), x), FitOptions.epochs(1).withCallbacks(cb)));
            assertTrue(e.getMessage().startsWith("ModelCheckpoint: monitor = 'val_loss'; expected one of the logged"
                + " values [loss"), e.getMessage());
        }
    }
}
