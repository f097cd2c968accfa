package dev.neurovec.network.layers;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.TensorLayer;
import dev.neurovec.network.dists.Glorot;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.ops.DenseOps;
import dev.neurovec.ops.Kernels;
import dev.neurovec.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fully connected layer for a tensor node, as Keras's {@code Dense} without activation:
 * {@code out = x Wᵀ + b} over the minibatch, W of shape (sizeOut, sizeIn) Glorot-initialised, b zero.
 * Differentiable; its weights and bias are trained.
 */
public final class DenseLayer implements TensorLayer {
    private static final DenseOps K = Kernels.get().dense();
    private final int sizeIn;
    private final int sizeOut;
    private final long seed;

    /**
     * @param sizeIn  input size, &gt;= 1
     * @param sizeOut output size, &gt;= 1
     * @param seed    seed of the weight initialisation
     */
    public DenseLayer(final int sizeIn, final int sizeOut, final long seed) {
        if (sizeIn < 1 || sizeOut < 1) {
            throw ValidationError.of("DenseLayer", "sizes", sizeIn + " -> " + sizeOut, "both >= 1");
        }
        this.sizeIn = sizeIn;
        this.sizeOut = sizeOut;
        this.seed = seed;
    }

    @Override
    public Map<String, float[]> parameters() {
        final double[][] w = new Glorot().sample(sizeOut, sizeIn, new RandomState(seed));
        final float[] wf = new float[sizeOut * sizeIn];
        for (int i = 0; i < sizeOut; i++) {
            for (int k = 0; k < sizeIn; k++) {
                wf[i * sizeIn + k] = (float) w[i][k];
            }
        }
        final Map<String, float[]> m = new LinkedHashMap<>();
        m.put("kernel", wf);
        m.put("bias", new float[sizeOut]);
        return m;
    }

    @Override
    public void forward(final double t, final Tensor x, final Tensor out, final Tensor[] params) {
        final int batch = x.dim(0);
        final float[] y = out.data();
        for (int b = 0; b < batch; b++) {
            System.arraycopy(params[1].data(), params[1].offset(), y, out.offset() + b * sizeOut, sizeOut);
            K.gemvInc(params[0].data(), params[0].offset(), x.data(), x.offset() + b * sizeIn, y,
                out.offset() + b * sizeOut, sizeOut, sizeIn);
        }
    }

    @Override
    public boolean differentiable() {
        return true;
    }

    @Override
    public void backward(final double t, final Tensor x, final Tensor gradOut, final Tensor[] params, final Tensor gradX,
                         final Tensor[] gradParams) {
        final int batch = x.dim(0);
        final float[] gb = gradParams[1].data();
        final int gbOff = gradParams[1].offset();
        for (int b = 0; b < batch; b++) {
            final int go = gradOut.offset() + b * sizeOut;
            K.gemvTransInc(params[0].data(), params[0].offset(), gradOut.data(), go, gradX.data(),
                gradX.offset() + b * sizeIn, sizeOut, sizeIn);
            for (int i = 0; i < sizeOut; i++) {
                gb[gbOff + i] += gradOut.data()[go + i];
            }
        }
        // dW += gradOutᵀ · x over the batch: (sizeOut x batch) · (batch x sizeIn)
        K.gemmTransAInc(gradOut.data(), gradOut.offset(), x.data(), x.offset(), gradParams[0].data(),
            gradParams[0].offset(), batch, sizeOut, sizeIn);
    }
}
