package dev.neurovec.spinnaker;

/**
 * One core's share of an operator (a "vertex", hardware.md §B2.1 step 3).
 *
 * @param id           vertex id, its index in the partitioning
 * @param operator     the operator
 * @param cluster      for ensembles the cluster index within the operator (cores of a cluster share SDRAM and sit
 *                     on one chip); for filters the column group; -1 otherwise
 * @param population   index of this core within its cluster (population id), 0 otherwise
 * @param neurons      neurons simulated (ensembles), within the ensemble
 * @param clusterNeurons all neurons of the cluster (ensembles), within the ensemble
 * @param inputs       input dimensions this core filters
 * @param outputs      operator output rows this core sends
 * @param estCycles    estimated cycles per step
 * @param estDtcm      estimated DTCM bytes
 */
public record Vertex(int id, DeviceOperator operator, int cluster, int population, Span neurons, Span clusterNeurons,
                     Span inputs, Span outputs, long estCycles, long estDtcm) {

    /** @return the application it runs */
    public App app() {
        return operator.app();
    }

    /** @return a readable name, e.g. {@code Ensemble 'a' [c0/p1]} */
    public String label() {
        return operator.label() + " #" + id + (cluster >= 0 ? " [cluster " + cluster + ", core " + population + "]" : "");
    }
}
