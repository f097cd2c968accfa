package dev.neurovec.io;

import dev.neurovec.errors.NeuroVecException;

import java.nio.file.Path;

/**
 * A checkpoint cannot be written or read, or does not fit the simulator. Every message starts with
 * the file and the item inside it (an HDF5 path such as {@code /params/hidden/bias}, an attribute, or
 * {@code /} for the whole file), then says what was found and what was expected. The subclasses are
 * the only exceptions that reading, writing or loading a checkpoint throws on bad files or I/O
 * failures; they live here rather than in {@code errors} because only this package throws them.
 */
public abstract class CheckpointError extends NeuroVecException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String item;

    /**
     * @param file   the checkpoint file
     * @param item   the item inside it
     * @param detail what was found and what was expected
     * @param cause  the underlying failure, or null
     */
    protected CheckpointError(final Path file, final String item, final String detail, final Throwable cause) {
        super("Checkpoint " + file + ": " + item + ": " + detail, cause);
        this.file = file;
        this.item = item;
    }

    /** @return the checkpoint file */
    public Path file() {
        return file;
    }

    /** @return the item inside the file ({@code /} for the file as a whole) */
    public String item() {
        return item;
    }
}
