package dev.neurovec.loihi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content of an emitted artifact directory (hardware.md §E2.1): the JSON documents, the binary tables by
 * file name, and the utilization CSV. {@link ArtifactWriter} writes it; {@link ArtifactReader} reads it back
 * into an equal value.
 *
 * @param manifest    manifest.json
 * @param board       board.json
 * @param inputs      inputs.json
 * @param probes      probes.json
 * @param host        host.json
 * @param tables      binary side files by name, in {@link ArtifactLayout#TABLES} order
 * @param utilization utilization.csv text
 */
public record Artifact(ArtifactFiles.Manifest manifest, ArtifactFiles.Board board, ArtifactFiles.Inputs inputs,
                       ArtifactFiles.Probes probes, ArtifactFiles.Host host, Map<String, BinaryTable> tables,
                       String utilization) {

    /** Copies the table map, keeping its order. */
    public Artifact {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /**
     * @param layout a table layout
     * @return that table
     */
    public BinaryTable table(final BinaryTable.Layout layout) {
        final BinaryTable t = tables.get(layout.file());
        if (t == null) {
            throw new IllegalStateException("artifact has no " + layout.file());
        }
        return t;
    }

    /**
     * @param ref a run of records
     * @return the index of its first record
     */
    public int firstRow(final ArtifactFiles.TableRef ref) {
        final BinaryTable t = tables.get(ref.file());
        if (t == null) {
            throw new IllegalStateException("artifact has no " + ref.file());
        }
        final int rb = t.layout().recordBytes();
        if (ref.offset() % rb != 0 || ref.offset() / rb + ref.count() > t.rows()) {
            throw new IllegalStateException(ref + ": not a whole run of " + rb + "-byte records inside " + ref.file()
                + " (" + t.rows() + " records)");
        }
        return (int) (ref.offset() / rb);
    }
}
