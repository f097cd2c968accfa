package dev.neurovec.spinnaker;

/**
 * A value sink (nengo_spinnaker's {@code ValueSink}): filters and records its input every step; the decoded
 * output probe of an ensemble and the output probe of a node are value sinks.
 */
public final class ValueSinkOperator extends DeviceOperator {
    private final int size;

    ValueSinkOperator(final int id, final String label, final int size) {
        super(id, label);
        this.size = size;
    }

    @Override
    public App app() {
        return App.VALUE_SINK;
    }

    @Override
    public int inputSize() {
        return size;
    }
}
