package dev.neurovec.spinnaker;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The vertices of a device model (hardware.md §E1 stage 3).
 *
 * @param vertices   all vertices, by id
 * @param byOperator each operator's vertices, indexed by operator id
 * @param groups     vertices that must share a chip (an ensemble cluster), or single vertices, in placement order
 */
public record Partitioning(List<Vertex> vertices, List<List<Vertex>> byOperator, List<List<Vertex>> groups) {

    /**
     * Makes the lists unmodifiable.
     *
     * @param vertices all vertices, by id
     * @param byOperator each operator's vertices, indexed by operator id
     * @param groups vertices that must share a chip (an ensemble cluster), or single vertices, in placement order
     */
    public Partitioning {
        vertices = Collections.unmodifiableList(vertices);
        byOperator = Collections.unmodifiableList(byOperator);
        groups = Collections.unmodifiableList(groups);
    }

    /**
     * @param op an operator
     * @return its vertices
     */
    public List<Vertex> of(final DeviceOperator op) {
        return byOperator.get(op.id());
    }

    /** @return number of vertices per application */
    public Map<App, Long> countByApp() {
        final Map<App, Long> m = new java.util.EnumMap<>(App.class);
        for (Vertex v : vertices) {
            m.merge(v.app(), 1L, Long::sum);
        }
        return m;
    }
}
