package dev.neurovec.cli;

import dev.neurovec.examples.tutorial.AutoEncoder;
import dev.neurovec.io.Mnist;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final List<String> FILES = List.of("spiking_vs_rate.csv", "input.png", "rates.png", "spikes.png",
        "filtered_spikes.png", "autoencoder.h5", "autoencoder_reconstructions.csv", "autoencoder_digits.png",
        "autoencoder_loss.csv", "nef_sin_square.csv", "nef_sin_square.png");

    /** Runs the command as picocli does; returns {exit code, stdout, stderr}. */
    private static Object[] execute(final String... args) {
        final DemoCommand cmd = new DemoCommand();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        cmd.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        final CommandLine cli = new CommandLine(cmd);
        cli.setErr(new PrintWriter(cmd.stderr, true));
        final int code = cli.execute(args);
        return new Object[] {code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void shouldRunEveryCellAndWriteEveryFileWhenQuick(@TempDir final Path dir) throws IOException {
        final Object[] r = execute("--quick", "--out", dir.toString(), "--nef-seconds", "2", "--hw-seconds", "0.5");
        final String stdout = (String) r[1];
        assertEquals(0, r[0], stdout + r[2]);
        for (String name : FILES) {
            final Path p = dir.resolve(name);
            assertTrue(Files.isRegularFile(p), name + " missing");
            assertTrue(Files.size(p) > 0, name + " is empty");
            if (name.endsWith(".png")) {
                assertArrayEquals(PNG_MAGIC, Arrays.copyOf(Files.readAllBytes(p), 8), name + " is not a PNG");
            }
        }
        assertTrue(Files.isRegularFile(dir.resolve("spinnaker").resolve("manifest.json")), "SpiNNaker artifact");
        assertTrue(Files.isRegularFile(dir.resolve("loihi").resolve("report.json")), "Loihi artifact");
        for (String line : List.of("t: 0.00500000035", "  [ 0.51  -0.09 ]]]",
            "mode: quick (6,000 training images, 1 epoch)", "Epoch 1/1", "120/120 [==============================]",
            "lower is better", "parameter w: shape (1, 1)", "SpiNNaker (spinnaker1): the tutorial's sin(x^2) network",
            "Loihi (loihi1): the tutorial's sin(x^2) network", "output equals that time + x at every step: yes",
            "[3] TensorNode: output == float32 t + x at all 10 steps: yes", "exit code 0")) {
            assertTrue(stdout.contains(line), "stdout lacks '" + line + "':\n" + stdout);
        }
        assertFalse(stdout.contains("failed:"), stdout);
        assertEquals(121, Files.readAllLines(dir.resolve("autoencoder_loss.csv")).size(), "header + 120 minibatches");
        shouldPredictAsRecordedAfterLoadingTheCheckpoint(dir);
    }

    /** The checkpoint, loaded into a new simulator of the same network, reproduces the recorded reconstructions. */
    private static void shouldPredictAsRecordedAfterLoadingTheCheckpoint(final Path dir) throws IOException {
        final List<String> csv = Files.readAllLines(dir.resolve(AutoEncoderCell.RECONSTRUCTIONS));
        final List<String> header = Arrays.asList(csv.get(0).split(","));
        assertEquals(784 + 1, csv.size());
        final AutoEncoder.Parts parts = AutoEncoder.build(AutoEncoderCell.SEED);
        try (Simulator sim = new Simulator(parts.network(), SimulatorOptions.defaults()
            .withMinibatchSize(AutoEncoder.MINIBATCH))) {
            sim.loadParams(dir.resolve(AutoEncoderCell.CHECKPOINT));
            final Tensor images = Mnist.test(Mnist.locate()).images().rows(0, AutoEncoderCell.PREDICTED);
            final Tensor y = sim.predict(Map.of(parts.input(), images)).get(parts.output());
            for (int k = 0; k < AutoEncoderCell.SHOWN; k++) {
                final int in = header.indexOf("input" + k);
                final int out = header.indexOf("output" + k);
                final float[] predicted = AutoEncoderCell.row(y, k);
                final float[] image = AutoEncoderCell.row(images, k);
                for (int i = 0; i < 784; i++) {
                    final String[] row = csv.get(i + 1).split(",");
                    assertEquals(image[i], (float) Double.parseDouble(row[in]), 0f, "input " + k + " pixel " + i);
                    assertEquals(Float.floatToRawIntBits(predicted[i]),
                        Float.floatToRawIntBits((float) Double.parseDouble(row[out])), "output " + k + " pixel " + i);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--ae-rows=0|--ae-rows = 0; expected 50 to 60000 (at least one minibatch, at most the MNIST training set)",
        "--ae-rows=60001|--ae-rows = 60001; expected 50 to 60000 (at least one minibatch, at most the MNIST training"
            + " set)",
        "--ae-epochs=0|--ae-epochs = 0; expected at least 1",
        "--ae-epochs=-3|--ae-epochs = -3; expected at least 1",
        "--nef-seconds=0|--nef-seconds = 0.0; expected more than 0",
        "--hw-seconds=11|--hw-seconds = 11.0; expected more than 0 and at most 10.0",
        "--hw-seconds=NaN|--hw-seconds = NaN; expected more than 0 and at most 10.0"})
    void shouldRejectABadOptionBeforeRunningAnything(final String arg, final String message, @TempDir final Path dir) {
        final Path out = dir.resolve("never");
        final Object[] r = execute(arg, "--out", out.toString());
        assertEquals(DemoCommand.USAGE, r[0]);
        assertEquals("neurovec demo: " + message + System.lineSeparator(), r[2]);
        assertEquals("", r[1]);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void shouldRejectANonNumberAsPicocliDoes() {
        final Object[] r = execute("--ae-rows", "many");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("Invalid value for option '--ae-rows': 'many' is not an int"),
            (String) r[2]);
    }

    @Test
    void shouldPickTheTutorialsRunByDefaultAndASmallerOneWhenQuick() {
        final DemoCommand full = new DemoCommand();
        assertEquals(new AutoEncoderCell.Settings(AutoEncoderCell.Mode.FULL, 60_000, 2, false),
            withoutTerminal(full.settings()));
        assertTrue(full.settings().bounded());
        final DemoCommand quick = new DemoCommand();
        quick.quick = true;
        assertEquals(new AutoEncoderCell.Settings(AutoEncoderCell.Mode.QUICK, 6_000, 1, false),
            withoutTerminal(quick.settings()));
        assertFalse(quick.settings().bounded());
        quick.aeRows = 60_000;
        quick.aeEpochs = 2;
        assertEquals(AutoEncoderCell.Mode.FULL, quick.settings().mode(),
            "the full run's figures are checked however they were asked for");
        final DemoCommand custom = new DemoCommand();
        custom.aeEpochs = 3;
        assertEquals(new AutoEncoderCell.Settings(AutoEncoderCell.Mode.CUSTOM, 60_000, 3, false),
            withoutTerminal(custom.settings()));
    }

    private static AutoEncoderCell.Settings withoutTerminal(final AutoEncoderCell.Settings s) {
        return new AutoEncoderCell.Settings(s.mode(), s.rows(), s.epochs(), false);
    }
}
