package dev.neurovec.cli;

import dev.neurovec.examples.output.Csv;
import dev.neurovec.examples.output.EpochBar;
import dev.neurovec.examples.output.EpochLines;
import dev.neurovec.examples.output.LossLog;
import dev.neurovec.examples.output.Plots;
import dev.neurovec.examples.tutorial.AutoEncoder;
import dev.neurovec.io.Mnist;
import dev.neurovec.sim.Simulator;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.train.Callback;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cell [4] of the demo: the tutorial's "Deep learning parameter optimization". Trains the auto-encoder,
 * evaluates it on the test set, saves its parameters, and writes reconstructions and the loss history.
 */
final class AutoEncoderCell {
    /** The network seed (initial weights). */
    static final long SEED = 0;
    /** Test images predicted after training (one minibatch, as the tutorial). */
    static final int PREDICTED = AutoEncoder.MINIBATCH;
    /** Of those, the digits written to the PNG and the CSV. */
    static final int SHOWN = 10;
    /** The checkpoint's file name. */
    static final String CHECKPOINT = "autoencoder.h5";
    /** Input and reconstruction of the shown digits. */
    static final String RECONSTRUCTIONS = "autoencoder_reconstructions.csv";
    /** The shown digits, each beside its reconstruction. */
    static final String DIGITS = "autoencoder_digits.png";
    /** Running loss after every minibatch. */
    static final String LOSS = "autoencoder_loss.csv";
    /** MNIST's test set, which {@code AutoEncoder.run} evaluates on. */
    static final int TEST_IMAGES = 10_000;
    private static final int SIDE = 28;

    private AutoEncoderCell() {
    }

    /** Which run this is; only the tutorial's own is held to the bound. */
    enum Mode {
        /** The tutorial's run: all 60,000 training images, 2 epochs. */
        FULL("; the tutorial's run"),
        /** {@code --quick}. */
        QUICK("; --quick, a smoke run: the test MSE is reported, not checked"),
        /** Other rows or epochs. */
        CUSTOM("; not the tutorial's run: the test MSE is reported, not checked");

        private final String note;

        Mode(final String note) {
            this.note = note;
        }

        /** @return the name as printed */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How to train.
     *
     * @param mode     which run
     * @param rows     training images
     * @param epochs   epochs
     * @param terminal whether to draw live progress bars
     */
    record Settings(Mode mode, int rows, int epochs, boolean terminal) {
        /** @return whether the test MSE is held to the bound */
        boolean bounded() {
            return mode == Mode.FULL;
        }
    }

    /**
     * What the cell produced.
     *
     * @param result   the training run
     * @param written  files written
     */
    record Outcome(AutoEncoder.Result result, List<Path> written) {
    }

    /**
     * @param o   where to print
     * @param out the output folder
     * @param s   settings
     * @param bound the largest test MSE accepted when {@code s.bounded()}
     * @return what ran
     */
    static Outcome run(final PrintStream o, final Path out, final Settings s, final double bound) {
        o.println("[4] Deep learning parameter optimization: a 784-64-784 ReLU auto-encoder of MNIST digits");
        o.printf(Locale.ROOT, "    mode: %s (%,d training images, %d epoch%s)%s%n", s.mode().label(), s.rows(),
            s.epochs(), s.epochs() == 1 ? "" : "s", s.mode().note);
        o.printf(Locale.ROOT, "    RMSprop(1e-3), mean squared error on raw 0-255 pixels, minibatch %d, gains 1,"
            + " biases 0, no synapses, seed %d%n", AutoEncoder.MINIBATCH, SEED);
        final Path data = Mnist.locate();
        final LossLog log = new LossLog();
        final Callback progress = s.terminal() ? new EpochBar(o) : new EpochLines(o);
        final List<Path> written = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final AutoEncoder.Result r = AutoEncoder.run(SEED, data, s.epochs(), s.rows(), List.of(progress, log),
            (sim, parts) -> written.addAll(afterTraining(notes, out, sim, parts, data)));
        final int testBatches = TEST_IMAGES / AutoEncoder.MINIBATCH;
        o.println(EpochLines.line(testBatches, r.evaluateSeconds(), r.testMse()));
        o.printf(Locale.ROOT, "    test-set MSE: %.1f  (lower is better; the tutorial got NengoDL 837, Keras 866;"
            + " PyTorch reference 951 +- 126 over 5 seeds)%s%n", r.testMse(), s.bounded()
            ? String.format(Locale.ROOT, "  bound <= %.0f: %s", bound, r.testMse() <= bound ? "ok" : "MISSED")
            : "  (reported only)");
        notes.forEach(o::println);
        final Path loss = out.resolve(LOSS);
        log.write(loss);
        written.add(loss);
        o.printf(Locale.ROOT, "    %.1f s per epoch (%,.0f images/s)%n", r.secondsPerEpoch(), r.samplesPerSecond());
        return new Outcome(r, written);
    }

    /** Saves, predicts and writes; what it has to say goes to {@code notes}, printed after the evaluation. */
    private static List<Path> afterTraining(final List<String> notes, final Path out, final Simulator sim,
                                            final AutoEncoder.Parts parts, final Path data) {
        final Path h5 = out.resolve(CHECKPOINT);
        sim.saveParams(h5);
        notes.add("    parameters saved: " + h5.toAbsolutePath());
        final Tensor images = Mnist.test(data).images().rows(0, PREDICTED);
        final Tensor predicted = sim.predict(Map.of(parts.input(), images)).get(parts.output());
        final float[][] shown = new float[2 * SHOWN][];
        final List<String> header = new ArrayList<>(List.of("pixel"));
        final List<double[]> cols = new ArrayList<>();
        final double[] pixel = new double[SIDE * SIDE];
        for (int i = 0; i < pixel.length; i++) {
            pixel[i] = i;
        }
        cols.add(pixel);
        for (int k = 0; k < SHOWN; k++) {
            shown[2 * k] = row(images, k);
            shown[2 * k + 1] = row(predicted, k);
            header.add("input" + k);
            header.add("output" + k);
            cols.add(toDouble(shown[2 * k]));
            cols.add(toDouble(shown[2 * k + 1]));
        }
        final Path csv = out.resolve(RECONSTRUCTIONS);
        Csv.write(csv, header, cols);
        final Path png = out.resolve(DIGITS);
        Plots.imageGrid(png, "first " + SHOWN + " test digits, each followed by its reconstruction", shown, 10, SIDE,
            SIDE, 255f, 3);
        notes.add(String.format(Locale.ROOT, "    predicted the first %d test images; %s shows %d of them beside"
            + " their reconstructions", PREDICTED, DIGITS, SHOWN));
        return List.of(h5, csv, png);
    }

    /** Image {@code k} of a {@code (rows, 1, 784)} tensor. */
    static float[] row(final Tensor t, final int k) {
        final int n = t.dim(2);
        final float[] v = new float[n];
        System.arraycopy(t.data(), t.offset() + k * t.dim(1) * n, v, 0, n);
        return v;
    }

    private static double[] toDouble(final float[] v) {
        final double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
