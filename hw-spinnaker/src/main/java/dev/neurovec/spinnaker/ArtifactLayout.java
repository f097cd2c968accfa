package dev.neurovec.spinnaker;

/**
 * File names and schema ids of the SpiNNaker artifact set (hardware.md §E2.2, target {@code spinnaker1}).
 *
 * <pre>
 *  out/
 *    machine.json                        chips, cores, SDRAM, free router entries, live links, wrap-around
 *    manifest.json                       dt, period, seed, s16.15 + rounding, constraints, operators, probes
 *    vertices.json                       per core: operator, app, slices, cluster, cycles/DTCM estimates, SDRAM
 *    placements.json                     PACMAN schema: [{vertex_label, x, y, p}]
 *    keys.json                           key fields, signals with connection ids, nets, keys per vertex
 *    routing_tables.json                 PACMAN schema, as loaded (minimised)
 *    routing_tables_uncompressed.json    PACMAN schema, as generated
 *    sdram/regions.json                  per block: base, regions {index, name, offset, size, encoding, stored}
 *    sdram/X_Y_P.bin                     the block image (pointer table + regions; recordings reserved only)
 *    host_io.json                        SDP receivers/transmitters (none yet) and value sources
 *    report.json                         checks, metrics, emulation and fidelity (written by SpinnakerTool)
 * </pre>
 *
 * JSON objects have sorted keys and carry {@code schema} and {@code schemaVersion}, except the PACMAN-format
 * arrays (placements and routing tables), which keep PACMAN's top-level array so that its tools read them;
 * {@code manifest.json} lists their schemas.
 */
public final class ArtifactLayout {
    /** Target id. */
    public static final String TARGET = "spinnaker1";
    /** Version of every schema below. */
    public static final int SCHEMA_VERSION = 1;
    /** Machine description. */
    public static final String MACHINE = "machine.json";
    /** Run parameters, operators and probes. */
    public static final String MANIFEST = "manifest.json";
    /** Vertices. */
    public static final String VERTICES = "vertices.json";
    /** Placements (PACMAN array). */
    public static final String PLACEMENTS = "placements.json";
    /** Keys and signals. */
    public static final String KEYS = "keys.json";
    /** Loaded routing tables (PACMAN array). */
    public static final String ROUTING_TABLES = "routing_tables.json";
    /** Generated routing tables (PACMAN array). */
    public static final String ROUTING_TABLES_UNCOMPRESSED = "routing_tables_uncompressed.json";
    /** SDRAM folder. */
    public static final String SDRAM_DIR = "sdram";
    /** Region directory inside {@link #SDRAM_DIR}. */
    public static final String REGIONS = "regions.json";
    /** Host I/O. */
    public static final String HOST_IO = "host_io.json";
    /** Report. */
    public static final String REPORT = "report.json";

    private ArtifactLayout() {
    }

    /**
     * @param file an artifact file name
     * @return its schema id, e.g. {@code neurovec.spinnaker1.manifest}
     */
    public static String schema(final String file) {
        return "neurovec." + TARGET + "." + file.replace(".json", "");
    }
}
