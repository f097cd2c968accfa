package dev.neurovec.io;

import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;

import java.nio.file.Path;

/**
 * Saving and loading simulator checkpoints ({@code Simulator.saveParams} and {@code loadParams}
 * delegate here). The layout is {@link CheckpointLayout}; names are {@link StableNames}; writes are
 * atomic ({@link FileSink}); reads verify the whole file before parsing it.
 */
public final class Checkpoints {
    private static final System.Logger LOG = System.getLogger(Checkpoints.class.getName());

    private Checkpoints() {
    }

    /**
     * Writes the simulator's parameters (and, as asked, state and optimizer) to {@code path}, atomically.
     *
     * @param sim     the simulator
     * @param path    the checkpoint file; its folder must exist; an existing file is replaced
     * @param options what to include
     * @throws CheckpointIoError when writing fails (the previous file is then unchanged)
     */
    public static void save(final Simulator sim, final Path path, final SaveOptions options) {
        save(sim, path, options, FileSink.disk());
    }

    /**
     * As {@link #save(Simulator, Path, SaveOptions)}, through a given sink.
     *
     * @param sim     the simulator
     * @param path    the checkpoint file
     * @param options what to include
     * @param sink    where the bytes go
     */
    public static void save(final Simulator sim, final Path path, final SaveOptions options, final FileSink sink) {
        if (sim.options().precision() != Precision.FLOAT32) {
            LOG.log(System.Logger.Level.WARNING, "Checkpoint " + path + ": the simulator runs in "
                + sim.options().precision() + "; checkpoints store float32, so every value is rounded to float32");
        }
        CheckpointWriter.write(CheckpointCapture.of(sim, options), path, sink);
    }

    /**
     * Loads a checkpoint into the simulator: parameters always, state and optimizer as asked.
     *
     * @param sim     the simulator (compiled first when loading the optimizer)
     * @param path    the checkpoint file
     * @param options what to restore and how strictly
     * @return the file's root attributes (its {@code epoch} is what {@code FitOptions.withInitialEpoch} resumes at)
     * @throws CheckpointError when the file is unreadable or does not fit; the simulator is then unchanged
     */
    public static CheckpointInfo load(final Simulator sim, final Path path, final LoadOptions options) {
        final Checkpoint c = CheckpointReader.read(path, options.strict());
        CheckpointRestore.apply(path, c, sim, options);
        return c.info();
    }

    /**
     * Reads and verifies a checkpoint without a simulator (to inspect it, or to find its epoch).
     *
     * @param path the checkpoint file
     * @return its contents
     * @throws CheckpointError when the file is unreadable
     */
    public static Checkpoint read(final Path path) {
        return CheckpointReader.read(path, false);
    }

    /**
     * Writes given contents atomically (for tools that build or edit checkpoints).
     *
     * @param c    the contents
     * @param path the checkpoint file
     * @param sink where the bytes go
     */
    public static void write(final Checkpoint c, final Path path, final FileSink sink) {
        CheckpointWriter.write(c, path, sink);
    }
}
