package dev.neurovec.spinnaker;

import dev.neurovec.errors.NeuroVecException;

/**
 * A network cannot be mapped onto the machine: a resource limit is exceeded or an invariant of the mapping
 * fails. The message names the object, the resource, the amount used and the limit, e.g.
 * {@code Ensemble 'a' cluster 0: DTCM = 50000 bytes; limit 43008 bytes}.
 */
public final class MappingError extends NeuroVecException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message names object, resource, used amount and limit
     */
    public MappingError(final String message) {
        super(message);
    }

    /**
     * Builds the canonical message {@code <object>: <resource> = <used>; limit <limit>}.
     *
     * @param object   the object, e.g. {@code Ensemble 'a'}
     * @param resource the resource, e.g. {@code application cores}
     * @param used     the amount needed
     * @param limit    the limit
     * @return the error
     */
    public static MappingError of(final String object, final String resource, final Object used,
                                  final Object limit) {
        return new MappingError(object + ": " + resource + " = " + used + "; limit " + limit);
    }
}
