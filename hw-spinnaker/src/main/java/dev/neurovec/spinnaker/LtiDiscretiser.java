package dev.neurovec.spinnaker;

import dev.neurovec.network.synapses.Synapse;

/**
 * Zero-order-hold discretisation of general linear filters into the Direct Form I coefficients of the LTI filter
 * region (hardware.md §B2.5). The engine's {@code LinearFilter} is not merged yet on this branch, so
 * {@link #fromSynapse} recognises no synapse and general LTI synapses are reported unsupported; the emulator and
 * the image format already implement the LTI kind (see {@link FilterSpec#lti}).
 */
final class LtiDiscretiser {
    private LtiDiscretiser() {
    }

    /**
     * @param synapse a synapse other than {@code Lowpass}
     * @param dt      time step in seconds
     * @return its LTI filter, or null when the synapse is not a linear filter this class knows
     */
    static FilterSpec fromSynapse(final Synapse synapse, final double dt) {
        return null;
    }
}
