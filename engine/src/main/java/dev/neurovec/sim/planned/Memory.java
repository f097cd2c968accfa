package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.graph.BaseArrayLayout;
import dev.neurovec.ops.Kernels;

/**
 * The planned executor's memory and clock: the two base arrays of the {@link BaseArrayLayout}, the
 * kernels, and the time (kept in double and rounded to float as float32 signals hold it).
 */
final class Memory {
    final float[] state;
    final float[] params;
    final int batch;
    final BaseArrayLayout layout;
    final Kernels kernels;
    final double dt;
    long step;
    double time;
    /** Gradients of the state and parameters (same layouts); null until training is enabled. */
    float[] gState;
    float[] gParams;
    /** Base signals whose parameters are trained: only their gradients are accumulated. */
    java.util.Set<Signal> trainable = java.util.Set.of();
    /** Base state signals whose gradient nothing needs (fed inputs: no trained parameter lies upstream). */
    java.util.Set<Signal> noGrad = java.util.Set.of();

    Memory(final BaseArrayLayout layout, final Kernels kernels, final double dt) {
        this.layout = layout;
        this.batch = layout.batch();
        this.state = new float[layout.stateSize() * batch];
        this.params = new float[layout.paramsSize()];
        this.kernels = kernels;
        this.dt = dt;
    }

    /** @return the array holding the signal */
    float[] array(final Signal s) {
        return layout.batched(s) ? state : params;
    }

    /** @return the float offset of the signal's first element */
    int offset(final Signal s) {
        return layout.memoryOffset(s);
    }

    /** @return floats the signal spans (its size times the minibatch when batched) */
    int span(final Signal s) {
        return s.size() * (layout.batched(s) ? batch : 1);
    }

    boolean batched(final Signal s) {
        return layout.batched(s);
    }

    /** @return the gradient array matching {@link #array} */
    float[] grad(final Signal s) {
        return layout.batched(s) ? gState : gParams;
    }

    /** @return true when the signal's gradient is wanted: state always, parameters when trained */
    boolean wantsGrad(final Signal s) {
        return layout.batched(s) ? !noGrad.contains(s.base()) : trainable.contains(s.base());
    }

    /** Float32 time as NengoDL computes it: {@code float(step) * float(dt)} in float32 arithmetic. */
    double t() {
        return (float) step * (float) dt;
    }
}
