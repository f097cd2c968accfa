package dev.neurovec.errors;

/**
 * A parameter value is invalid. The message names the object (by its label path), the parameter,
 * the value and what was expected, e.g. {@code Ensemble 'a': nNeurons = 0; expected >= 1}.
 */
public final class ValidationError extends NeuroVecException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the full message
     */
    public ValidationError(final String message) {
        super(message);
    }

    /**
     * Builds the canonical message {@code <object>: <param> = <value>; expected <expectation>}.
     *
     * @param object      the object's description, e.g. {@code Ensemble 'a'}
     * @param param       the parameter name
     * @param value       the offending value
     * @param expectation what was expected, e.g. {@code > 0}
     * @return the error
     */
    public static ValidationError of(final String object, final String param, final Object value,
                                     final String expectation) {
        return new ValidationError(object + ": " + param + " = " + ValueText.of(value) + "; expected " + expectation);
    }
}
