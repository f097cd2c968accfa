package dev.neurovec.io;

import java.nio.file.Path;

/**
 * The file is HDF5 but not a NeuroVec checkpoint this version reads: the root attribute {@code format} is missing
 * or different, or {@code formatVersion} is newer than {@link CheckpointLayout#FORMAT_VERSION}.
 */
public final class NotACheckpointError extends CheckpointError {
    private static final long serialVersionUID = 1L;

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     * @param cause  the underlying failure, or null
     */
    public NotACheckpointError(final Path file, final String item, final String detail, final Throwable cause) {
        super(file, item, detail, cause);
    }

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     */
    public NotACheckpointError(final Path file, final String item, final String detail) {
        super(file, item, detail, null);
    }
}
