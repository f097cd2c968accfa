package dev.neurovec.train;

import dev.neurovec.tensor.Tensor;

/** A metric reported (not optimized) per probe, e.g. accuracy. */
public interface Metric {

    /**
     * @param pred   predictions {@code (batch, steps, dims)}
     * @param target targets as the metric defines them
     * @return the metric's value on this minibatch (averaged over minibatches by the caller)
     */
    double compute(Tensor pred, Tensor target);

    /** @return the name used in logs, e.g. {@code accuracy} */
    String name();
}
