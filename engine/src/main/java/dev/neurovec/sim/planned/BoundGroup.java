package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;

import java.util.List;

/**
 * One group of a plan bound to memory and kernels. {@link #run()} executes the whole group for one
 * time step and allocates nothing. Derived data (transposed weights, coefficients) is rebuilt by
 * {@link #paramsChanged()} when parameters are written from outside (training, loading).
 */
abstract class BoundGroup {
    private final String name;

    BoundGroup(final String name) {
        this.name = name;
    }

    /** Runs the group for the current step. */
    abstract void run();

    /** Recomputes anything derived from parameters. */
    void paramsChanged() {
    }

    /** @return the signals this group writes, for finite checks */
    abstract List<Signal> written();

    /**
     * Prepares to record forward values for {@code steps} steps of backpropagation through time.
     *
     * @param steps the number of steps one forward pass records
     */
    void allocateTape(final int steps) {
    }

    /** @return floats this group records per step for the backward pass */
    long tapeFloatsPerStep() {
        return 0;
    }

    /**
     * Saves the values {@link #backward} will need for step {@code t}; called just before {@link #run()}
     * in a recorded forward pass.
     *
     * @param t the step index within the recorded pass
     */
    void record(final int t) {
    }

    /**
     * The vector-Jacobian product of step {@code t}: reads the gradients of the values this group
     * wrote, adds the gradients of what it read (state, and trained parameters), and clears the
     * gradients of values it overwrote (their earlier versions did not reach the output). A group that
     * is not differentiable stops the gradient: it only clears.
     *
     * @param t the step index within the recorded pass
     */
    abstract void backward(int t);

    /** Zeroes the state gradient of a signal (all minibatch elements). */
    final void clearGrad(final Memory mem, final Signal s) {
        if (mem.batched(s)) {
            java.util.Arrays.fill(mem.gState, mem.offset(s), mem.offset(s) + mem.span(s), 0f);
        }
    }

    /** @return the group's name for messages */
    final String name() {
        return name;
    }
}
