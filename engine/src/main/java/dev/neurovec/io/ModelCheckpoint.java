package dev.neurovec.io;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.sim.Simulator;
import dev.neurovec.train.Callback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keras's {@code ModelCheckpoint} for {@code fit}: after every N epochs, or whenever a logged value
 * (e.g. {@code val_loss}) improves, writes {@code <prefix>-epoch<NNNN>.h5} (NNNN = epochs completed)
 * with parameters, state and optimizer, and keeps the last K such files, deleting older ones (files
 * of earlier runs with the same prefix count too, so a resumed run keeps rotating). Every file is
 * written atomically and can be resumed from:
 *
 * <pre>{@code
 * Path last = ModelCheckpoint.latest(dir, "ae").orElseThrow();
 * CheckpointInfo info = sim.loadParams(last, LoadOptions.all());      // after compile
 * sim.fit(x, y, FitOptions.epochs(total).withInitialEpoch(info.epoch()).withCallbacks(callback));
 * }</pre>
 * A failed write stops training with a {@link CheckpointIoError}; the files already kept are intact.
 */
public final class ModelCheckpoint implements Callback {
    private final Simulator sim;
    private final Path dir;
    private final String prefix;
    private final int everyEpochs;
    private final String monitor;
    private final int keepLast;
    private final Deque<Path> kept = new ArrayDeque<>();
    private double best = Double.NaN;

    private ModelCheckpoint(final Simulator sim, final Path dir, final String prefix, final int everyEpochs,
                            final String monitor, final int keepLast) {
        if (prefix == null || prefix.isEmpty() || prefix.contains("/") || prefix.contains("\\")) {
            throw ValidationError.of("ModelCheckpoint", "prefix", prefix, "a non-empty file name prefix");
        }
        if (keepLast < 1) {
            throw ValidationError.of("ModelCheckpoint", "keepLast", keepLast, ">= 1");
        }
        this.sim = sim;
        this.dir = dir;
        this.prefix = prefix;
        this.everyEpochs = everyEpochs;
        this.monitor = monitor;
        this.keepLast = keepLast;
        kept.addAll(existing(dir, prefix));
    }

    /**
     * @param sim         the simulator being trained
     * @param dir         folder of the checkpoints (must exist)
     * @param prefix      file name prefix
     * @param everyEpochs save after every this many epochs (counted from the first epoch of training)
     * @param keepLast    how many checkpoint files to keep
     * @return the callback
     */
    public static ModelCheckpoint every(final Simulator sim, final Path dir, final String prefix, final int everyEpochs,
                                        final int keepLast) {
        if (everyEpochs < 1) {
            throw ValidationError.of("ModelCheckpoint", "everyEpochs", everyEpochs, ">= 1");
        }
        return new ModelCheckpoint(sim, dir, prefix, everyEpochs, null, keepLast);
    }

    /**
     * @param sim      the simulator being trained
     * @param dir      folder of the checkpoints (must exist)
     * @param prefix   file name prefix
     * @param monitor  the logged value to watch, e.g. {@code val_loss}; lower is better, except for names
     *                 containing {@code acc} (accuracy), as in Keras's automatic mode
     * @param keepLast how many of the best checkpoints to keep
     * @return the callback
     */
    public static ModelCheckpoint best(final Simulator sim, final Path dir, final String prefix, final String monitor,
                                       final int keepLast) {
        if (monitor == null || monitor.isEmpty()) {
            throw ValidationError.of("ModelCheckpoint", "monitor", monitor, "a logged value such as val_loss");
        }
        return new ModelCheckpoint(sim, dir, prefix, 0, monitor, keepLast);
    }

    /**
     * @param dir    folder of the checkpoints
     * @param prefix file name prefix
     * @return the checkpoint with the most epochs completed, if any
     */
    public static Optional<Path> latest(final Path dir, final String prefix) {
        final List<Path> all = existing(dir, prefix);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** @return the checkpoint files kept, oldest first */
    public List<Path> kept() {
        return List.copyOf(kept);
    }

    @Override
    public void onEpochEnd(final int epoch, final Map<String, Double> logs) {
        final int completed = epoch + 1;
        if (monitor == null) {
            if (completed % everyEpochs == 0) {
                save(completed);
            }
            return;
        }
        final Double v = logs.get(monitor);
        if (v == null) {
            throw ValidationError.of("ModelCheckpoint", "monitor", monitor, "one of the logged values "
                + logs.keySet() + " (val_* needs validation data)");
        }
        final boolean higherIsBetter = monitor.contains("acc");
        if (Double.isNaN(best) || (higherIsBetter ? v > best : v < best)) {
            best = v;
            save(completed);
        }
    }

    private void save(final int completed) {
        final Path file = dir.resolve(String.format("%s-epoch%04d.h5", prefix, completed));
        Checkpoints.save(sim, file, SaveOptions.all().withEpoch(completed));
        kept.remove(file);
        kept.addLast(file);
        while (kept.size() > keepLast) {
            final Path old = kept.removeFirst();
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new CheckpointIoError(old, "/", "cannot delete an old checkpoint (" + e.getMessage() + ")", e);
            }
        }
    }

    private static List<Path> existing(final Path dir, final String prefix) {
        final Pattern p = Pattern.compile(Pattern.quote(prefix) + "-epoch(\\d{4,9})\\.h5");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> p.matcher(f.getFileName().toString()).matches())
                .sorted((a, b) -> Long.compare(epochOf(p, a), epochOf(p, b)))
                .toList();
        } catch (IOException e) {
            throw new CheckpointIoError(dir, "/", "cannot list the checkpoint folder (" + e.getMessage() + ")", e);
        }
    }

    private static long epochOf(final Pattern p, final Path f) {
        final Matcher m = p.matcher(f.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}
