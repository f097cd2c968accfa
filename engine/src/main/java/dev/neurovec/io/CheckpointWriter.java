package dev.neurovec.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a {@link Checkpoint} so that a crash or a failure at any byte leaves the previous file intact:
 * <ol>
 *   <li>jhdf writes the HDF5 data to a scratch file beside the target (it writes only to paths);</li>
 *   <li>the scratch bytes are parsed back and compared with the checkpoint, value for value (jhdf's
 *       writer is alpha; a file that does not read back never replaces a good one);</li>
 *   <li>those bytes and the checksum trailer go through the {@link FileSink} into a new temporary file
 *       beside the target, which is synced (fsync);</li>
 *   <li>the temporary file is renamed over the target atomically and the folder is synced.</li>
 * </ol>
 * Both temporary files ({@code .<name>.<random>.jhdf.tmp} and {@code .<name>.<random>.tmp}) are deleted on
 * every failure; only a killed process can leave them, and no reader ever opens them.
 */
final class CheckpointWriter {
    private CheckpointWriter() {
    }

    /**
     * @param c      the contents
     * @param target the checkpoint path (its folder must exist)
     * @param sink   where the bytes go
     */
    static void write(final Checkpoint c, final Path target, final FileSink sink) {
        final Path abs = target.toAbsolutePath();
        final Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CheckpointIoError(target, "/", "the folder " + dir + " does not exist");
        }
        final String stem = "." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong());
        final Path scratch = dir.resolve(stem + ".jhdf.tmp");
        final Path temp = dir.resolve(stem + ".tmp");
        String step = "writing the HDF5 data to " + scratch;
        try {
            try {
                CheckpointEncoder.write(c, scratch);
            } catch (RuntimeException e) {
                throw new IOException("jhdf failed: " + e, e);
            }
            step = "reading back " + scratch;
            final byte[] hdf5 = Files.readAllBytes(scratch);
            verify(target, c, hdf5);
            step = "creating " + temp;
            try (FileSink.Output out = sink.create(temp)) {
                step = "writing " + temp;
                out.write(ByteBuffer.wrap(hdf5));
                out.write(ByteBuffer.wrap(ChecksumTrailer.of(hdf5, hdf5.length)));
                step = "syncing " + temp;
                out.sync();
            }
            step = "renaming " + temp + " over the checkpoint";
            sink.replace(temp, target);
        } catch (IOException e) {
            throw new CheckpointIoError(target, "/", step + " failed (" + e.getMessage()
                + "); the previous checkpoint, if any, is unchanged", e);
        } finally {
            deleteQuietly(scratch);
            deleteQuietly(temp);
        }
    }

    private static void verify(final Path target, final Checkpoint c, final byte[] hdf5) {
        final Checkpoint back;
        try {
            back = CheckpointReader.decode(target, ByteBuffer.wrap(hdf5));
        } catch (CheckpointError e) {
            throw new CheckpointIoError(target, e.item(), "jhdf wrote data that does not read back (" + e.getMessage()
                + "); the previous checkpoint, if any, is unchanged", e);
        }
        String differs;
        if (!back.info().equals(c.info())) {
            differs = "/ (root attributes)";
        } else if (!back.trainable().equals(c.trainable())) {
            differs = "/" + CheckpointLayout.PARAMS + " (trainable flags)";
        } else if (back.minibatchSize() != c.minibatchSize()) {
            differs = "/" + CheckpointLayout.STATE + "@" + CheckpointLayout.ATTR_MINIBATCH;
        } else {
            differs = firstDifference(CheckpointLayout.PARAMS, c.params(), back.params());
            if (differs == null && (c.state() == null) != (back.state() == null)) {
                differs = "/" + CheckpointLayout.STATE;
            } else if (differs == null && c.state() != null) {
                differs = firstDifference(CheckpointLayout.STATE, c.state(), back.state());
            }
            if (differs == null && (c.optimizer() == null) != (back.optimizer() == null)) {
                differs = "/" + CheckpointLayout.OPTIMIZER;
            } else if (differs == null && c.optimizer() != null) {
                final OptimizerSection a = c.optimizer();
                final OptimizerSection b = back.optimizer();
                final boolean same = a.name().equals(b.name()) && a.config().equals(b.config())
                    && a.iterations() == b.iterations();
                differs = !same ? "/" + CheckpointLayout.OPTIMIZER + " (attributes)"
                    : firstDifference(CheckpointLayout.OPTIMIZER, a.slots(), b.slots());
            }
        }
        if (differs != null) {
            throw new CheckpointIoError(target, differs, "jhdf wrote data that does not read back identically;"
                + " the previous checkpoint, if any, is unchanged");
        }
    }

    private static String firstDifference(final String group, final Map<String, Float32Array> a,
                                          final Map<String, Float32Array> b) {
        if (!a.keySet().equals(b.keySet())) {
            return "/" + group + " (dataset names)";
        }
        for (Map.Entry<String, Float32Array> e : a.entrySet()) {
            if (!e.getValue().sameAs(b.get(e.getKey()))) {
                return "/" + group + "/" + e.getKey();
            }
        }
        return null;
    }

    private static void deleteQuietly(final Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            System.getLogger(CheckpointWriter.class.getName()).log(System.Logger.Level.WARNING,
                "cannot delete the temporary checkpoint file " + p + ": " + e.getMessage());
        }
    }
}
