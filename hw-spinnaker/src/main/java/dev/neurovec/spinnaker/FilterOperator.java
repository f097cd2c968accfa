package dev.neurovec.spinnaker;

/**
 * A filter operator (nengo_spinnaker's {@code Filter}, which replaces passthrough nodes, hardware.md §B2.2): it
 * filters its input vector and sends {@code transform · x} for every outgoing signal.
 */
public final class FilterOperator extends DeviceOperator {
    private final int size;

    FilterOperator(final int id, final String label, final int size) {
        super(id, label);
        this.size = size;
    }

    @Override
    public App app() {
        return App.FILTER;
    }

    @Override
    public int inputSize() {
        return size;
    }

    /**
     * @param outputRow an output row
     * @return its transform row over the input vector
     */
    public double[] transformRow(final int outputRow) {
        return rowSignal(outputRow).transform()[rowIndex(outputRow)];
    }
}
