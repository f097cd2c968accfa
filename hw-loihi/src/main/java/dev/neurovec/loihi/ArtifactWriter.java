package dev.neurovec.loihi;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an {@link Artifact} as the file set of hardware.md §E2.1: pretty JSON with alphabetically sorted keys
 * and {@code \n} line ends, little-endian binary tables, the utilization CSV. The same artifact always gives
 * the same bytes.
 */
public final class ArtifactWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();
    private static final ObjectWriter JSON = MAPPER.writer(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ArtifactWriter() {
    }

    /** @return the shared mapper configuration (sorted keys) */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param value a JSON-mappable value
     * @return its deterministic JSON text, ending in a newline
     */
    static String json(final Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Writes every file of the artifact into a directory (created if needed); report.json is not part of it.
     *
     * @param artifact the artifact
     * @param dir      the output directory
     */
    public static void write(final Artifact artifact, final Path dir) {
        try {
            Files.createDirectories(dir);
            writeText(dir.resolve(ArtifactLayout.MANIFEST), json(artifact.manifest()));
            writeText(dir.resolve(ArtifactLayout.BOARD), json(artifact.board()));
            writeText(dir.resolve(ArtifactLayout.INPUTS), json(artifact.inputs()));
            writeText(dir.resolve(ArtifactLayout.PROBES), json(artifact.probes()));
            writeText(dir.resolve(ArtifactLayout.HOST), json(artifact.host()));
            for (BinaryTable.Layout l : ArtifactLayout.TABLES) {
                Files.write(dir.resolve(l.file()), artifact.table(l).encode());
            }
            writeText(dir.resolve(ArtifactLayout.UTILIZATION), artifact.utilization());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Loihi artifact to " + dir, e);
        }
    }

    static void writeText(final Path file, final String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
