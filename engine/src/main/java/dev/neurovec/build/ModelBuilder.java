package dev.neurovec.build;

import dev.neurovec.build.ops.TimeUpdate;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Lowers a network into a {@link Model}: seeds every object, then builds all ensembles and nodes,
 * then all connections, then all probes (so a connection may join objects from any sub-networks),
 * then checks the set/inc/update contract. Each object's parameters come from its own seed, so the
 * build order changes nothing that is drawn.
 */
public final class ModelBuilder {
    private final Model model;
    private final Seeds seeds;
    /**
     * Rates of each ensemble at its own eval points, shared by every decoded connection out of it:
     * NengoDL's networks decode dozens of connections from one ensemble.
     */
    private final Map<Ensemble, double[][]> activities = new IdentityHashMap<>();

    private ModelBuilder(final Network network, final double dt) {
        this.model = new Model(dt);
        this.seeds = Seeds.of(network);
    }

    /**
     * @param ens     an ensemble
     * @param compute computes its rates at its own eval points, called once per ensemble
     * @return the rates, m x n; callers must not modify them
     */
    double[][] activities(final Ensemble ens, final Supplier<double[][]> compute) {
        return activities.computeIfAbsent(ens, e -> compute.get());
    }

    /**
     * @param network the network
     * @param dt      time step in seconds, &gt; 0
     * @return the built model
     */
    public static Model build(final Network network, final double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw ValidationError.of("Simulator", "dt", dt, "a finite time step > 0 seconds");
        }
        final ModelBuilder mb = new ModelBuilder(network, dt);
        mb.model.add(new TimeUpdate(mb.model.step(), mb.model.time()));
        mb.model.setSeed(network, mb.seeds.seedOf(network));
        for (Ensemble e : network.allEnsembles()) {
            mb.model.setSeed(e, mb.seeds.seedOf(e));
            EnsembleBuilder.build(mb, e);
        }
        for (Node n : network.allNodes()) {
            NodeBuilder.build(mb, n);
        }
        for (Connection c : network.allConnections()) {
            if (c.learningRule() != null) {
                LearningRuleBuilder.prepare(mb, c.learningRule());
            }
        }
        for (Connection c : network.allConnections()) {
            mb.model.setSeed(c, mb.seeds.seedOf(c));
            ConnectionBuilder.build(mb, c);
        }
        for (Connection c : network.allConnections()) {
            if (c.learningRule() != null) {
                LearningRuleBuilder.build(mb, c.learningRule());
            }
        }
        for (Probe p : network.allProbes()) {
            mb.model.setSeed(p, mb.seeds.seedOf(p));
            ProbeBuilder.build(mb, p);
        }
        ModelChecks.check(mb.model);
        return mb.model;
    }

    Model model() {
        return model;
    }

    Seeds seeds() {
        return seeds;
    }
}
