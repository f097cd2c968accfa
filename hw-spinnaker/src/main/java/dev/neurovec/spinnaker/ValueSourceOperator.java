package dev.neurovec.spinnaker;

/**
 * A value source (nengo_spinnaker's {@code ValueSource}): a function-of-time node (or a constant node feeding
 * something other than an ensemble) whose outgoing rows the host pre-computes for the whole period and the core
 * plays back, one row per step.
 */
public final class ValueSourceOperator extends DeviceOperator {
    private final int steps;
    private final boolean periodic;

    ValueSourceOperator(final int id, final String label, final int steps, final boolean periodic) {
        super(id, label);
        this.steps = steps;
        this.periodic = periodic;
    }

    @Override
    public App app() {
        return App.VALUE_SOURCE;
    }

    @Override
    public int inputSize() {
        return 0;
    }

    /** @return number of pre-computed frames */
    public int steps() {
        return steps;
    }

    /** @return whether playback wraps around (a constant is one periodic frame) */
    public boolean periodic() {
        return periodic;
    }

    /**
     * @param step      a frame
     * @param outputRow an output row
     * @return the value sent in that frame on that row
     */
    public double value(final int step, final int outputRow) {
        return rowSignal(outputRow).values()[step][rowIndex(outputRow)];
    }
}
