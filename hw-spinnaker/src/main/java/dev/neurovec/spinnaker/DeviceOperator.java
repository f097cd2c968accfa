package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An operator of the device model (nengo_spinnaker's intermediate representation, hardware.md §B2.2): what one
 * application does for one network object, before it is split into per-core vertices. Subclasses hold the
 * application's float parameters; this base holds what every operator shares: its outgoing signals, its input
 * filters and the list of its transmitted output rows.
 */
public abstract sealed class DeviceOperator
    permits EnsembleOperator, FilterOperator, ValueSourceOperator, ValueSinkOperator {
    private final int id;
    private final String label;
    private final List<DeviceSignal> outputs = new ArrayList<>();
    private final List<FilterSpec> filters = new ArrayList<>();
    private int[] rowSignal;
    private int[] rowIndex;

    DeviceOperator(final int id, final String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the operator id (its index in the device model) */
    public final int id() {
        return id;
    }

    /** @return the network object's description, e.g. {@code Ensemble 'a'} */
    public final String label() {
        return label;
    }

    /** @return the application its vertices run */
    public abstract App app();

    /** @return the size of its input vector (0 for sources) */
    public abstract int inputSize();

    /** @return signals this operator sources, in creation order */
    public final List<DeviceSignal> outputs() {
        return Collections.unmodifiableList(outputs);
    }

    /** @return its input filters, in creation order */
    public final List<FilterSpec> inputFilters() {
        return Collections.unmodifiableList(filters);
    }

    void addOutput(final DeviceSignal s) {
        outputs.add(s);
        rowSignal = null;
    }

    int filterIndex(final FilterSpec f) {
        final int i = filters.indexOf(f);
        if (i >= 0) {
            return i;
        }
        filters.add(f);
        return filters.size() - 1;
    }

    /** @return number of transmitted output rows, over all outgoing signals */
    public final int outputRows() {
        layoutRows();
        return rowSignal.length;
    }

    /**
     * @param outputRow an output row of this operator (0..{@link #outputRows()})
     * @return the signal it belongs to
     */
    public final DeviceSignal rowSignal(final int outputRow) {
        layoutRows();
        return outputsById(rowSignal[outputRow]);
    }

    /**
     * @param outputRow an output row of this operator
     * @return the row of its signal it carries
     */
    public final int rowIndex(final int outputRow) {
        layoutRows();
        return rowIndex[outputRow];
    }

    private DeviceSignal outputsById(final int k) {
        return outputs.get(k);
    }

    private void layoutRows() {
        if (rowSignal != null) {
            return;
        }
        int n = 0;
        for (DeviceSignal s : outputs) {
            n += s.transmittedRows();
        }
        rowSignal = new int[n];
        rowIndex = new int[n];
        n = 0;
        for (int k = 0; k < outputs.size(); k++) {
            for (int r : outputs.get(k).rows()) {
                rowSignal[n] = k;
                rowIndex[n++] = r;
            }
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
