package dev.neurovec.spinnaker;

/**
 * Settings of the {@link SpinnakerEmulator}, validated once.
 *
 * @param rounding      accum-multiply rounding, or null to use the one the manifest records
 * @param steps         steps to run, 1..the artifact's period, or 0 for the whole period
 * @param queueCapacity packets a core can hold between two steps, beyond which packets are dropped and counted
 *                      (nengo_spinnaker PR #143's receive budget); 0 for no limit
 * @param hopLimit      hops after which a packet counts as looping and is discarded
 */
public record EmulatorOptions(MultiplyRounding rounding, int steps, int queueCapacity, int hopLimit) {

    /**
     * Validates the fields.
     *
     * @param rounding accum-multiply rounding, or null to use the one the manifest records
     * @param steps steps to run, 1..the artifact's period, or 0 for the whole period
     * @param queueCapacity packets a core can hold between two steps, beyond which packets are dropped and counted (nengo_spinnaker PR #143's receive budget); 0 for no limit
     * @param hopLimit hops after which a packet counts as looping and is discarded
     */
    public EmulatorOptions {
        if (steps < 0) {
            throw new IllegalArgumentException("EmulatorOptions: steps = " + steps + "; expected >= 0");
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("EmulatorOptions: queueCapacity = " + queueCapacity + "; expected >= 0");
        }
        if (hopLimit < 1) {
            throw new IllegalArgumentException("EmulatorOptions: hopLimit = " + hopLimit + "; expected >= 1");
        }
    }

    /** @return the manifest's rounding, the whole period, no queue limit, 64 hops */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(null, 0, 0, 64);
    }

    /**
     * @param r rounding
     * @return a copy with it
     */
    public EmulatorOptions withRounding(final MultiplyRounding r) {
        return new EmulatorOptions(r, steps, queueCapacity, hopLimit);
    }

    /**
     * @param n steps
     * @return a copy with it
     */
    public EmulatorOptions withSteps(final int n) {
        return new EmulatorOptions(rounding, n, queueCapacity, hopLimit);
    }

    /**
     * @param n queue capacity
     * @return a copy with it
     */
    public EmulatorOptions withQueueCapacity(final int n) {
        return new EmulatorOptions(rounding, steps, n, hopLimit);
    }
}
