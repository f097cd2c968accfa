package dev.neurovec.loihi;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code neurovec loihi} entry point: list, run, report.json, exit codes. */
class LoihiToolTest {

    @TempDir
    Path tmp;

    @Test
    void shouldNameEveryReferenceNetworkWhenListing() {
        final List<String> names = LoihiTool.referenceNetworks();
        assertEquals(8, names.size());
        assertTrue(names.get(0).startsWith("ens-ens: E6.1"), names.get(0));
        assertTrue(names.stream().anyMatch(s -> s.startsWith("big2500: ")));
        assertTrue(names.get(7).startsWith("nef-sin-square: the NengoDL tutorial's NEF network"), names.get(7));
    }

    @Test
    void shouldWriteReportAndExitZeroWhenEveryCheckPasses() throws Exception {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        final int code = LoihiTool.run("ens-ens", tmp, new PrintStream(buf, true, StandardCharsets.UTF_8));
        final String text = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("hardware: 1 chip(s), 4 cores, 322 compartments"), text);
        assertTrue(text.contains("checks: ") && text.contains(" passed, 0 failed"), text);
        final JsonNode report = ArtifactWriter.mapper().readTree(Files.readString(tmp.resolve("report.json")));
        assertEquals("neurovec.loihi.report", report.get("schema").asText());
        assertEquals(3, report.get("fidelity").size());
        final JsonNode b = report.get("fidelity").get(1);
        assertEquals("b", b.get("probe").asText());
        assertTrue(b.get("rmse").asDouble() > 0 && b.get("rmse").asDouble() <= b.get("tolerance").asDouble());
        assertEquals(0.075, b.get("tolerance").asDouble());
        assertTrue(report.get("checks").size() > 20);
        for (JsonNode c : report.get("checks")) {
            assertTrue(c.get("ok").asBoolean(), c.toString());
        }
        assertTrue(report.get("passed").asBoolean());
        assertEquals(4, report.get("hardware").get("cores").asInt());
    }

    @Test
    void shouldExitNonZeroWhenACheckFails() {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        final int code = LoihiTool.run("node-ens-ens", tmp, new PrintStream(buf, true, StandardCharsets.UTF_8),
            new LoihiTool.Options(200, false, 2, 1));
        final String text = buf.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, text);
        assertTrue(text.contains("FAILED hostLink.spikesPerChipStep: host link: max "), text);
        assertTrue(text.contains(" failed"), text);
    }

    @Test
    void shouldExitTwoWhenTheNetworkIsUnknown() {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertEquals(2, LoihiTool.run("nope", tmp, new PrintStream(buf, true, StandardCharsets.UTF_8)));
        assertFalse(buf.toString(StandardCharsets.UTF_8).isEmpty());
    }
}
