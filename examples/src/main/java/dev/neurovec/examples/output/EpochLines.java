package dev.neurovec.examples.output;

import dev.neurovec.train.Callback;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Training progress as Keras prints it when the output is not a terminal: after each epoch, the line
 * {@code Epoch 1/2} and the line {@code 1200/1200 [====...] - 4s 3ms/step - loss: 1347.9043}.
 */
public final class EpochLines implements Callback {
    /** Width of the (always full) bar. */
    static final int BAR = 30;
    private final PrintStream out;
    private int epochs;
    private int batches;
    private long epochStartNs;

    /** @param out where the lines go */
    public EpochLines(final PrintStream out) {
        this.out = out;
    }

    @Override
    public void onTrainBegin(final int epochs, final int batchesPerEpoch) {
        this.epochs = epochs;
        this.batches = batchesPerEpoch;
        this.epochStartNs = System.nanoTime();
    }

    @Override
    public void onEpochEnd(final int epoch, final Map<String, Double> logs) {
        final long now = System.nanoTime();
        out.printf(Locale.ROOT, "Epoch %d/%d%n", epoch + 1, epochs);
        out.println(line(batches, (now - epochStartNs) / 1e9, logs.getOrDefault("loss", Double.NaN)));
        epochStartNs = now;
    }

    /**
     * @param batches minibatches run
     * @param seconds wall time they took
     * @param loss    mean loss over them
     * @return {@code 1200/1200 [====...] - 4s 3ms/step - loss: 1347.9043}
     */
    public static String line(final int batches, final double seconds, final double loss) {
        final double msPerStep = batches == 0 ? 0 : 1000 * seconds / batches;
        return String.format(Locale.ROOT, "%d/%d [%s] - %.0fs %.0fms/step - loss: %.4f", batches, batches,
            "=".repeat(BAR), seconds, msPerStep, loss);
    }
}
