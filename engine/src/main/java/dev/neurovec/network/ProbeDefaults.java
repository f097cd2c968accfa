package dev.neurovec.network;

import dev.neurovec.network.solvers.Solver;
import dev.neurovec.network.synapses.Synapse;

/** Probe parameters a {@link Config} can set. */
public final class ProbeDefaults {
    boolean synapseSet;
    Synapse synapse;
    Solver solver;

    ProbeDefaults() {
    }

    /**
     * @param v default probe synapse; null means "no synapse"
     * @return this
     */
    public ProbeDefaults synapse(final Synapse v) {
        synapse = v;
        synapseSet = true;
        return this;
    }

    /**
     * @param v default solver of decoded-output probes (without one, probes take the connection default)
     * @return this
     */
    public ProbeDefaults solver(final Solver v) {
        solver = v;
        return this;
    }
}
