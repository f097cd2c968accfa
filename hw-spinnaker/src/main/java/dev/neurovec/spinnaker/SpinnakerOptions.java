package dev.neurovec.spinnaker;

/**
 * Options of {@link SpinnakerTool#run}.
 *
 * @param machine       {@code spinn3}, {@code spinn5} or {@code WxH}
 * @param routerEntries free router entries per chip, or null for the machine's (or the reference network's) own
 * @param steps         steps to map and emulate, or null for the reference network's
 * @param rounding      accum-multiply rounding of the emulated binaries
 * @param queueCapacity per-core packet queue between steps (0 = unlimited)
 */
public record SpinnakerOptions(String machine, Integer routerEntries, Integer steps, MultiplyRounding rounding,
                               int queueCapacity) {

    /**
     * Validates the fields.
     *
     * @param machine {@code spinn3}, {@code spinn5} or {@code WxH}
     * @param routerEntries free router entries per chip, or null for the machine's (or the reference network's) own
     * @param steps steps to map and emulate, or null for the reference network's
     * @param rounding accum-multiply rounding of the emulated binaries
     * @param queueCapacity per-core packet queue between steps (0 = unlimited)
     */
    public SpinnakerOptions {
        if (machine == null || rounding == null) {
            throw new IllegalArgumentException("SpinnakerOptions: machine and rounding are required");
        }
        if (steps != null && steps < 1) {
            throw new IllegalArgumentException("SpinnakerOptions: steps = " + steps + "; expected >= 1");
        }
    }

    /** @return a SpiNN-5 board, the network's steps, floor rounding, no queue limit */
    public static SpinnakerOptions defaults() {
        return new SpinnakerOptions("spinn5", null, null, MultiplyRounding.FLOOR, 0);
    }

    /**
     * @param m machine spec
     * @return a copy with it
     */
    public SpinnakerOptions withMachine(final String m) {
        return new SpinnakerOptions(m, routerEntries, steps, rounding, queueCapacity);
    }

    /**
     * @param n router entries
     * @return a copy with it
     */
    public SpinnakerOptions withRouterEntries(final Integer n) {
        return new SpinnakerOptions(machine, n, steps, rounding, queueCapacity);
    }

    /**
     * @param n steps
     * @return a copy with it
     */
    public SpinnakerOptions withSteps(final Integer n) {
        return new SpinnakerOptions(machine, routerEntries, n, rounding, queueCapacity);
    }

    /**
     * @param r rounding
     * @return a copy with it
     */
    public SpinnakerOptions withRounding(final MultiplyRounding r) {
        return new SpinnakerOptions(machine, routerEntries, steps, r, queueCapacity);
    }

    /**
     * @param n queue capacity
     * @return a copy with it
     */
    public SpinnakerOptions withQueueCapacity(final int n) {
        return new SpinnakerOptions(machine, routerEntries, steps, rounding, n);
    }
}
