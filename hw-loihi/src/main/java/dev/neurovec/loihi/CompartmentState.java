package dev.neurovec.loihi;

/**
 * The compartment arithmetic of one emulation mode over all cores' compartments in flat arrays (global index =
 * core base + compartment). {@link LoihiEmulator} drives it once per step: clear the dendritic accumulators,
 * deliver synapse-table runs, update every compartment (hardware.md §A4.1 step 5).
 */
interface CompartmentState {

    /** Clears the dendritic accumulators. */
    void clearInput();

    /**
     * Adds the synapse-table entries {@code [from, to)} to their target accumulators.
     *
     * @param from first entry
     * @param to   end entry
     */
    void deliver(int from, int to);

    /**
     * Updates every compartment.
     *
     * @param step    the step being computed (1-based), for error messages
     * @param spiked  receives the global index of every compartment that spiked, in increasing order
     * @param flags   set to 1 for spiked compartments and 0 otherwise
     * @return the number of compartments that spiked
     */
    int update(int step, int[] spiked, byte[] flags);

    /**
     * @param cx global compartment index
     * @return the voltage in float units (integer voltage / vScale in integer mode)
     */
    double voltage(int cx);

    /**
     * @param cx global compartment index
     * @return the current U in float units
     */
    double current(int cx);

    /** @return dendritic accumulator wraps (21 bits + sign) */
    long qOverflows();

    /** @return current wraps (23 bits + sign), including the U + bias sum */
    long uOverflows();
}
