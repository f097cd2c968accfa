package dev.neurovec.network;

import dev.neurovec.network.solvers.Solver;
import dev.neurovec.network.synapses.Synapse;

/** Connection parameters a {@link Config} can set. */
public final class ConnectionDefaults {
    boolean synapseSet;
    Synapse synapse;
    Solver solver;

    ConnectionDefaults() {
    }

    /**
     * @param v default synapse; null means "no synapse" (not "unset")
     * @return this
     */
    public ConnectionDefaults synapse(final Synapse v) {
        synapse = v;
        synapseSet = true;
        return this;
    }

    /**
     * @param v default solver
     * @return this
     */
    public ConnectionDefaults solver(final Solver v) {
        solver = v;
        return this;
    }
}
