package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;

import java.util.List;
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
    /** Threads for large groups, or null when stepping is single-threaded. */
    Workers workers;
    /**
     * Parallel parts are cut at multiples of this many rows or elements, so a kernel's blocking (rows in
     * fours, elements in vectors of 16) lands on the same elements whatever the thread count.
     */
    static final int ALIGN = 64;
    /** Smallest work (multiply-adds or neuron updates) worth splitting across threads. */
    static final long PARALLEL_MIN_WORK = 1L << 16;

    /**
     * @param units rows or elements
     * @return rows or elements per part, a multiple of {@link #ALIGN}, for the available threads
     */
    int chunk(final int units) {
        final int threads = workers == null ? 1 : workers.size();
        final int per = (units + threads - 1) / threads;
        return Math.max(ALIGN, (per + ALIGN - 1) / ALIGN * ALIGN);
    }

    /** Surrogate steepness for spiking neurons in training, or 0 when spiking neurons stop the gradient. */
    float surrogateBeta;
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

    /**
     * @return true when any of the signals wants a gradient. A merged part computes its members'
     *     gradients in one call, so it must run when one of them is wanted; the others land in slots that
     *     nothing reads (fed inputs) or that the optimizer skips (frozen parameters).
     */
    boolean wantsAnyGrad(final List<Signal> signals) {
        for (int i = 0; i < signals.size(); i++) {
            if (wantsGrad(signals.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Float32 time as NengoDL computes it: {@code float(step) * float(dt)} in float32 arithmetic. */
    double t() {
        return (float) step * (float) dt;
    }
}
