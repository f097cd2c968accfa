package dev.neurovec.network;

import dev.neurovec.network.synapses.Synapse;

/** Probe parameters a {@link Config} can set. */
public final class ProbeDefaults {
    boolean synapseSet;
    Synapse synapse;

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
}
