package dev.neurovec.loihi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an artifact directory back into an {@link Artifact}; the only input of {@link LoihiEmulator}. It checks
 * the schema of every JSON file and that every binary file is a whole number of records.
 */
public final class ArtifactReader {
    private final Path dir;
    private final Artifact artifact;

    private ArtifactReader(final Path dir, final Artifact artifact) {
        this.dir = dir;
        this.artifact = artifact;
    }

    /**
     * @param dir an artifact directory written by {@link ArtifactWriter}
     * @return a reader holding the parsed artifact
     */
    public static ArtifactReader open(final Path dir) {
        try {
            final ArtifactFiles.Manifest manifest = read(dir, ArtifactLayout.MANIFEST, ArtifactFiles.Manifest.class);
            check(dir, ArtifactLayout.MANIFEST, manifest.schema(), "neurovec.loihi.manifest", manifest.schemaVersion());
            if (!ArtifactLayout.TARGET.equals(manifest.target())) {
                throw new IllegalStateException(dir.resolve(ArtifactLayout.MANIFEST) + ": target = " + manifest.target()
                    + "; expected " + ArtifactLayout.TARGET);
            }
            final ArtifactFiles.Board board = read(dir, ArtifactLayout.BOARD, ArtifactFiles.Board.class);
            check(dir, ArtifactLayout.BOARD, board.schema(), "neurovec.loihi.board", board.schemaVersion());
            final ArtifactFiles.Inputs inputs = read(dir, ArtifactLayout.INPUTS, ArtifactFiles.Inputs.class);
            check(dir, ArtifactLayout.INPUTS, inputs.schema(), "neurovec.loihi.inputs", inputs.schemaVersion());
            final ArtifactFiles.Probes probes = read(dir, ArtifactLayout.PROBES, ArtifactFiles.Probes.class);
            check(dir, ArtifactLayout.PROBES, probes.schema(), "neurovec.loihi.probes", probes.schemaVersion());
            final ArtifactFiles.Host host = read(dir, ArtifactLayout.HOST, ArtifactFiles.Host.class);
            check(dir, ArtifactLayout.HOST, host.schema(), "neurovec.loihi.host", host.schemaVersion());
            final Map<String, BinaryTable> tables = new LinkedHashMap<>();
            for (BinaryTable.Layout l : ArtifactLayout.TABLES) {
                tables.put(l.file(), BinaryTable.decode(l, Files.readAllBytes(dir.resolve(l.file()))));
            }
            final String util = Files.readString(dir.resolve(ArtifactLayout.UTILIZATION), StandardCharsets.UTF_8);
            return new ArtifactReader(dir, new Artifact(manifest, board, inputs, probes, host, tables, util));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("incomplete Loihi artifact in " + dir + ": missing " + e.getFile(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Loihi artifact in " + dir, e);
        }
    }

    private static <T> T read(final Path dir, final String file, final Class<T> type) throws IOException {
        return ArtifactWriter.mapper().readValue(dir.resolve(file).toFile(), type);
    }

    private static void check(final Path dir, final String file, final String schema, final String expected,
                              final int version) {
        if (!expected.equals(schema) || version != ArtifactLayout.SCHEMA_VERSION) {
            throw new IllegalStateException(dir.resolve(file) + ": schema = " + schema + " v" + version + "; expected "
                + expected + " v" + ArtifactLayout.SCHEMA_VERSION);
        }
    }

    /** @return the directory read */
    public Path dir() {
        return dir;
    }

    /** @return the parsed artifact */
    public Artifact artifact() {
        return artifact;
    }
}
