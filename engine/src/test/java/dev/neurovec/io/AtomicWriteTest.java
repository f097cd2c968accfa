package dev.neurovec.io;

import dev.neurovec.sim.Simulator;
import org.junit.jupiter.api.BeforeEach;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A write interrupted at any byte, at the fsync or at the rename leaves the previous checkpoint
 * byte-for-byte intact and loadable, and no temporary file behind.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AtomicWriteTest {
    @TempDir
    Path dir;
    private Path file;
    private byte[] previous;
    private Checkpoint next;

    @BeforeEach
    void writePreviousCheckpoint() throws IOException {
        final TestNets.AutoEncoder ae = TestNets.autoEncoder();
        file = dir.resolve("model.h5");
        try (Simulator sim = new Simulator(ae.net())) {
            sim.saveParams(file);
            final Checkpoint c = Checkpoints.read(file);
            final Map<String, Float32Array> changed = new java.util.TreeMap<>();
            c.params().forEach((k, v) -> {
                final float[] w = v.values().clone();
                for (int i = 0; i < w.length; i++) {
                    w[i] += 1;
                }
                changed.put(k, new Float32Array(v.shape(), w));
            });
            next = new Checkpoint(c.info(), changed, c.trainable(), null, 0, null);
        }
        previous = Files.readAllBytes(file);
    }

    private void assertPreviousIntact(final String when) throws IOException {
        assertArrayEquals(previous, Files.readAllBytes(file), when + ": the previous file changed");
        final Checkpoint c = Checkpoints.read(file);
        assertEquals(next.params().keySet(), c.params().keySet(), when);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList(), when + ": temporary files left behind");
        }
    }

    @Test
    void shouldKeepThePreviousCheckpointWhenTheWriteFailsAtAnyByte() throws IOException {
        final Path probe = dir.resolve("size-probe.h5");
        Checkpoints.write(next, probe, FileSink.disk());
        final long size = Files.size(probe);
        Files.delete(probe);
        final List<Long> offsets = new ArrayList<>(List.of(0L, 1L, 7L, 8L, size - CheckpointLayout.TRAILER_SIZE - 1,
            size - CheckpointLayout.TRAILER_SIZE, size - 9, size - 1));
        for (long at = 0; at < size; at += Math.max(1, size / 97)) {
            offsets.add(at);
        }
        for (long at : offsets) {
            final CheckpointIoError e = assertThrows(CheckpointIoError.class,
                () -> Checkpoints.write(next, file, FailingSink.atByte(at)), "failure at byte " + at);
            assertTrue(e.getMessage().startsWith("Checkpoint " + file + ": /: writing "), e.getMessage());
            assertTrue(e.getMessage().contains("injected failure at byte " + at), e.getMessage());
            assertPreviousIntact("failure at byte " + at + " of " + size);
        }
    }

    @Test
    void shouldKeepThePreviousCheckpointWhenTheSyncOrTheRenameFails() throws IOException {
        for (FailingSink.Stage stage : List.of(FailingSink.Stage.SYNC, FailingSink.Stage.REPLACE)) {
            final CheckpointIoError e = assertThrows(CheckpointIoError.class,
                () -> Checkpoints.write(next, file, FailingSink.at(stage)));
            assertTrue(e.getMessage().contains(stage == FailingSink.Stage.SYNC ? ": /: syncing " : ": /: renaming "),
                e.getMessage());
            assertTrue(e.getMessage().endsWith("; the previous checkpoint, if any, is unchanged"), e.getMessage());
            assertPreviousIntact(stage.toString());
        }
    }

    @Test
    void shouldReplaceTheCheckpointWhenNothingFails() throws IOException {
        Checkpoints.write(next, file, FileSink.disk());
        final Checkpoint c = Checkpoints.read(file);
        next.params().forEach((k, v) -> assertTrue(v.sameAs(c.params().get(k)), k));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList());
        }
    }

    @Test
    void shouldCreateNoFileWhenTheFirstWriteFails() throws IOException {
        final Path fresh = dir.resolve("fresh.h5");
        assertThrows(CheckpointIoError.class, () -> Checkpoints.write(next, fresh, FailingSink.atByte(100)));
        assertFalse(Files.exists(fresh));
        assertPreviousIntact("first write");
    }

    @Test
    void shouldReportAMissingFolder() {
        final Path nowhere = dir.resolve("no/such/folder/x.h5");
        final CheckpointIoError e = assertThrows(CheckpointIoError.class,
            () -> Checkpoints.write(next, nowhere, FileSink.disk()));
        assertEquals("Checkpoint " + nowhere + ": /: the folder " + nowhere.getParent() + " does not exist",
            e.getMessage());
    }
}
