package dev.neurovec.examples.output;

import dev.neurovec.train.Callback;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps the running mean loss after every minibatch of a {@code fit} (Keras shows the same value in its
 * progress bar), in arrays sized once when training begins, and writes them as CSV.
 */
public final class LossLog implements Callback {
    private double[] epoch = new double[0];
    private double[] batch = new double[0];
    private double[] loss = new double[0];
    private int batchesPerEpoch;
    private int n;

    @Override
    public void onTrainBegin(final int epochs, final int batchesPerEpoch) {
        final int size = epochs * batchesPerEpoch;
        this.batchesPerEpoch = batchesPerEpoch;
        this.epoch = new double[size];
        this.batch = new double[size];
        this.loss = new double[size];
        this.n = 0;
    }

    @Override
    public void onBatchEnd(final int epoch, final int batch, final double loss) {
        if (n < this.loss.length) {
            this.epoch[n] = epoch + 1;
            this.batch[n] = batch + 1;
            this.loss[n] = loss;
            n++;
        }
    }

    /** @return minibatches logged */
    public int size() {
        return n;
    }

    /** @return minibatches per epoch of the last {@code fit} */
    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    /**
     * Writes {@code step,epoch,batch,loss}: one row per minibatch, 1-based, {@code loss} the epoch's
     * running mean so far (its last row per epoch is the epoch's loss).
     *
     * @param path the file
     */
    public void write(final Path path) {
        final double[] step = new double[n];
        for (int i = 0; i < n; i++) {
            step[i] = i + 1;
        }
        Csv.write(path, List.of("step", "epoch", "batch", "loss"), List.of(step, Arrays.copyOf(epoch, n),
            Arrays.copyOf(batch, n), Arrays.copyOf(loss, n)));
    }
}
