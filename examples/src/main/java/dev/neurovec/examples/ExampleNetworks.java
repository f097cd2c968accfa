package dev.neurovec.examples;

import dev.neurovec.examples.tutorial.AutoEncoder;
import dev.neurovec.examples.tutorial.NefSinSquare;
import dev.neurovec.network.Network;

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
            () -> NefSinSquare.build().network());
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
}
