package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where each vertex runs (hardware.md §E1 stage 5): a chip index of the machine and an application core id.
 *
 * @param machine the machine
 * @param chip    chip index per vertex id
 * @param core    core id per vertex id
 */
public record Placements(SpinnakerMachine machine, int[] chip, int[] core) {

    /**
     * @param v a vertex
     * @return its chip index
     */
    public int chipOf(final Vertex v) {
        return chip[v.id()];
    }

    /**
     * @param v a vertex
     * @return its core id
     */
    public int coreOf(final Vertex v) {
        return core[v.id()];
    }

    /** @return chip indices with at least one vertex, ascending */
    public List<Integer> chipsUsed() {
        final TreeSet<Integer> s = new TreeSet<>();
        for (int c : chip) {
            s.add(c);
        }
        return new ArrayList<>(s);
    }

    /**
     * @param vertices all vertices
     * @param chipIndex a chip
     * @return the vertices placed on it, by core
     */
    public List<Vertex> on(final List<Vertex> vertices, final int chipIndex) {
        final List<Vertex> out = new ArrayList<>();
        for (Vertex v : vertices) {
            if (chip[v.id()] == chipIndex) {
                out.add(v);
            }
        }
        out.sort((a, b) -> Integer.compare(core[a.id()], core[b.id()]));
        return out;
    }
}
