package dev.neurovec.spinnaker;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an artifact folder written by {@link ArtifactWriter} (hardware.md §E2.2). This is the only input of
 * {@link SpinnakerEmulator}: everything the emulator knows about the network comes through here, from disk.
 */
public final class ArtifactReader {
    private final Path dir;
    private final JsonNode machine;
    private final JsonNode manifest;
    private final JsonNode vertices;
    private final JsonNode placements;
    private final JsonNode regions;

    /** A vertex of {@code vertices.json}. */
    public record VertexEntry(int id, String label, App app, int operator) {
    }

    /** A block of {@code sdram/regions.json}. */
    public record Block(int vertex, App app, int x, int y, int p, int base, String file, int totalBytes,
                       List<SdramImage.Region> regions) {
    }

    /** A cluster's shared SDRAM block. */
    public record SharedBlock(int operator, int cluster, int x, int y, int base, int inputVectorWords,
                              int spikeVectorWords) {
    }

    /** A probe of the manifest. */
    public record ProbeEntry(int id, String label, DeviceProbe.Kind kind, int operator, int size, int[] vertices,
                             int[] neurons, double amplitude) {
    }

    private ArtifactReader(final Path dir) {
        this.dir = dir;
        this.machine = Json.read(dir.resolve(ArtifactLayout.MACHINE));
        this.manifest = Json.read(dir.resolve(ArtifactLayout.MANIFEST));
        this.vertices = Json.read(dir.resolve(ArtifactLayout.VERTICES));
        this.placements = Json.read(dir.resolve(ArtifactLayout.PLACEMENTS));
        this.regions = Json.read(dir.resolve(ArtifactLayout.SDRAM_DIR).resolve(ArtifactLayout.REGIONS));
        final String target = manifest.path("target").asText();
        if (!ArtifactLayout.TARGET.equals(target)) {
            throw new IllegalArgumentException(dir + "/" + ArtifactLayout.MANIFEST + ": target = '" + target
                + "'; expected '" + ArtifactLayout.TARGET + "'");
        }
    }

    /**
     * @param dir an artifact folder
     * @return a reader of it
     */
    public static ArtifactReader open(final Path dir) {
        return new ArtifactReader(dir);
    }

    /** @return the folder */
    public Path dir() {
        return dir;
    }

    /** @return the machine of {@code machine.json} */
    public SpinnakerMachine machine() {
        final List<SpinnakerMachine.Chip> chips = new ArrayList<>();
        for (JsonNode c : machine.get("chips")) {
            final int[] cores = ints(c.get("cores"));
            final boolean[] links = new boolean[6];
            for (int i = 0; i < 6; i++) {
                links[i] = c.get("links").get(i).asBoolean();
            }
            chips.add(new SpinnakerMachine.Chip(c.get("x").asInt(), c.get("y").asInt(), cores,
                c.get("sdramBytes").asLong(), c.get("routerEntriesFree").asInt(), links, c.get("ethernet").asBoolean()));
        }
        return SpinnakerMachine.of(machine.get("name").asText(), machine.get("width").asInt(),
            machine.get("height").asInt(), machine.get("wrap").get("x").asBoolean(),
            machine.get("wrap").get("y").asBoolean(), chips);
    }

    /** @return the time step in seconds */
    public double dt() {
        return manifest.get("dt").asDouble();
    }

    /** @return steps of one period */
    public int steps() {
        return manifest.get("steps").asInt();
    }

    /** @return the accum-multiply rounding the manifest records */
    public MultiplyRounding rounding() {
        return MultiplyRounding.parse(manifest.get("fixedPoint").get("accumMultiplyRounding").asText());
    }

    /** @return the network label */
    public String network() {
        return manifest.get("network").asText();
    }

    /** @return the manifest as a tree (for reports) */
    public JsonNode manifest() {
        return manifest;
    }

    /** @return the vertices */
    public List<VertexEntry> vertices() {
        final List<VertexEntry> out = new ArrayList<>();
        for (JsonNode v : vertices.get("vertices")) {
            out.add(new VertexEntry(v.get("id").asInt(), v.get("label").asText(), App.of(v.get("app").asText()),
                v.get("operator").asInt()));
        }
        return out;
    }

    /** @return {@code vertices.json} as a tree */
    public JsonNode verticesTree() {
        return vertices;
    }

    /** @return vertex label → {x, y, p} */
    public Map<String, int[]> placements() {
        final Map<String, int[]> out = new LinkedHashMap<>();
        for (JsonNode p : placements) {
            out.put(p.get("vertex_label").asText(), new int[] {p.get("x").asInt(), p.get("y").asInt(),
                p.get("p").asInt()});
        }
        return out;
    }

    /**
     * @param machine the machine (for chip indices)
     * @param loaded  true for {@code routing_tables.json}, false for the uncompressed tables
     * @return the tables
     */
    public List<RoutingTable> routingTables(final SpinnakerMachine machine, final boolean loaded) {
        final JsonNode t = Json.read(dir.resolve(loaded ? ArtifactLayout.ROUTING_TABLES
            : ArtifactLayout.ROUTING_TABLES_UNCOMPRESSED));
        final List<RoutingTable> out = new ArrayList<>();
        for (JsonNode table : t) {
            final int x = table.get("x").asInt();
            final int y = table.get("y").asInt();
            final List<RoutingEntry> entries = new ArrayList<>();
            for (JsonNode e : table.get("entries")) {
                entries.add(new RoutingEntry((int) e.get("key").asLong(), (int) e.get("mask").asLong(),
                    e.get("spinnaker_route").asInt(), 0));
            }
            out.add(new RoutingTable(machine.index(x, y), x, y, entries));
        }
        return out;
    }

    /** @return the SDRAM blocks */
    public List<Block> blocks() {
        final List<Block> out = new ArrayList<>();
        for (JsonNode b : regions.get("blocks")) {
            final List<SdramImage.Region> rs = new ArrayList<>();
            for (JsonNode r : b.get("regions")) {
                rs.add(new SdramImage.Region(r.get("index").asInt(), r.get("name").asText(), r.get("offset").asInt(),
                    r.get("size").asInt(), r.get("encoding").asText(), r.get("stored").asBoolean()));
            }
            out.add(new Block(b.get("vertex").asInt(), App.of(b.get("app").asText()), b.get("x").asInt(),
                b.get("y").asInt(), b.get("p").asInt(), (int) b.get("base").asLong(), b.get("file").asText(),
                b.get("totalBytes").asInt(), Collections.unmodifiableList(rs)));
        }
        return out;
    }

    /** @return the shared cluster blocks */
    public List<SharedBlock> sharedBlocks() {
        final List<SharedBlock> out = new ArrayList<>();
        for (JsonNode b : regions.get("sharedBlocks")) {
            out.add(new SharedBlock(b.get("operator").asInt(), b.get("cluster").asInt(), b.get("x").asInt(),
                b.get("y").asInt(), (int) b.get("base").asLong(), b.get("inputVectorWords").asInt(),
                b.get("spikeVectorWords").asInt()));
        }
        return out;
    }

    /**
     * @param block a block
     * @return its stored image bytes
     */
    public byte[] image(final Block block) {
        try {
            return Files.readAllBytes(dir.resolve(ArtifactLayout.SDRAM_DIR).resolve(block.file()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SDRAM image " + block.file(), e);
        }
    }

    /** @return the probes of the manifest */
    public List<ProbeEntry> probes() {
        final List<ProbeEntry> out = new ArrayList<>();
        for (JsonNode p : manifest.get("probes")) {
            out.add(new ProbeEntry(p.get("id").asInt(), p.get("label").asText(),
                DeviceProbe.Kind.valueOf(p.get("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                p.get("operator").asInt(), p.get("size").asInt(), ints(p.get("vertices")), ints(p.get("neurons")),
                p.path("amplitude").asDouble(1.0)));
        }
        return out;
    }

    /** @return {@code keys.json} as a tree */
    public JsonNode keys() {
        return Json.read(dir.resolve(ArtifactLayout.KEYS));
    }

    /** @return {@code host_io.json} as a tree */
    public JsonNode hostIo() {
        return Json.read(dir.resolve(ArtifactLayout.HOST_IO));
    }

    static int[] ints(final JsonNode a) {
        final int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }
}
