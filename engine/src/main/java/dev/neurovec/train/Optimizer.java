package dev.neurovec.train;

/**
 * Updates trained parameters from their gradients once per minibatch, with Keras's semantics and
 * defaults. Parameters are runs of one flat array; the optimizer keeps its slots (moments) in arrays
 * of the same layout, allocated on first use.
 */
public interface Optimizer {

    /**
     * Applies one update to each run {@code [offsets[i], offsets[i] + lengths[i])}.
     *
     * @param params    parameters, updated in place
     * @param grads     their gradients (same layout), not modified
     * @param offsets   start of each trained run
     * @param lengths   length of each trained run
     */
    void step(float[] params, float[] grads, int[] offsets, int[] lengths);

    /** @return updates applied so far (Keras's {@code iterations}) */
    long iterations();

    /** @return the optimizer's name and hyper-parameters, e.g. {@code RmsProp(lr=0.001, rho=0.9, eps=1e-07)} */
    String describe();

    /**
     * @return named slot arrays (moments), same layout as the parameters; empty for plain SGD
     */
    java.util.Map<String, float[]> slots();

    /**
     * Restores the iteration count and slots (from a checkpoint), so training resumes exactly.
     *
     * @param iterations updates applied so far
     * @param slots      slot arrays by name
     */
    void restore(long iterations, java.util.Map<String, float[]> slots);
}
