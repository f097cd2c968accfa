package dev.neurovec.network.solvers;

import dev.neurovec.network.dists.RandomState;

/**
 * Solves for decoders {@code X} (n_neurons x d) so that {@code A X ≈ Y}, as Nengo's
 * {@code nengo.solvers.Solver}. {@code A} (m eval points x n neurons) holds the neurons' rates at the
 * eval points and {@code Y} (m x d) the target function values there.
 */
public interface Solver {

    /**
     * @return true when the connection should get a full neuron-to-neuron weight matrix
     *     ({@code solver.weights=True} in Nengo) instead of decoders
     */
    boolean weights();

    /**
     * Whether the solution composes with a linear map of the targets: {@code X = solve(A, Y)} implies
     * {@code X L = solve(A, Y L)}. Compositional solvers (the least-squares family) are solved in the
     * decoded space and combined with the transform and post encoders afterwards; the others (the NNLS
     * family) must be solved for the full weight matrix directly (nengo-semantics.md §1.11).
     *
     * @return true unless the solver is non-compositional
     */
    default boolean compositional() {
        return true;
    }

    /**
     * @param activities {@code A}, m x n, not modified
     * @param targets    {@code Y}, m x d, not modified
     * @param rng        stream for randomized solvers (unused by the least-squares family)
     * @return decoders and per-dimension RMS residuals
     */
    SolverResult solve(double[][] activities, double[][] targets, RandomState rng);
}
