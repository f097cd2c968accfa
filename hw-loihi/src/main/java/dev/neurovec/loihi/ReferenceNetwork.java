package dev.neurovec.loihi;

import dev.neurovec.network.Network;
import dev.neurovec.network.Probe;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One network of the Loihi test matrix (hardware.md §E6): how to make it, how long to run it, and the fidelity
 * bar of each probe.
 *
 * @param name        command-line name
 * @param description one line
 * @param steps       steps to run
 * @param factory     makes a fresh, seeded instance
 */
public record ReferenceNetwork(String name, String description, int steps, Supplier<Instance> factory) {

    /**
     * A fresh instance.
     *
     * @param network    the network (seeded, with probes)
     * @param tolerances the bar per scored probe, in a fixed order
     */
    public record Instance(Network network, Map<Probe, Tolerance> tolerances) {
    }
}
