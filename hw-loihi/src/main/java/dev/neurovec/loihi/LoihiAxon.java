package dev.neurovec.loihi;

/**
 * Outgoing axons of a block or spike input into one synapse (hardware.md §A1.1 {@code Axon}): source
 * compartment {@code i} drives input axon {@code compartmentMap[i]} of the target synapse, or nothing when
 * the entry is -1.
 */
public final class LoihiAxon {
    final LoihiSynapse target;
    final int[] compartmentMap;

    /**
     * @param target         the synapse reached
     * @param compartmentMap per source compartment, the target axon index or -1 (not copied)
     */
    public LoihiAxon(final LoihiSynapse target, final int[] compartmentMap) {
        for (int i = 0; i < compartmentMap.length; i++) {
            if (compartmentMap[i] < -1 || compartmentMap[i] >= target.nAxons()) {
                throw new IllegalArgumentException("LoihiAxon into " + target + ": compartmentMap[" + i + "] = "
                    + compartmentMap[i] + "; expected -1 <= index < " + target.nAxons());
            }
        }
        this.target = target;
        this.compartmentMap = compartmentMap;
    }

    /** @return the synapse reached */
    public LoihiSynapse target() {
        return target;
    }

    /** @return number of source compartments that project (output axon slots used) */
    public int slots() {
        int s = 0;
        for (int m : compartmentMap) {
            if (m >= 0) {
                s++;
            }
        }
        return s;
    }

    /**
     * @param identityOf number of compartments of the source
     * @param target     the synapse, with one axon per source compartment
     * @return an axon group mapping compartment i to axon i
     */
    static LoihiAxon identity(final int identityOf, final LoihiSynapse target) {
        final int[] map = new int[identityOf];
        for (int i = 0; i < identityOf; i++) {
            map[i] = i;
        }
        return new LoihiAxon(target, map);
    }
}
