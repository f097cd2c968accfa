package dev.neurovec.loihi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an emulation produced: every probe's output (steps x size, after host weighting and filtering; then,
 * when the host part ran, the probes of host objects) and the counters hardware.md §E3.1 asks for.
 *
 * @param steps              steps run
 * @param probes             probe label to output, in probes.json order
 * @param qOverflows         dendritic accumulator wraps
 * @param uOverflows         current wraps
 * @param hostSpikesSent     host-to-chip spikes delivered
 * @param hostSpikesDropped  host-to-chip spikes dropped by the per-chip per-step cap
 * @param maxHostSpikesPerChipStep largest host-to-chip spike count of one chip in one step (before the cap)
 * @param chipSpikes         compartment spikes in total
 * @param spikesPerCore      spikes per core in total, board order
 * @param maxSpikesPerCoreStep largest spike count of one core in one step
 * @param coreLabels         block label per core, board order
 * @param axonSpikesIntraChip spikes carried by output axons to a core on the same chip
 * @param axonSpikesInterChip spikes carried by output axons to another chip
 */
public record EmulatorResult(int steps, Map<String, double[][]> probes, long qOverflows, long uOverflows,
                             long hostSpikesSent, long hostSpikesDropped, int maxHostSpikesPerChipStep,
                             long chipSpikes, long[] spikesPerCore, int maxSpikesPerCoreStep,
                             List<String> coreLabels, long axonSpikesIntraChip, long axonSpikesInterChip) {

    /** Keeps the probe order. */
    public EmulatorResult {
        probes = Collections.unmodifiableMap(new LinkedHashMap<>(probes));
    }

    /**
     * @param host outputs of the host simulation by probe label (probes of host objects)
     * @return this result with those probes appended after the chip probes
     * @throws IllegalArgumentException if a label is already a chip probe's
     */
    public EmulatorResult withHostProbes(final Map<String, double[][]> host) {
        final Map<String, double[][]> all = new LinkedHashMap<>(probes);
        for (Map.Entry<String, double[][]> e : host.entrySet()) {
            if (all.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("host probe '" + e.getKey() + "' has the label of a chip probe");
            }
        }
        return new EmulatorResult(steps, all, qOverflows, uOverflows, hostSpikesSent, hostSpikesDropped,
            maxHostSpikesPerChipStep, chipSpikes, spikesPerCore, maxSpikesPerCoreStep, coreLabels,
            axonSpikesIntraChip, axonSpikesInterChip);
    }

    /**
     * @param label a probe label
     * @return its output, steps x size
     */
    public double[][] probe(final String label) {
        final double[][] d = probes.get(label);
        if (d == null) {
            throw new IllegalArgumentException("no probe '" + label + "' in the emulation; probes are "
                + probes.keySet());
        }
        return d;
    }
}
