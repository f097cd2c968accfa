package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.List;

/**
 * Spikes sent from the host to the chip (hardware.md §A1.1 {@code SpikeInput}): {@code n} host neurons (the
 * on/off encoders of a host node) whose spikes enter the chip through the axons. The host spike trains are
 * precomputed ({@link HostRunner}) and written into the artifact.
 */
public final class SpikeInput {
    private final String label;
    private final int n;
    final List<LoihiAxon> axons = new ArrayList<>();
    /** Per host step (index 0 = step 1), the indices that spiked; null until precomputed. */
    int[][] spikes;

    /**
     * @param label its label
     * @param n     number of host neurons
     */
    public SpikeInput(final String label, final int n) {
        this.label = label;
        this.n = n;
    }

    /** @return the label */
    public String label() {
        return label;
    }

    /** @return number of host neurons */
    public int n() {
        return n;
    }

    /** @return the axon groups into chip synapses */
    public List<LoihiAxon> axons() {
        return axons;
    }
}
