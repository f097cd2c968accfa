package dev.neurovec.io;

import java.nio.file.Path;

/**
 * The file is not HDF5: it does not start with the HDF5 signature (a text file, another format, or the wrong path).
 */
public final class NotHdf5Error extends CheckpointError {
    private static final long serialVersionUID = 1L;

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     * @param cause  the underlying failure, or null
     */
    public NotHdf5Error(final Path file, final String item, final String detail, final Throwable cause) {
        super(file, item, detail, cause);
    }

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it ({@code /} for the whole file)
     * @param detail what was found and what was expected
     */
    public NotHdf5Error(final Path file, final String item, final String detail) {
        super(file, item, detail, null);
    }
}
