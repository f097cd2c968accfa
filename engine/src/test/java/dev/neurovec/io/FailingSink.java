package dev.neurovec.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A disk sink that fails on purpose: after {@code failAt} bytes (writing the bytes before it, as a
 * crash mid-write would), at the sync, or at the rename.
 */
final class FailingSink implements FileSink {
    /** Where to fail. */
    enum Stage { WRITE, SYNC, REPLACE }

    private final Stage stage;
    private final long failAt;

    private FailingSink(final Stage stage, final long failAt) {
        this.stage = stage;
        this.failAt = failAt;
    }

    static FailingSink atByte(final long offset) {
        return new FailingSink(Stage.WRITE, offset);
    }

    static FailingSink at(final Stage stage) {
        return new FailingSink(stage, Long.MAX_VALUE);
    }

    @Override
    public Output create(final Path path) throws IOException {
        final Output disk = FileSink.disk().create(path);
        return new Output() {
            private long written;

            @Override
            public void write(final ByteBuffer bytes) throws IOException {
                final long room = failAt - written;
                if (stage == Stage.WRITE && bytes.remaining() > room) {
                    final ByteBuffer part = bytes.duplicate();
                    part.limit(part.position() + (int) room);
                    disk.write(part);
                    written += room;
                    throw new IOException("injected failure at byte " + failAt);
                }
                written += bytes.remaining();
                disk.write(bytes);
            }

            @Override
            public void sync() throws IOException {
                if (stage == Stage.SYNC) {
                    throw new IOException("injected fsync failure");
                }
                disk.sync();
            }

            @Override
            public void close() throws IOException {
                disk.close();
            }
        };
    }

    @Override
    public void replace(final Path source, final Path target) throws IOException {
        if (stage == Stage.REPLACE) {
            throw new IOException("injected rename failure");
        }
        FileSink.disk().replace(source, target);
    }
}
