package dev.neurovec.train;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.OptimizerOps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam as Keras's {@code Adam}: bias-corrected step {@code lr sqrt(1 - b2^t) / (1 - b1^t)}, moments
 * {@code m += (g - m)(1 - b1)}, {@code v += (g² - v)(1 - b2)}, update {@code p -= a m / (sqrt(v) + eps)}.
 * Defaults: learning rate 0.001, beta1 0.9, beta2 0.999, epsilon 1e-7.
 */
public final class Adam implements Optimizer {
    private final float lr;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final OptimizerOps k = Kernels.get().optimizers();
    private float[] m;
    private float[] v;
    private long iterations;

    /** Keras defaults. */
    public Adam() {
        this(0.001f);
    }

    /**
     * @param learningRate learning rate; other hyper-parameters are Keras's defaults
     */
    public Adam(final float learningRate) {
        this(learningRate, 0.9f, 0.999f, 1e-7f);
    }

    /**
     * @param learningRate learning rate, &gt; 0
     * @param beta1        first-moment decay in [0, 1)
     * @param beta2        second-moment decay in [0, 1)
     * @param epsilon      denominator guard, &gt; 0
     */
    public Adam(final float learningRate, final float beta1, final float beta2, final float epsilon) {
        if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
            throw ValidationError.of("Adam", "learningRate", learningRate, "a finite value > 0");
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw ValidationError.of("Adam", "beta1", beta1, "0 <= beta1 < 1");
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw ValidationError.of("Adam", "beta2", beta2, "0 <= beta2 < 1");
        }
        if (!(epsilon > 0)) {
            throw ValidationError.of("Adam", "epsilon", epsilon, "> 0");
        }
        this.lr = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void step(final float[] params, final float[] grads, final int[] offsets, final int[] lengths) {
        if (m == null || m.length != params.length) {
            m = new float[params.length];
            v = new float[params.length];
        }
        iterations++;
        final int t = (int) Math.min(iterations, Integer.MAX_VALUE);
        for (int i = 0; i < offsets.length; i++) {
            final int o = offsets[i];
            k.adam(params, o, grads, o, m, o, v, o, lengths[i], lr, beta1, beta2, epsilon, t);
        }
    }

    @Override
    public long iterations() {
        return iterations;
    }

    @Override
    public Map<String, float[]> slots() {
        final Map<String, float[]> s = new LinkedHashMap<>();
        if (m != null) {
            s.put("m", m);
            s.put("v", v);
        }
        return s;
    }

    @Override
    public void restore(final long its, final Map<String, float[]> slots) {
        iterations = its;
        m = slots.containsKey("m") ? slots.get("m").clone() : null;
        v = slots.containsKey("v") ? slots.get("v").clone() : null;
    }

    @Override
    public String describe() {
        return "Adam(lr=" + lr + ", beta1=" + beta1 + ", beta2=" + beta2 + ", eps=" + epsilon + ")";
    }
}
