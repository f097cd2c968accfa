package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;

/** Argument checks shared by the processes' {@code makeStep}, kept out of the step bodies. */
final class Steps {

    private Steps() {
    }

    /**
     * Checks the arguments of a process with no input.
     *
     * @param process the process, for messages
     * @param sizeIn  must be 0
     * @param sizeOut at least 1
     * @param dt      greater than 0
     * @param rng     non-null when the process draws (pass a non-null stand-in otherwise)
     */
    static void checkSource(final Process process, final int sizeIn, final int sizeOut, final double dt,
                            final RandomState rng) {
        if (sizeIn != 0) {
            throw new ValidationError(process + ": sizeIn = " + sizeIn + "; expected 0 (no input)");
        }
        if (sizeOut < 1) {
            throw new ValidationError(process + ": sizeOut = " + sizeOut + "; expected >= 1");
        }
        if (!(dt > 0) || dt == Double.POSITIVE_INFINITY) {
            throw new ValidationError(process + ": dt = " + dt + "; expected dt > 0");
        }
        if (rng == null) {
            throw new ValidationError(process + ": rng = null; expected the process's own stream");
        }
    }
}
