package dev.neurovec.network;

import dev.neurovec.tensor.Tensor;

import java.util.Map;

/**
 * User code inside a network, as NengoDL's {@code TensorNode} (§4.6): called once per step with the
 * whole minibatch, {@code x} of shape {@code (batch, sizeIn)} and {@code out} of shape {@code (batch, sizeOut)}.
 * A layer may own trainable parameters (like a Keras layer's weights): {@link #parameters()} gives their
 * initial values; they are trained with the rest of the network when the layer is differentiable.
 * Implementations must not allocate per call in the simulation loop.
 */
public interface TensorLayer {

    /**
     * Computes the output.
     *
     * @param t      time at the end of the step, in seconds
     * @param x      input, {@code (batch, sizeIn)}; do not modify or keep
     * @param out    output, {@code (batch, sizeOut)}; write every element
     * @param params current parameter values, in {@link #parameters()} order; do not modify
     */
    void forward(double t, Tensor x, Tensor out, Tensor[] params);

    /** @return parameter names and initial values (each a flat array with the shape given by the name's use); empty by default */
    default Map<String, float[]> parameters() {
        return Map.of();
    }

    /** @return true when {@link #backward} is implemented, so gradients flow through the layer */
    default boolean differentiable() {
        return false;
    }

    /**
     * The vector-Jacobian product: adds {@code dLoss/dx} into {@code gradX} and {@code dLoss/dparams} into
     * {@code gradParams}, given {@code dLoss/dout}.
     *
     * @param t          time of the step
     * @param x          the input of that step, {@code (batch, sizeIn)}
     * @param gradOut    gradient of the output, {@code (batch, sizeOut)}
     * @param params     parameter values
     * @param gradX      gradient of the input, added to, {@code (batch, sizeIn)}
     * @param gradParams gradients of the parameters, added to
     */
    default void backward(final double t, final Tensor x, final Tensor gradOut, final Tensor[] params, final Tensor gradX,
                          final Tensor[] gradParams) {
        throw new UnsupportedOperationException(getClass().getName() + " is not differentiable: it has no backward");
    }
}
