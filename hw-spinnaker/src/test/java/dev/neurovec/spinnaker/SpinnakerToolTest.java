package dev.neurovec.spinnaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpinnakerToolTest {

    private static String capture(final java.util.function.Function<PrintStream, Integer> run, final int[] code) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            code[0] = run.apply(ps);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldListEveryReferenceNetworkWithADescriptionWhenAsked() {
        assertEquals(ReferenceNetworks.all().size(), SpinnakerTool.referenceNetworks().size());
        assertTrue(SpinnakerTool.referenceNetworks().contains(
            "tuning-curves - E6.10: 100 LIF, gain 1, bias 0..40, spike rates"));
    }

    @Test
    void shouldExitWithUsageAndListNetworksWhenTheNameIsUnknown() throws IOException {
        final int[] code = new int[1];
        final String out = capture(ps -> SpinnakerTool.run("no-such-net", Path.of("/tmp/unused"), ps), code);
        assertEquals(SpinnakerTool.USAGE, code[0]);
        assertTrue(out.startsWith("reference network 'no-such-net' not found; expected one of [ens-ens-offset,"), out);
        assertTrue(out.contains("  fan-stress - E6.9"), out);
    }

    @Test
    void shouldWriteTheReportAndExitZeroWhenEveryCheckPasses() throws IOException {
        final Path dir = Files.createTempDirectory("tool");
        final int[] code = new int[1];
        final String out = capture(ps -> SpinnakerTool.run("lowpass-step", dir, ps), code);
        assertEquals(SpinnakerTool.OK, code[0], out);
        assertTrue(out.contains("routing entries: before 4"), out);
        assertTrue(out.contains("packets per step: 4.0 mean"), out);
        final JsonNode report = new ObjectMapper().readTree(dir.resolve(ArtifactLayout.REPORT).toFile());
        assertTrue(report.get("ok").asBoolean());
        assertEquals(3, report.get("fidelity").size());
        for (JsonNode f : report.get("fidelity")) {
            assertTrue(f.get("rmse").asDouble() <= f.get("tolerance").get("rmse").asDouble());
            assertEquals(0.1, f.get("tolerance").get("maxAbs").asDouble());
        }
        for (JsonNode c : report.get("checks")) {
            assertTrue(c.get("ok").asBoolean(), c.toString());
        }
        assertEquals(4, report.get("routing").get("entriesBefore").get("total").asInt());
    }

    @Test
    void shouldExitNonZeroWhenACheckFails() throws IOException {
        final Path dir = Files.createTempDirectory("tool-fail");
        final int[] code = new int[1];
        final String out = capture(ps -> SpinnakerTool.run("fan-stress", dir, ps, SpinnakerOptions.defaults()
            .withSteps(30).withQueueCapacity(8)), code);
        assertEquals(SpinnakerTool.CHECK_FAILED, code[0], out);
        assertTrue(out.contains("FAIL emulator: packets dropped, looped, duplicated or misdelivered"), out);
        final JsonNode report = new ObjectMapper().readTree(dir.resolve(ArtifactLayout.REPORT).toFile());
        assertFalse(report.get("ok").asBoolean());
        assertTrue(report.get("emulation").get("droppedQueueFull").asLong() > 0);
    }
}
