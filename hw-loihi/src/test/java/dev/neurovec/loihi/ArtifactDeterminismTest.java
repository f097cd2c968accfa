package dev.neurovec.loihi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §E4.6: the same network and seed give byte-identical artifacts, and emit → parse → emit is byte-identical. */
class ArtifactDeterminismTest {

    @TempDir
    Path tmp;

    private static List<String> files(final Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertSameBytes(final Path a, final Path b) throws IOException {
        assertEquals(files(a), files(b));
        for (String f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs");
        }
    }

    @Test
    void shouldEmitIdenticalBytesWhenCompilingTheSameNetworkTwice() throws IOException {
        final int steps = 300;
        final Artifact first = LoihiDeployment.compile(ReferenceNetworks.nodeEnsEns().network(),
            LoihiOptions.defaults(), steps).artifact();
        final Artifact second = LoihiDeployment.compile(ReferenceNetworks.nodeEnsEns().network(),
            LoihiOptions.defaults(), steps).artifact();
        ArtifactWriter.write(first, tmp.resolve("a"));
        ArtifactWriter.write(second, tmp.resolve("b"));
        assertSameBytes(tmp.resolve("a"), tmp.resolve("b"));
        assertTrue(first.table(ArtifactLayout.INPUT_SPIKES).rows() > 100, "host spikes are part of the artifact");
        assertEquals(16, files(tmp.resolve("a")).size(), "5 JSON, 10 binary and utilization.csv (report.json comes later)");
    }

    @Test
    void shouldRewriteIdenticalBytesWhenParsingAnEmittedArtifact() throws IOException {
        final Artifact a = LoihiDeployment.compile(ReferenceNetworks.ensEns().network(), LoihiOptions.defaults(), 200)
            .artifact();
        ArtifactWriter.write(a, tmp.resolve("emitted"));
        final Artifact parsed = ArtifactReader.open(tmp.resolve("emitted")).artifact();
        ArtifactWriter.write(parsed, tmp.resolve("re-emitted"));
        assertSameBytes(tmp.resolve("emitted"), tmp.resolve("re-emitted"));
        assertEquals(a.manifest(), parsed.manifest(), "manifest records compare equal after parsing");
        assertEquals(a.board(), parsed.board());
    }

    @Test
    void shouldEmitAndRewriteIdenticalBytesWhenTheHostReceivesChipOutput() throws IOException {
        final Artifact first = LoihiDeployment.compile(ReferenceNetworks.nefSinSquare().network(),
            LoihiOptions.defaults(), 300).artifact();
        final Artifact second = LoihiDeployment.compile(ReferenceNetworks.nefSinSquare().network(),
            LoihiOptions.defaults(), 300).artifact();
        ArtifactWriter.write(first, tmp.resolve("a"));
        ArtifactWriter.write(second, tmp.resolve("b"));
        assertSameBytes(tmp.resolve("a"), tmp.resolve("b"));
        final Artifact parsed = ArtifactReader.open(tmp.resolve("a")).artifact();
        ArtifactWriter.write(parsed, tmp.resolve("re-emitted"));
        assertSameBytes(tmp.resolve("a"), tmp.resolve("re-emitted"));
        assertEquals(first.host(), parsed.host(), "host.json records compare equal after parsing");
        final ArtifactFiles.Chip2Host c2h = parsed.host().chip2host().get(0);
        assertEquals("outpt", c2h.receiver());
        assertEquals(new ArtifactFiles.HostFilter("lowpass", 0.005, null, null, null, null, null), c2h.synapse());
        assertEquals("chip2host:" + c2h.sender(), parsed.probes().probes().get(c2h.probeId()).label());
        assertEquals(List.of("inpt_p", "outpt_p"), parsed.host().hostProbes().stream()
            .map(ArtifactFiles.HostProbeSpec::label).toList());
        final String host = Files.readString(tmp.resolve("a").resolve("host.json"));
        assertTrue(host.contains("\"type\" : \"lowpass\"") && !host.contains("\"num\""),
            "a filter writes only the fields of its type:\n" + host);
    }

    @Test
    void shouldSortJsonKeysAndUseLittleEndianWhenWriting() throws IOException {
        final Path dir = tmp.resolve("golden");
        ArtifactWriter.write(TestModels.compile(TestModels.golden(), LoihiLimits.loihi1(), 12), dir);
        final String board = Files.readString(dir.resolve("board.json"));
        assertTrue(board.indexOf("\"chips\"") < board.indexOf("\"coresPerChip\"")
            && board.indexOf("\"coresPerChip\"") < board.indexOf("\"nChips\""), "keys sorted");
        assertTrue(board.contains("\"schemaVersion\" : 2") && board.contains("\"target\" : \"loihi1\""));
        final byte[] cx = Files.readAllBytes(dir.resolve("compartments.bin"));
        // compartment 0 of block 'golden': biasMant 2815 = 0x0AFF little-endian, biasExp 7, vthProfile 0,
        // cxProfile 0, phase 2
        assertArrayEquals(new byte[] {(byte) 0xFF, 0x0A, 7, 0, 0, 2}, java.util.Arrays.copyOf(cx, 6));
        final byte[] syn = Files.readAllBytes(dir.resolve("synapses.bin"));
        // block 'golden' axon 0 target 0: cIdx 0, wgt 254, fmt 1, lrnEn 0; target 1: wgt -128
        assertArrayEquals(new byte[] {0, 0, (byte) 254, 0, 1, 0, 1, 0, (byte) 0x80, (byte) 0xFF, 1, 0},
            java.util.Arrays.copyOf(syn, 12));
    }
}
