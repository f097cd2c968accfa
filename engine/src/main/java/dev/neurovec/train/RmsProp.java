package dev.neurovec.train;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.OptimizerOps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RMSprop as Keras's {@code RMSprop} (no momentum, not centered): {@code ms = rho ms + (1 - rho) g²;
 * p -= lr g / (sqrt(ms) + eps)}. Defaults: learning rate 0.001, rho 0.9, epsilon 1e-7.
 */
public final class RmsProp implements Optimizer {
    private final float lr;
    private final float rho;
    private final float epsilon;
    private final OptimizerOps k = Kernels.get().optimizers();
    private float[] ms;
    private long iterations;

    /** Keras defaults. */
    public RmsProp() {
        this(0.001f);
    }

    /**
     * @param learningRate learning rate; rho 0.9 and epsilon 1e-7 as Keras
     */
    public RmsProp(final float learningRate) {
        this(learningRate, 0.9f, 1e-7f);
    }

    /**
     * @param learningRate learning rate, &gt; 0
     * @param rho          decay of the mean square in [0, 1)
     * @param epsilon      denominator guard, &gt; 0
     */
    public RmsProp(final float learningRate, final float rho, final float epsilon) {
        if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
            throw ValidationError.of("RmsProp", "learningRate", learningRate, "a finite value > 0");
        }
        if (!(rho >= 0 && rho < 1)) {
            throw ValidationError.of("RmsProp", "rho", rho, "0 <= rho < 1");
        }
        if (!(epsilon > 0)) {
            throw ValidationError.of("RmsProp", "epsilon", epsilon, "> 0");
        }
        this.lr = learningRate;
        this.rho = rho;
        this.epsilon = epsilon;
    }

    @Override
    public void step(final float[] params, final float[] grads, final int[] offsets, final int[] lengths) {
        if (ms == null || ms.length != params.length) {
            ms = new float[params.length];
        }
        iterations++;
        for (int i = 0; i < offsets.length; i++) {
            final int o = offsets[i];
            k.rmsprop(params, o, grads, o, ms, o, lengths[i], lr, rho, epsilon);
        }
    }

    @Override
    public long iterations() {
        return iterations;
    }

    @Override
    public Map<String, float[]> slots() {
        final Map<String, float[]> s = new LinkedHashMap<>();
        if (ms != null) {
            s.put("rms", ms);
        }
        return s;
    }

    @Override
    public void restore(final long its, final Map<String, float[]> slots) {
        iterations = its;
        ms = slots.containsKey("rms") ? slots.get("rms").clone() : null;
    }

    @Override
    public String describe() {
        return "RmsProp(lr=" + lr + ", rho=" + rho + ", eps=" + epsilon + ")";
    }
}
