package dev.neurovec.examples.tutorial;

import dev.neurovec.bench.suite.BenchCase;
import dev.neurovec.bench.suite.Fields;
import dev.neurovec.bench.suite.Machine;
import dev.neurovec.bench.suite.ResultLine;
import dev.neurovec.bench.suite.ResultSink;
import dev.neurovec.bench.suite.Stats;
import dev.neurovec.bench.suite.SuiteOptions;
import dev.neurovec.io.Mnist;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The suite's training case: the tutorial auto-encoder ({@link AutoEncoder}) trained for 2 epochs on all 60,000
 * MNIST images, once per seed {@code 0 .. reps-1}, against PyTorch's figures in {@code targets.md} (1.10–1.18 s per
 * epoch, about 52k samples/s; test MSE 951 ± 126 over 5 seeds). With {@code --quick} each seed trains 1 epoch on
 * the first 6,000 images: a smoke run whose MSE is not comparable.
 */
public final class AutoEncoderCase implements BenchCase {
    /** PyTorch 1.13.1, 2 CPU threads, this machine idle: the middle of 1.10–1.18 s per epoch. */
    static final double PYTORCH_S_PER_EPOCH = 1.14;
    /** Images of MNIST's training set. */
    private static final int TRAIN_ROWS = 60_000;
    private static final int QUICK_ROWS = 6_000;

    @Override
    public String name() {
        return "autoencoder";
    }

    @Override
    public String description() {
        return "tutorial auto-encoder 784-64-784 ReLU, RMSprop 1e-3, minibatch 50, 2 epochs of 60k MNIST, one seed per"
            + " rep (vs PyTorch CPU)";
    }

    @Override
    public boolean quick() {
        return false;
    }

    @Override
    public void run(final SuiteOptions options, final ResultSink sink) {
        final Path data = Mnist.locate();
        final int rows = options.quick() ? QUICK_ROWS : TRAIN_ROWS;
        final int epochs = options.quick() ? 1 : 2;
        final int seeds = options.reps();
        final double[] mse = new double[seeds];
        final double[] secondsPerEpoch = new double[seeds];
        final double[] samplesPerSecond = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            sink.log(String.format(Locale.ROOT, "autoencoder seed %d: %d epochs x %d images", s, epochs, rows));
            final AutoEncoder.Result r = AutoEncoder.run(s, data, epochs, rows, List.of(), null);
            mse[s] = r.testMse();
            secondsPerEpoch[s] = r.secondsPerEpoch();
            samplesPerSecond[s] = r.samplesPerSecond();
            sink.log(String.format(Locale.ROOT, "autoencoder seed %d: test MSE %.1f, %.2f s/epoch, %.0f samples/s", s,
                r.testMse(), r.secondsPerEpoch(), r.samplesPerSecond()));
        }
        final double sPerEpoch = Stats.median(secondsPerEpoch);
        final ResultLine line = new ResultLine()
            .put(Fields.CASE, name())
            .put(Fields.EXECUTOR, "planned (fit)")
            .put(Fields.MINIBATCH, AutoEncoder.MINIBATCH)
            .put(Fields.TRAIN_ROWS, rows)
            .put(Fields.EPOCHS, epochs)
            .put(Fields.SEEDS, seeds)
            .put(Fields.TEST_MSE, Stats.median(mse))
            .put(Fields.TEST_MSE_PER_SEED, Arrays.stream(mse).boxed().toList())
            .put(Fields.S_PER_EPOCH, sPerEpoch)
            .put(Fields.SAMPLES_PER_S, Stats.median(samplesPerSecond))
            .put(Fields.PYTORCH_S_PER_EPOCH, PYTORCH_S_PER_EPOCH)
            // an epoch of fewer images takes proportionally less time: compare per image
            .put(Fields.VS_PYTORCH, PYTORCH_S_PER_EPOCH * rows / TRAIN_ROWS / sPerEpoch)
            .put(Fields.THREADS, 1)
            .put(Fields.KERNELS, Machine.kernels())
            .put(Fields.JDK, Machine.jdk())
            .put(Fields.LOAD_1M, Machine.load1m());
        sink.accept(line);
    }
}
