package dev.neurovec.network.library;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Network;

/** Argument checks shared by the library factories; each throws a {@link ValidationError} naming the network. */
final class Checks {
    private Checks() {
    }

    /**
     * @param type  the factory's type name, e.g. {@code EnsembleArray}
     * @param label the label it was given (may be null)
     * @return {@code <Type> '<label>'}, the object named in every message of a library factory
     */
    static String name(final String type, final String label) {
        return type + " '" + (label == null ? "" : label) + "'";
    }

    /**
     * @param who    the object named in the message
     * @param parent the network to add to; must not be null
     */
    static void parent(final String who, final Network parent) {
        if (parent == null) {
            throw ValidationError.of(who, "parent", null, "a network to add the sub-network to");
        }
    }

    /**
     * @param who   the object named in the message
     * @param param the parameter
     * @param value its value, which must be at least {@code min}
     * @param min   the smallest valid value
     */
    static void atLeast(final String who, final String param, final int value, final int min) {
        if (value < min) {
            throw ValidationError.of(who, param, value, ">= " + min);
        }
    }

    /**
     * @param who   the object named in the message
     * @param param the parameter
     * @param value its value, which must be finite and positive
     */
    static void positiveFinite(final String who, final String param, final double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw ValidationError.of(who, param, value, "a finite value > 0");
        }
    }
}
