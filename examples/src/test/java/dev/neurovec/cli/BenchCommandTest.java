package dev.neurovec.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurovec.examples.tutorial.AutoEncoder;
import dev.neurovec.io.Mnist;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    /** Runs {@code neurovec bench ARGS} through the top-level command line; returns {exit code, stdout}. */
    private static Object[] bench(final String... args) {
        final CommandLine cli = new CommandLine(new Main());
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final BenchCommand cmd = cli.getSubcommands().get("bench").getCommand();
        cmd.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        final String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        final int code = cli.execute(all);
        return new Object[] {code, out.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void shouldListTheTrainingCaseAsAvailable() {
        final Object[] r = bench("--list");
        final String text = (String) r[1];
        assertEquals(0, r[0], text);
        assertTrue(text.contains("autoencoder") && text.contains("cconv_d16"), text);
        assertFalse(text.contains("(pending)"), text);
    }

    @Test
    void shouldPassSuiteErrorsThroughWithTheUsageExitCode() {
        final Object[] r = bench("--case", "no_such_case");
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).contains("unknown case 'no_such_case'"), (String) r[1]);
    }

    @Test
    void shouldReportTheSameTrainingRunAsTheTutorialCode() throws IOException {
        final Object[] r = bench("--quick", "--case", "autoencoder", "--reps", "1");
        final String text = (String) r[1];
        assertEquals(0, r[0], text);
        final List<String> json = text.lines().filter(l -> l.startsWith("{")).toList();
        assertEquals(1, json.size(), text);
        final JsonNode line = new ObjectMapper().readTree(json.get(0));
        assertEquals("autoencoder", line.get("case").asText());
        assertEquals(1, line.get("epochs").asInt());
        assertEquals(6000, line.get("train_rows").asInt());

        // training is deterministic: the case must have trained exactly what AutoEncoder.run trains
        final AutoEncoder.Result direct = AutoEncoder.run(0, Mnist.locate(), 1, 6000, List.of(), null);
        assertEquals(direct.testMse(), line.get("test_mse").asDouble(), 0.0);
        assertEquals(direct.testMse(), line.get("test_mse_per_seed").get(0).asDouble(), 0.0);

        final double sPerEpoch = line.get("s_per_epoch").asDouble();
        assertTrue(sPerEpoch > 0, text);
        assertEquals(6000 / sPerEpoch, line.get("samples_per_s").asDouble(), 1e-6 * 6000 / sPerEpoch);
        assertEquals(1.14 * 0.1 / sPerEpoch, line.get("vs_pytorch").asDouble(), 1e-9 / sPerEpoch);
        assertTrue(text.contains("s/epoch") && text.contains("test MSE"), "table row missing:\n" + text);
    }
}
