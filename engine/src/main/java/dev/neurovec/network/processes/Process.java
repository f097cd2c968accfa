package dev.neurovec.network.processes;

import dev.neurovec.network.dists.RandomState;

import java.util.Map;

/**
 * A dynamical system that produces an output each time step, possibly from an input, as Nengo's
 * {@code nengo.Process}. Its state lives in arrays the simulator owns (so that {@code reset} and
 * checkpoints see it): {@link #makeState} says what they are and {@link #makeStep} binds a step to
 * them. Implementations are immutable and describe the process; they hold no run-time state.
 */
public abstract class Process {
    private final Long seed;

    /**
     * @param seed an explicit seed, or null to draw one from the simulator's stream
     */
    protected Process(final Long seed) {
        this.seed = seed;
    }

    /** @return the explicit seed, or null */
    public final Long seed() {
        return seed;
    }

    /** @return input size used when the owner does not fix one */
    public abstract int defaultSizeIn();

    /** @return output size used when the owner does not fix one */
    public abstract int defaultSizeOut();

    /**
     * Names and initial values of the state arrays, in a fixed order.
     *
     * @param sizeIn  input size
     * @param sizeOut output size
     * @param dt      time step in seconds
     * @return ordered map from state name to initial values (a new array each call)
     */
    public Map<String, double[]> makeState(final int sizeIn, final int sizeOut, final double dt) {
        return Map.of();
    }

    /**
     * Binds a step function to state arrays.
     *
     * @param sizeIn  input size
     * @param sizeOut output size
     * @param dt      time step in seconds
     * @param rng     this process's own stream (already derived from {@link #seed()} or the simulator)
     * @param state   the state arrays, in {@link #makeState} order; the step reads and updates them
     * @return the step
     */
    public abstract ProcessStep makeStep(int sizeIn, int sizeOut, double dt, RandomState rng, double[][] state);
}
