package dev.neurovec.io;

import java.nio.file.Path;

/**
 * Reading or writing the file failed at the operating-system level (missing file, permissions, disk full, a failed
 * rename). A failed write leaves the previous checkpoint intact and removes its temporary files.
 */
public final class CheckpointIoError extends CheckpointError {
    private static final long serialVersionUID = 1L;

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     * @param cause  the underlying failure, or null
     */
    public CheckpointIoError(final Path file, final String item, final String detail, final Throwable cause) {
        super(file, item, detail, cause);
    }

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     */
    public CheckpointIoError(final Path file, final String item, final String detail) {
        super(file, item, detail, null);
    }
}
