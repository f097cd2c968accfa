package dev.neurovec.spinnaker;

import dev.neurovec.build.Model;
import dev.neurovec.network.Network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the mapping stages in pipeline order (hardware.md §E1): device model, partitioning, placement, routing
 * trees, key allocation, routing tables, minimisation to each chip's free entries, SDRAM images. Every stage is
 * deterministic: the same network, seed and options give the same mapping.
 */
public final class SpinnakerMapper {
    private SpinnakerMapper() {
    }

    /**
     * @param network  the network
     * @param model    its built model
     * @param steps    steps of one period
     * @param machine  the machine
     * @param rounding the accum-multiply rounding to record in the manifest
     * @return the mapping
     */
    public static Mapping map(final Network network, final Model model, final int steps,
                              final SpinnakerMachine machine, final MultiplyRounding rounding) {
        final long t0 = System.nanoTime();
        final DeviceModel dm = DeviceModelBuilder.build(network, model, steps);
        final double buildMs = (System.nanoTime() - t0) / 1e6;
        final Mapping m = map(dm, machine, rounding, network.seed() == null ? -1 : network.seed(),
            new CostModel(dm.machineTimestepUs()));
        m.timingsMs().put("deviceModel", buildMs);
        return m;
    }

    /**
     * The stages after the device model, against the given budgets.
     *
     * @param dm       the device model
     * @param machine  the machine
     * @param rounding the accum-multiply rounding to record
     * @param seed     the network seed to record
     * @param cost     the partitioning budgets
     * @return the mapping
     */
    static Mapping map(final DeviceModel dm, final SpinnakerMachine machine, final MultiplyRounding rounding,
                       final long seed, final CostModel cost) {
        final Map<String, Double> times = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        final Partitioning part = Partitioner.partition(dm, cost);
        t0 = lap(times, "partition", t0);
        final Placements placements = Placer.place(machine, part, v -> ImageWriter.estimateBytes(dm, part, v),
            ImageWriter::sharedBytes);
        t0 = lap(times, "place", t0);
        final List<Net> nets = NetBuilder.build(dm, part, placements);
        final List<RoutingTree> trees = Router.route(machine, nets, placements);
        t0 = lap(times, "route", t0);
        final KeySpace keys = KeyAllocator.allocate(dm, trees);
        t0 = lap(times, "keys", t0);
        final List<RoutingTable> tables = RoutingTableBuilder.build(machine, trees, keys);
        t0 = lap(times, "tables", t0);
        final List<TableMinimiser.Result> minimised = new ArrayList<>();
        for (RoutingTable t : tables) {
            minimised.add(TableMinimiser.minimise(t, machine.chip(t.chip()).routerEntriesFree()));
        }
        t0 = lap(times, "minimise", t0);
        final QuantisationLog log = new QuantisationLog();
        final ImageWriter.Images images = ImageWriter.write(dm, part, placements, keys, nets, log);
        lap(times, "images", t0);
        return new Mapping(dm, machine, part, placements, nets, trees, keys, tables, minimised, images, log, rounding,
            seed, times);
    }

    private static long lap(final Map<String, Double> times, final String stage, final long t0) {
        final long now = System.nanoTime();
        times.put(stage, (now - t0) / 1e6);
        return now;
    }
}
