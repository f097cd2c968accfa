package dev.neurovec.spinnaker;

import java.util.List;

/**
 * Everything the mapping stages produced for one network, in stage order; {@link ArtifactWriter} turns it into
 * files.
 *
 * @param model        the device model
 * @param machine      the machine
 * @param partitioning the vertices
 * @param placements   where they run
 * @param nets         the routing nets
 * @param trees        one multicast tree per net
 * @param keys         the key space
 * @param uncompressed routing tables as generated
 * @param minimised    per table, the minimised table and what was done
 * @param images       the SDRAM images
 * @param quantisation the float → s16.15 conversions
 * @param rounding     the accum-multiply rounding the binaries are assumed to use
 * @param seed         the network seed (recorded in the manifest)
 * @param timingsMs    stage wall times in milliseconds (not deterministic; only the report carries them)
 */
public record Mapping(DeviceModel model, SpinnakerMachine machine, Partitioning partitioning, Placements placements,
                      List<Net> nets, List<RoutingTree> trees, KeySpace keys, List<RoutingTable> uncompressed,
                      List<TableMinimiser.Result> minimised, ImageWriter.Images images, QuantisationLog quantisation,
                      MultiplyRounding rounding, long seed, java.util.Map<String, Double> timingsMs) {

    /**
     * @param v a vertex
     * @return its packets' cluster field: the rank of its chip among the chips its operator occupies
     */
    public int clusterOf(final Vertex v) {
        final java.util.TreeSet<Integer> chips = new java.util.TreeSet<>();
        for (Vertex w : partitioning.of(v.operator())) {
            chips.add(placements.chipOf(w));
        }
        return chips.headSet(placements.chipOf(v)).size();
    }

    /**
     * @param v a vertex
     * @return the key of each output row it sends, in row order
     */
    public int[] outputKeys(final Vertex v) {
        final int[] out = new int[v.outputs().size()];
        final int cluster = clusterOf(v);
        for (int j = 0; j < out.length; j++) {
            final int row = v.outputs().lo() + j;
            out[j] = keys.key(v.operator().rowSignal(row), cluster, v.operator().rowIndex(row));
        }
        return out;
    }

    /** @return the loaded (minimised) tables */
    public List<RoutingTable> compressed() {
        return minimised.stream().map(TableMinimiser.Result::table).toList();
    }
}
