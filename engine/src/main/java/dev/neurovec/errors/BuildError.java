package dev.neurovec.errors;

/**
 * A network cannot be built: its objects are individually valid but do not fit together
 * (mismatched sizes, a cycle without a synapse, an all-zero activity matrix, ...).
 */
public final class BuildError extends NeuroVecException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message names the object and what does not fit
     */
    public BuildError(final String message) {
        super(message);
    }

    /**
     * @param message names the object and what does not fit
     * @param cause   the underlying failure
     */
    public BuildError(final String message, final Throwable cause) {
        super(message, cause);
    }
}
