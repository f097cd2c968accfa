package dev.neurovec.spinnaker;

/**
 * How close a probe's emulated data must be to the float simulation (hardware.md §E4.7).
 *
 * @param metric      what is compared
 * @param rmse        largest RMSE allowed (values, or Hz for spike rates)
 * @param maxAbs      largest absolute error allowed at any step (values only), or NaN for no such bound
 * @param skipSteps   initial steps left out (start-up transients: SpiNNaker starts voltages at 0, folds constant
 *                    inputs into biases without the synapse ramp)
 * @param maxLagSteps the emulated data may lag the float data by up to this many steps (each passthrough and probe
 *                    hop adds one step on SpiNNaker); the best lag is used and reported
 * @param source      where the bound comes from (a section of hardware.md, or this module's own choice)
 */
public record Tolerance(Metric metric, double rmse, double maxAbs, int skipSteps, int maxLagSteps, String source) {

    /** What a tolerance compares. */
    public enum Metric {
        /** decoded values, per step and dimension */
        VALUES,
        /** spike rates per neuron over the run, in Hz */
        SPIKE_RATES
    }

    /**
     * @param rmse      RMSE bound
     * @param skipSteps steps left out
     * @param maxLag    lag allowed
     * @param source    where the bound comes from
     * @return a values tolerance without a max-abs bound
     */
    public static Tolerance values(final double rmse, final int skipSteps, final int maxLag, final String source) {
        return new Tolerance(Metric.VALUES, rmse, Double.NaN, skipSteps, maxLag, source);
    }

    /**
     * @param maxAbs    max-abs bound
     * @param rmse      RMSE bound
     * @param skipSteps steps left out
     * @param maxLag    lag allowed
     * @param source    where the bound comes from
     * @return a values tolerance with both bounds
     */
    public static Tolerance valuesAtol(final double maxAbs, final double rmse, final int skipSteps, final int maxLag,
                                       final String source) {
        return new Tolerance(Metric.VALUES, rmse, maxAbs, skipSteps, maxLag, source);
    }

    /**
     * @param hz     rate RMSE bound in Hz
     * @param source where the bound comes from
     * @return a spike-rate tolerance
     */
    public static Tolerance rates(final double hz, final String source) {
        return new Tolerance(Metric.SPIKE_RATES, hz, Double.NaN, 0, 0, source);
    }
}
