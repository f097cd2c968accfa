package dev.neurovec.errors;

/**
 * Root of every exception NeuroVec throws on purpose. Unchecked, like Nengo's exceptions, because a
 * mis-specified network is a programming error the caller rarely recovers from.
 */
public class NeuroVecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the object, parameter, value and expectation
     */
    public NeuroVecException(final String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public NeuroVecException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
