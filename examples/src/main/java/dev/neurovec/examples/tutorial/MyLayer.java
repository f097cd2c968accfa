package dev.neurovec.examples.tutorial;

import dev.neurovec.network.TensorLayer;
import dev.neurovec.network.dists.Glorot;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.tensor.Tensor;

import java.util.Map;

/**
 * The tutorial's custom layer: one trainable 1 x 1 weight {@code w} and {@code out = x * w}. It ignores
 * the time (NengoDL's {@code pass_time=False}). {@code w} starts Glorot-uniform, as a Keras
 * {@code add_weight} without an initializer does.
 */
public final class MyLayer implements TensorLayer {
    /** The parameter's name. */
    public static final String WEIGHT = "w";
    private final long seed;

    /** @param seed seed of the initial weight */
    public MyLayer(final long seed) {
        this.seed = seed;
    }

    @Override
    public Map<String, float[]> parameters() {
        return Map.of(WEIGHT, new float[] {(float) new Glorot().sample(1, 1, new RandomState(seed))[0][0]});
    }

    @Override
    public void forward(final double t, final Tensor x, final Tensor out, final Tensor[] params) {
        final float w = params[0].data()[params[0].offset()];
        final int n = x.size();
        for (int i = 0; i < n; i++) {
            out.data()[out.offset() + i] = x.data()[x.offset() + i] * w;
        }
    }

    @Override
    public boolean differentiable() {
        return true;
    }

    @Override
    public void backward(final double t, final Tensor x, final Tensor gradOut, final Tensor[] params,
                         final Tensor gradX, final Tensor[] gradParams) {
        final float w = params[0].data()[params[0].offset()];
        final int n = x.size();
        float gw = 0;
        for (int i = 0; i < n; i++) {
            final float g = gradOut.data()[gradOut.offset() + i];
            gradX.data()[gradX.offset() + i] += g * w;
            gw += g * x.data()[x.offset() + i];
        }
        gradParams[0].data()[gradParams[0].offset()] += gw;
    }
}
