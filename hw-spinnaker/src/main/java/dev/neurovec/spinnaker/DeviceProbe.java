package dev.neurovec.spinnaker;

import dev.neurovec.network.Probe;

/**
 * A probe as mapped: a value sink's recording, or an ensemble's spike or voltage recording restricted to some
 * neurons.
 *
 * @param id       probe id (its index in the device model)
 * @param label    the probe's description
 * @param kind     what is recorded
 * @param operator the value sink ({@link Kind#DECODED}) or the ensemble (spikes, voltage)
 * @param neurons  for spikes and voltage, the neuron indices recorded, in probe order; empty otherwise
 * @param size     values per step
 * @param probe    the network probe
 */
public record DeviceProbe(int id, String label, Kind kind, DeviceOperator operator, int[] neurons, int size,
                          Probe probe) {

    /** What a probe records. */
    public enum Kind {
        /** a value sink's filtered input (decoded values, node outputs) */
        DECODED,
        /** spikes, as amplitude / dt per neuron and step */
        SPIKES,
        /** membrane voltage, U1.15 */
        VOLTAGE;

        /** @return the name used in the manifest */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
