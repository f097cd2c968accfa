package dev.neurovec.spinnaker;

/**
 * Per-core resource estimates and budgets (hardware.md §B2.3). Budgets: CPU 40 % of the
 * {@code 200 · machineTimestepUs} cycles of a step, DTCM 75 % of 56 KiB = 43,008 bytes. Ensemble models are
 * nengo_spinnaker's (from the profiling in Mundy et al., IJCNN 2015); the filter, value-source and value-sink
 * estimates are this mapper's own, built from the same per-dimension terms.
 */
public final class CostModel {
    /** CPU budget fraction of the step. */
    public static final double CPU_TARGET = 0.4;
    /** DTCM budget: 75 % of 56 KiB. */
    public static final long DTCM_BUDGET = (long) (0.75 * 56 * 1024);
    /** Filter operator: input columns per column group. */
    public static final int FILTER_MAX_COLUMNS = 128;
    /** Filter operator: output rows per core. */
    public static final int FILTER_MAX_ROWS = 64;
    /** Value source: output dimensions per core. */
    public static final int VALUE_SOURCE_MAX_DIMS = 10;
    /** Value source: SDRAM bytes of pre-computed values per core (8 MiB). */
    public static final long VALUE_SOURCE_MAX_BYTES = 8L << 20;
    /** Value sink: input dimensions per core (this mapper's choice). */
    public static final int VALUE_SINK_MAX_DIMS = 64;
    /** Application cores a cluster may span (one chip). */
    public static final int MAX_CLUSTER_CORES = SpinnakerMachine.APPLICATION_CORES;

    private final long cpuBudget;
    private final long dtcmBudget;

    /**
     * @param machineTimestepUs the machine time step in microseconds
     */
    public CostModel(final int machineTimestepUs) {
        this((long) (CPU_TARGET * SpinnakerMachine.CLOCK_MHZ * machineTimestepUs), DTCM_BUDGET);
    }

    /** Budgets other than the hardware's, so tests can force splits on small networks. */
    CostModel(final long cpuBudget, final long dtcmBudget) {
        this.cpuBudget = cpuBudget;
        this.dtcmBudget = dtcmBudget;
    }

    /** @return cycles available per step: {@code 0.4 · 200 · machineTimestepUs} */
    public long cpuBudget() {
        return cpuBudget;
    }

    /** @return DTCM bytes available per core */
    public long dtcmBudget() {
        return dtcmBudget;
    }

    /**
     * Ensemble core cycles per step: input filtering {@code 39·dIn + 135}, neuron update
     * {@code 9·n·D + 61·n + 174}, decode and transmit {@code 2·N·dOut + 143·dOut + 173} for the static and again for
     * the learnt outputs.
     *
     * @param n        neurons on the core
     * @param dInCore  input dimensions the core filters
     * @param sizeIn   the ensemble's input size (encoder width)
     * @param nCluster neurons in the cluster
     * @param dOut     output rows the core decodes
     * @param dLearnt  learnt output rows the core decodes
     * @return cycles
     */
    public static long ensembleCycles(final long n, final long dInCore, final long sizeIn, final long nCluster,
                                      final long dOut, final long dLearnt) {
        return (39 * dInCore + 135) + (9 * n * sizeIn + 61 * n + 174) + (2 * nCluster * dOut + 143 * dOut + 173)
            + (2 * nCluster * dLearnt + 143 * dLearnt + 173);
    }

    /**
     * Ensemble core DTCM: {@code (n·D + N·(dOut + dLearnt) + 3n) · 4} bytes.
     *
     * @param n        neurons on the core
     * @param sizeIn   encoder width
     * @param nCluster neurons in the cluster
     * @param dOut     output rows
     * @param dLearnt  learnt output rows
     * @return bytes
     */
    public static long ensembleDtcm(final long n, final long sizeIn, final long nCluster, final long dOut,
                                    final long dLearnt) {
        return (n * sizeIn + nCluster * (dOut + dLearnt) + 3 * n) * 4;
    }

    /**
     * Filter core cycles (this mapper's estimate): input filtering, the transform product, transmit.
     *
     * @param cols input columns
     * @param rows output rows
     * @return cycles
     */
    public static long filterCycles(final long cols, final long rows) {
        return (39 * cols + 135) + 2 * rows * cols + (143 * rows + 173);
    }

    /**
     * @param cols input columns
     * @param rows output rows
     * @return filter core DTCM bytes (transform, filter state, output buffer)
     */
    public static long filterDtcm(final long cols, final long rows) {
        return (rows * cols + 2 * cols + rows) * 4;
    }

    /**
     * @param dims output dimensions
     * @return value-source cycles: one transmit per row
     */
    public static long valueSourceCycles(final long dims) {
        return 143 * dims + 173;
    }

    /**
     * @param dims output dimensions
     * @return value-source DTCM: one 20 KiB DMA block plus keys
     */
    public static long valueSourceDtcm(final long dims) {
        return ImageLayout.VALUE_SOURCE_BLOCK_BYTES + 4 * dims;
    }

    /**
     * @param dims input dimensions
     * @return value-sink cycles: input filtering and recording
     */
    public static long valueSinkCycles(final long dims) {
        return 39 * dims + 135 + 20 * dims;
    }

    /**
     * @param dims input dimensions
     * @return value-sink DTCM: filter state and output buffer
     */
    public static long valueSinkDtcm(final long dims) {
        return 3 * dims * 4;
    }
}
