package dev.neurovec.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** The file system: {@code CREATE_NEW}, {@code FileChannel.force}, {@code ATOMIC_MOVE}, then a directory fsync. */
final class DiskSink implements FileSink {
    static final DiskSink INSTANCE = new DiskSink();

    private DiskSink() {
    }

    @Override
    public Output create(final Path path) throws IOException {
        final FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new Output() {
            @Override
            public void write(final ByteBuffer bytes) throws IOException {
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
            }

            @Override
            public void sync() throws IOException {
                ch.force(true);
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    @Override
    public void replace(final Path source, final Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Makes the rename durable. POSIX needs an fsync of the folder; Windows cannot open a folder as a
     * channel and persists renames with the file system's journal, so the failure to open is ignored.
     */
    private static void syncDirectory(final Path dir) throws IOException {
        final FileChannel ch;
        try {
            ch = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return;
        }
        try (ch) {
            ch.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }
}
