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

    /** @return the loaded (minimised) tables */
    public List<RoutingTable> compressed() {
        return minimised.stream().map(TableMinimiser.Result::table).toList();
    }
}
