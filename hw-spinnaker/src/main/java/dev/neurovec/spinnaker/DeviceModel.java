package dev.neurovec.spinnaker;

import java.util.Collections;
import java.util.List;

/**
 * The device model of a network (hardware.md §E1 stage 2): operators, the multicast signals between them and the
 * probes, plus the run parameters the host needs to pre-compute value sources and size recordings.
 *
 * @param label     the network's label
 * @param dt        time step in seconds
 * @param steps     steps of one period (value-source frames and recording length)
 * @param operators operators in network order (ensembles, nodes, then probe sinks)
 * @param signals   signals in creation order
 * @param probes    probes in network order
 * @param warnings  things the mapping changed on purpose (e.g. constant inputs folded into biases)
 */
public record DeviceModel(String label, double dt, int steps, List<DeviceOperator> operators,
                          List<DeviceSignal> signals, List<DeviceProbe> probes, List<String> warnings) {

    /**
     * Makes the lists unmodifiable.
     *
     * @param label the network's label
     * @param dt time step in seconds
     * @param steps steps of one period (value-source frames and recording length)
     * @param operators operators in network order (ensembles, nodes, then probe sinks)
     * @param signals signals in creation order
     * @param probes probes in network order
     * @param warnings things the mapping changed on purpose (e.g. constant inputs folded into biases)
     */
    public DeviceModel {
        operators = Collections.unmodifiableList(operators);
        signals = Collections.unmodifiableList(signals);
        probes = Collections.unmodifiableList(probes);
        warnings = Collections.unmodifiableList(warnings);
    }

    /** @return the machine timestep in microseconds ({@code dt · 10^6}, real time) */
    public int machineTimestepUs() {
        return (int) Math.round(dt * 1e6);
    }
}
