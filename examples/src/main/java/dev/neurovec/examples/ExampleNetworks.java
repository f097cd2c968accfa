package dev.neurovec.examples;

import dev.neurovec.examples.tutorial.AutoEncoder;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.processes.WhiteSignal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Named networks the command line can explain (and, in the bench module, benchmark). */
public final class ExampleNetworks {
    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>();

    /**
     * A named network.
     *
     * @param description one line
     * @param factory     builds it
     */
    public record Entry(String description, Supplier<Network> factory) {
    }

    static {
        register("nef-sin-square", "the tutorial's NEF network: white signal -> 50 LIF (x^2) -> 50 LIF (sin)",
            ExampleNetworks::nefSinSquare);
        register("autoencoder", "the tutorial's 784-64-784 ReLU auto-encoder", () -> AutoEncoder.build(0).network());
    }

    private ExampleNetworks() {
    }

    /**
     * Adds a network (library networks of other modules register here too).
     *
     * @param name        its name on the command line
     * @param description one line
     * @param factory     builds it
     */
    public static void register(final String name, final String description, final Supplier<Network> factory) {
        REGISTRY.put(name, new Entry(description, factory));
    }

    /** @return every registered network */
    public static Map<String, Entry> all() {
        return REGISTRY;
    }

    private static Network nefSinSquare() {
        final Network net = new Network("sin-x-squared").seed(0);
        final Node inpt = net.node(new WhiteSignal(1, 5, 0.3, null, null));
        final Ensemble ens0 = net.ensemble("ens0", 50, 1);
        final Ensemble ens1 = net.ensemble("ens1", 50, 1);
        final Node outpt = net.passthrough(1);
        net.connect(inpt, ens0);
        net.connect(ens0, ens1).function(x -> x * x);
        net.connect(ens1, outpt).function(Math::sin);
        net.probe(outpt).synapse(0.005);
        return net;
    }
}
