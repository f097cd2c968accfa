package dev.neurovec.io;

import dev.neurovec.network.NengoObject;

/**
 * Constructor arguments that recreate an object with a simulator's current (trained) values, as
 * NengoDL's {@code get_nengo_params}; {@link #applyTo} sets them on the object, as {@code freeze_params}
 * does, so that any simulator built from the network afterwards reproduces them.
 */
public sealed interface NengoParams permits EnsembleParams, DecodedConnectionParams, TransformParams {

    /**
     * Sets these arguments on the object they were taken from.
     *
     * @param object the ensemble or connection
     */
    void applyTo(NengoObject object);
}
