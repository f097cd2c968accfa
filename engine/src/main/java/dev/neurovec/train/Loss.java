package dev.neurovec.train;

import dev.neurovec.tensor.Tensor;

/**
 * A training loss over one probe's output, as a Keras loss in NengoDL: a scalar from the predictions
 * and targets of a minibatch, and its gradient. User losses implement this interface.
 */
public interface Loss {

    /**
     * Computes the loss and adds its gradient.
     *
     * @param pred   predictions {@code (batch, steps, dims)}, not modified
     * @param target targets {@code (batch, steps', dims')} as the loss defines them, not modified
     * @param grad   {@code (batch, steps, dims)}: {@code scale * dLoss/dPred} is added to it
     * @param scale  factor on the gradient (the loss weight)
     * @return the loss value (before scaling)
     */
    double compute(Tensor pred, Tensor target, Tensor grad, float scale);

    /** @return the name used in logs, e.g. {@code mse} */
    String name();
}
