package dev.neurovec.spinnaker;

import dev.neurovec.network.Network;
import dev.neurovec.network.Probe;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A network of the SpiNNaker test matrix (hardware.md §E6) with the tolerance each probe is held to.
 *
 * @param name          short name ({@code neurovec spinnaker NAME})
 * @param description   one line
 * @param steps         steps to run (the mapping's period)
 * @param routerEntries free router entries per chip to map against, or null for the machine's 1023
 * @param factory       builds a fresh instance
 */
public record ReferenceNetwork(String name, String description, int steps, Integer routerEntries,
                               Supplier<Instance> factory) {

    /**
     * A built reference network.
     *
     * @param network    the network
     * @param tolerances each probe's tolerance, in probe order
     */
    public record Instance(Network network, Map<Probe, Tolerance> tolerances) {
    }

    /** @return a fresh instance */
    public Instance build() {
        return factory.get();
    }
}
