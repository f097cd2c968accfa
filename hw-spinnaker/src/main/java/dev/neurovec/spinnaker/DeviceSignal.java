package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A multicast signal (nengo_spinnaker's "signal", hardware.md §B2.1): one source operator's output rows, sent one
 * packet per row per step to one or more sink operators. Its {@link #width()} is the full input size of the sinks,
 * so row {@code r} lands on input dimension {@code r} of every sink (post slices are folded into the transform);
 * rows that are zero at every step are not transmitted (§E7). Connections from one source with equal transmission
 * share one signal with several sinks.
 */
public final class DeviceSignal {
    private final int id;
    private final String label;
    private final DeviceOperator source;
    private final int width;
    private final double[][] transform;
    private final double[][] values;
    private final int[] rows;
    private final boolean latching;
    private final List<Sink> sinks = new ArrayList<>();

    /**
     * Where a signal goes.
     *
     * @param operator the sink operator
     * @param filter   index of the sink's input filter the signal feeds
     */
    public record Sink(DeviceOperator operator, int filter) {
    }

    DeviceSignal(final int id, final String label, final DeviceOperator source, final int width,
                 final double[][] transform, final double[][] values, final boolean latching) {
        this.id = id;
        this.label = label;
        this.source = source;
        this.width = width;
        this.transform = transform;
        this.values = values;
        this.latching = latching;
        this.rows = nonZeroRows(width, transform, values);
    }

    private static int[] nonZeroRows(final int width, final double[][] transform, final double[][] values) {
        final boolean[] used = new boolean[width];
        if (transform != null) {
            for (int r = 0; r < width; r++) {
                for (double v : transform[r]) {
                    used[r] |= v != 0;
                }
            }
        } else {
            for (double[] step : values) {
                for (int r = 0; r < width; r++) {
                    used[r] |= step[r] != 0;
                }
            }
        }
        int n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        final int[] out = new int[n];
        n = 0;
        for (int r = 0; r < width; r++) {
            if (used[r]) {
                out[n++] = r;
            }
        }
        return out;
    }

    void addSink(final DeviceOperator op, final int filter) {
        sinks.add(new Sink(op, filter));
    }

    /** @return the signal id (its index in the device model) */
    public int id() {
        return id;
    }

    /** @return the connection or probe path(s) this signal carries */
    public String label() {
        return label;
    }

    /** @return the source operator */
    public DeviceOperator source() {
        return source;
    }

    /** @return the sinks, in the order the connections were made */
    public List<Sink> sinks() {
        return Collections.unmodifiableList(sinks);
    }

    /** @return number of rows (the sinks' input size) */
    public int width() {
        return width;
    }

    /**
     * @return for ensemble sources the decoders in the sink space (width × neurons, not yet divided by dt), for
     *     filter sources the transform (width × filter size); null for value sources
     */
    public double[][] transform() {
        return transform;
    }

    /** @return for value sources the pre-computed values (steps × width); null otherwise */
    public double[][] values() {
        return values;
    }

    /** @return the transmitted rows (those not zero at every step), ascending */
    public int[] rows() {
        return rows.clone();
    }

    /** @return number of transmitted rows */
    public int transmittedRows() {
        return rows.length;
    }

    /** @return whether receivers overwrite rather than sum */
    public boolean latching() {
        return latching;
    }

    @Override
    public String toString() {
        return "signal " + id + " '" + label + "'";
    }
}
