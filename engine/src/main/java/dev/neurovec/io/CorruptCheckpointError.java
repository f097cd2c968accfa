package dev.neurovec.io;

import java.nio.file.Path;

/**
 * The file's bytes are damaged or cannot be decoded: a checksum mismatch, an undecodable HDF5 structure, a missing
 * required attribute, or a dataset larger than the file. Every failure of the HDF5 reader (including {@code
 * OutOfMemoryError} and {@code StackOverflowError} on hostile input) is reported as this type.
 */
public final class CorruptCheckpointError extends CheckpointError {
    private static final long serialVersionUID = 1L;

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     * @param cause  the underlying failure, or null
     */
    public CorruptCheckpointError(final Path file, final String item, final String detail, final Throwable cause) {
        super(file, item, detail, cause);
    }

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     */
    public CorruptCheckpointError(final Path file, final String item, final String detail) {
        super(file, item, detail, null);
    }
}
