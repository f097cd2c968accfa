package dev.neurovec.examples.output;

import dev.neurovec.train.Callback;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Training progress on a terminal: one live progress bar per epoch ({@code Epoch 1/2}), with the running
 * loss, left on screen when the epoch ends, as Keras shows it.
 */
public final class EpochBar implements Callback {
    private final PrintStream out;
    private int epochs;
    private int batches;
    private ProgressBar bar;

    /** @param out the terminal */
    public EpochBar(final PrintStream out) {
        this.out = out;
    }

    @Override
    public void onTrainBegin(final int epochs, final int batchesPerEpoch) {
        this.epochs = epochs;
        this.batches = batchesPerEpoch;
    }

    @Override
    public void onBatchEnd(final int epoch, final int batch, final double loss) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(String.format(Locale.ROOT, "Epoch %d/%d", epoch + 1, epochs))
                .setInitialMax(batches).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out)).build();
        }
        bar.stepTo(batch + 1L);
        bar.setExtraMessage(String.format(Locale.ROOT, "loss: %.4f", loss));
    }

    @Override
    public void onEpochEnd(final int epoch, final Map<String, Double> logs) {
        if (bar != null) {
            bar.setExtraMessage(String.format(Locale.ROOT, "loss: %.4f", logs.getOrDefault("loss", Double.NaN)));
            bar.close();
            bar = null;
        }
    }

    @Override
    public void onTrainEnd() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
