package dev.neurovec.spinnaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The artifact set has the files and fields of hardware.md §E2.2. */
class ArtifactTest {
    private static Path dir;

    @BeforeAll
    static void emit() throws IOException {
        dir = Files.createTempDirectory("artifact");
        SpinnakerTool.execute(ReferenceNetworks.get("lti-filter"), dir, SpinnakerMachine.spinn5(),
            SpinnakerOptions.defaults().withSteps(100));
    }

    private static JsonNode read(final String file) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(file).toFile());
    }

    private static Set<String> fields(final JsonNode n) {
        final Set<String> out = new TreeSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void shouldCarrySchemaAndVersionWhenAFileIsAnObject() throws IOException {
        for (String f : new String[] {ArtifactLayout.MACHINE, ArtifactLayout.MANIFEST, ArtifactLayout.VERTICES,
            ArtifactLayout.KEYS, ArtifactLayout.HOST_IO, ArtifactLayout.REPORT, "sdram/" + ArtifactLayout.REGIONS}) {
            final JsonNode n = read(f);
            assertTrue(n.get("schema").asText().startsWith("neurovec.spinnaker1."), f);
            assertEquals(1, n.get("schemaVersion").asInt(), f);
        }
    }

    @Test
    void shouldUsePacmanSchemasWhenWritingPlacementsAndTables() throws IOException {
        final JsonNode placements = read(ArtifactLayout.PLACEMENTS);
        assertTrue(placements.isArray() && placements.size() == 5);
        for (JsonNode p : placements) {
            assertEquals(Set.of("vertex_label", "x", "y", "p"), fields(p));
        }
        for (String f : new String[] {ArtifactLayout.ROUTING_TABLES, ArtifactLayout.ROUTING_TABLES_UNCOMPRESSED}) {
            final JsonNode tables = read(f);
            assertTrue(tables.isArray() && tables.size() > 0, f);
            for (JsonNode t : tables) {
                assertEquals(Set.of("x", "y", "entries"), fields(t));
                for (JsonNode e : t.get("entries")) {
                    assertEquals(Set.of("key", "mask", "defaultable", "spinnaker_route"), fields(e));
                    assertTrue(e.get("spinnaker_route").asInt() < (1 << 24));
                }
            }
        }
    }

    @Test
    void shouldListTheFieldsOfE22WhenWritingTheManifestVerticesAndKeys() throws IOException {
        final JsonNode man = read(ArtifactLayout.MANIFEST);
        assertTrue(fields(man).containsAll(Set.of("dt", "machineTimestepUs", "timescale", "period", "seed", "fixedPoint",
            "constraints", "operators", "probes")));
        assertEquals("s16.15", man.get("fixedPoint").get("format").asText());
        assertEquals("FLOOR", man.get("fixedPoint").get("accumMultiplyRounding").asText());
        assertEquals(80_000, man.get("constraints").get("cpuCyclesPerStep").asInt());
        assertEquals(43_008, man.get("constraints").get("dtcmBytes").asInt());
        for (JsonNode v : read(ArtifactLayout.VERTICES).get("vertices")) {
            assertTrue(fields(v).containsAll(Set.of("id", "operator", "app", "slices", "cluster", "estCycles", "estDtcm",
                "sdramBytes")));
            assertEquals(Set.of("neurons", "clusterNeurons", "inDims", "outDims", "learntOutDims"),
                fields(v.get("slices")));
        }
        final JsonNode keys = read(ArtifactLayout.KEYS);
        assertEquals(Set.of("user", "connectionId", "cluster", "index"), fields(keys.get("fields")));
        assertEquals(5, keys.get("vertices").size(), "one output key list per vertex");
        for (JsonNode s : keys.get("signals")) {
            assertTrue(fields(s).containsAll(Set.of("id", "source", "sinks", "width", "latching", "connectionId",
                "filterKey", "filterMask", "dimMask", "nets")));
        }
        final JsonNode chip = read(ArtifactLayout.MACHINE).get("chips").get(0);
        assertTrue(fields(chip).containsAll(Set.of("x", "y", "cores", "monitorCore", "sdramBytes", "routerEntriesFree",
            "links", "ethernet")));
        assertEquals(Set.of("sdpRx", "sdpTx", "valueSources", "schema", "schemaVersion"), fields(read(
            ArtifactLayout.HOST_IO)));
    }

    @Test
    void shouldMatchThePointerTableWhenListingRegions() throws IOException {
        for (JsonNode b : read("sdram/" + ArtifactLayout.REGIONS).get("blocks")) {
            final byte[] img = Files.readAllBytes(dir.resolve("sdram").resolve(b.get("file").asText()));
            assertEquals(b.get("storedBytes").asInt(), img.length);
            final ByteBuffer buf = ByteBuffer.wrap(img).order(ByteOrder.LITTLE_ENDIAN);
            int end = 0;
            for (JsonNode r : b.get("regions")) {
                final int i = r.get("index").asInt();
                assertEquals(i == 0 ? 0 : buf.getInt(4 * i), r.get("offset").asInt(), b.get("file") + " region " + i);
                assertEquals(0, r.get("size").asInt() % 4);
                end = r.get("offset").asInt() + r.get("size").asInt();
            }
            assertEquals(b.get("totalBytes").asInt(), end);
        }
    }
}
