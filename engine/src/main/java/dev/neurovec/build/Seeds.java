package dev.neurovec.build;

import dev.neurovec.network.NengoObject;
import dev.neurovec.network.Network;
import dev.neurovec.network.dists.RandomState;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hierarchical seeding, as Nengo's {@code seed_network} (nengo-semantics.md §1.1): each network's
 * stream draws one seed per child object, by type in the order Connection, Ensemble, Network, Node,
 * Probe and creation order within a type, whether or not the child has its own seed (so setting one
 * seed never shifts the others); an explicit seed wins. Sub-networks then seed their children from
 * their own seed.
 */
public final class Seeds {
    private final Map<Object, Long> seeds = new IdentityHashMap<>();

    private Seeds() {
    }

    /**
     * @param network the top-level network; an unseeded one gets a random seed, as in Nengo
     * @return the seeds of every object in the tree
     */
    public static Seeds of(final Network network) {
        final Seeds s = new Seeds();
        final long top = network.seed() != null ? network.seed() : new SecureRandom().nextInt(Integer.MAX_VALUE);
        s.seeds.put(network, top);
        s.seedChildren(network, top);
        return s;
    }

    private void seedChildren(final Network net, final long seed) {
        final RandomState rng = new RandomState(seed);
        final List<NengoObject> ordered = new ArrayList<>();
        ordered.addAll(net.connections());
        ordered.addAll(net.ensembles());
        ordered.addAll(net.networks());
        ordered.addAll(net.nodes());
        ordered.addAll(net.probes());
        for (NengoObject o : ordered) {
            final long drawn = rng.nextSeed();
            seeds.put(o, o.seed() != null ? o.seed() : drawn);
        }
        for (Network sub : net.networks()) {
            seedChildren(sub, seeds.get(sub));
        }
    }

    /**
     * @param o an object of the network tree
     * @return its seed
     */
    public long seedOf(final Object o) {
        final Long s = seeds.get(o);
        if (s == null) {
            throw new IllegalArgumentException("no seed for " + o + ": it is not part of the network being built");
        }
        return s;
    }

}
