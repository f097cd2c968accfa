package dev.neurovec.errors;

/**
 * Something went wrong while stepping: a node function returned a bad value, a non-finite value
 * appeared in a signal, or the simulator was used after {@code close()}.
 */
public final class SimulationError extends NeuroVecException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message names the operator and signal involved
     */
    public SimulationError(final String message) {
        super(message);
    }

    /**
     * @param message names the operator and signal involved
     * @param cause   the underlying failure
     */
    public SimulationError(final String message, final Throwable cause) {
        super(message, cause);
    }
}
