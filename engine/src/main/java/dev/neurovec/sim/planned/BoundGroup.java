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

    /** @return the group's name for messages */
    final String name() {
        return name;
    }
}
