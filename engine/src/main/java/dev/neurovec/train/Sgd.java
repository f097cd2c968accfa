package dev.neurovec.train;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.OptimizerOps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stochastic gradient descent as Keras's {@code SGD}: plain, with momentum ({@code v = m v - lr g;
 * p += v}) or Nesterov momentum ({@code p += m v - lr g}). Defaults: learning rate 0.01, no momentum.
 */
public final class Sgd implements Optimizer {
    private final float lr;
    private final float momentum;
    private final boolean nesterov;
    private final OptimizerOps k = Kernels.get().optimizers();
    private float[] velocity;
    private long iterations;

    /** Keras defaults: learning rate 0.01, momentum 0. */
    public Sgd() {
        this(0.01f, 0f, false);
    }

    /**
     * @param learningRate learning rate, &gt; 0
     * @param momentum     momentum in [0, 1)
     * @param nesterov     Nesterov momentum
     */
    public Sgd(final float learningRate, final float momentum, final boolean nesterov) {
        if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
            throw ValidationError.of("Sgd", "learningRate", learningRate, "a finite value > 0");
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw ValidationError.of("Sgd", "momentum", momentum, "0 <= momentum < 1");
        }
        this.lr = learningRate;
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    @Override
    public void step(final float[] params, final float[] grads, final int[] offsets, final int[] lengths) {
        if (momentum > 0 && (velocity == null || velocity.length != params.length)) {
            velocity = new float[params.length];
        }
        iterations++;
        for (int i = 0; i < offsets.length; i++) {
            final int o = offsets[i];
            if (momentum == 0) {
                k.sgd(params, o, grads, o, lengths[i], lr);
            } else if (nesterov) {
                k.sgdNesterov(params, o, grads, o, velocity, o, lengths[i], lr, momentum);
            } else {
                k.sgdMomentum(params, o, grads, o, velocity, o, lengths[i], lr, momentum);
            }
        }
    }

    @Override
    public long iterations() {
        return iterations;
    }

    @Override
    public Map<String, float[]> slots() {
        final Map<String, float[]> m = new LinkedHashMap<>();
        if (velocity != null) {
            m.put("momentum", velocity);
        }
        return m;
    }

    @Override
    public void restore(final long its, final Map<String, float[]> slots) {
        iterations = its;
        velocity = slots.containsKey("momentum") ? slots.get("momentum").clone() : null;
    }

    @Override
    public String describe() {
        return "Sgd(lr=" + lr + ", momentum=" + momentum + ", nesterov=" + nesterov + ")";
    }
}
