package dev.neurovec.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Where the checkpoint writer's bytes go: every byte of the final file passes through {@link Output},
 * and the file becomes visible only through {@link #replace}. The disk implementation is
 * {@link #disk()}; tests substitute one that fails at a chosen byte, at the sync or at the rename to
 * prove that an interrupted write leaves the previous checkpoint intact.
 */
public interface FileSink {

    /** A file being written. */
    interface Output extends Closeable {
        /**
         * Writes every remaining byte of the buffer.
         *
         * @param bytes the bytes
         * @throws IOException on failure
         */
        void write(ByteBuffer bytes) throws IOException;

        /**
         * Flushes to the storage device (fsync), so the bytes survive a crash once the call returns.
         *
         * @throws IOException on failure
         */
        void sync() throws IOException;
    }

    /**
     * Creates a new, empty file.
     *
     * @param path the file, which must not exist
     * @return its output
     * @throws IOException on failure (including when it exists)
     */
    Output create(Path path) throws IOException;

    /**
     * Renames {@code source} over {@code target} in one atomic step and makes the rename durable: a reader
     * sees the old target or the new one, never a mixture, even after a crash.
     *
     * @param source a synced file in the target's folder
     * @param target the checkpoint path
     * @throws IOException on failure (the target is then unchanged)
     */
    void replace(Path source, Path target) throws IOException;

    /** @return the sink that writes to the file system */
    static FileSink disk() {
        return DiskSink.INSTANCE;
    }
}
