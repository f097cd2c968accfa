package dev.neurovec.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A readable checkpoint does not fit the simulator it is loaded into. Every problem is collected
 * before anything is written, so a failed load changes nothing; the message lists them all (the
 * first gives {@link #item()}), and {@link #mismatches()} gives them to code.
 */
public final class CheckpointMismatchError extends CheckpointError {
    private static final long serialVersionUID = 1L;

    /** What does not fit. */
    public enum Kind {
        /** The network has the item; the file does not. */
        MISSING,
        /** The file has the item; the network does not. */
        UNEXPECTED,
        /** Same item, different shape (or minibatch size, for state). */
        SHAPE,
        /** The dataset is not float32 (e.g. edited with h5py as float64). */
        DTYPE,
        /** The file was written for a structurally different network (strict mode only). */
        NETWORK_HASH,
        /** The file's optimizer is a different kind from the compiled one. */
        OPTIMIZER,
        /** Simulation state recorded with another time step. */
        DT
    }

    /**
     * One problem.
     *
     * @param kind   what does not fit
     * @param item   the HDF5 path (or attribute) concerned
     * @param detail found and expected, naming the network object when there is one
     */
    public record Mismatch(Kind kind, String item, String detail) {
        @Override
        public String toString() {
            return item + ": " + detail;
        }
    }

    private final List<Mismatch> mismatches;

    /**
     * @param file       the checkpoint file
     * @param mismatches the problems, at least one
     */
    public CheckpointMismatchError(final Path file, final List<Mismatch> mismatches) {
        super(file, mismatches.get(0).item(), summary(mismatches), null);
        this.mismatches = List.copyOf(mismatches);
    }

    private static String summary(final List<Mismatch> ms) {
        final StringBuilder sb = new StringBuilder(ms.get(0).detail());
        if (ms.size() > 1) {
            sb.append(" (and ").append(ms.size() - 1).append(" more: ");
            for (int i = 1; i < ms.size(); i++) {
                sb.append(i > 1 ? "; " : "").append(ms.get(i));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** @return every problem found, in file order */
    public List<Mismatch> mismatches() {
        return mismatches;
    }

    /** @return the kind of the first problem */
    public Kind kind() {
        return mismatches.get(0).kind();
    }
}
