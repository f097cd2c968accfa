package dev.neurovec.loihi;

import dev.neurovec.network.Connection;
import dev.neurovec.network.VectorFunction;
import dev.neurovec.network.solvers.Solver;
import dev.neurovec.network.synapses.Synapse;

/**
 * A connection after passthrough removal (hardware.md §A4.5): a source object (ensemble, neurons or node) and
 * optional element selection, the function of the first original connection, one dense transform
 * ({@code sizeOut x sizeMid}, the product of the transforms along the passthrough chain), the merged synapse,
 * and the destination object and selection.
 *
 * @param label          a readable name (the original connection path, plus the passthroughs removed)
 * @param origin         the first original connection (seed, solver, eval points)
 * @param pre            source: Ensemble, Neurons or Node
 * @param preIdx         selected source elements, or null for all
 * @param function       function of the first connection, or null
 * @param functionPoints target points of the first connection, or null
 * @param sizeMid        function output size (or the selected source size)
 * @param transform      sizeOut x sizeMid matrix
 * @param synapse        merged synapse, or null
 * @param post           destination: Ensemble, Neurons or Node
 * @param postIdx        selected destination elements, or null for all
 * @param solver         solver of the first connection
 */
record Link(String label, Connection origin, Object pre, int[] preIdx, VectorFunction function,
            double[][] functionPoints, int sizeMid, double[][] transform, Synapse synapse, Object post,
            int[] postIdx, Solver solver) {

    /** @return output size (rows of the transform) */
    int sizeOut() {
        return transform.length;
    }
}
