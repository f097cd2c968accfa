package dev.neurovec.io;

import java.nio.file.Path;

/**
 * The file ends early: shorter than its HDF5 superblock's end-of-file address or its checksum trailer says (an
 * interrupted copy or download; NeuroVec's own writes never leave one, as they replace the file atomically).
 */
public final class TruncatedCheckpointError extends CheckpointError {
    private static final long serialVersionUID = 1L;

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     * @param cause  the underlying failure, or null
     */
    public TruncatedCheckpointError(final Path file, final String item, final String detail, final Throwable cause) {
        super(file, item, detail, cause);
    }

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     */
    public TruncatedCheckpointError(final Path file, final String item, final String detail) {
        super(file, item, detail, null);
    }
}
