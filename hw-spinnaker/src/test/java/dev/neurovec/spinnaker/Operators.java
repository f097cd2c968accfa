package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.List;

/** Builds device-model operators directly, without a network, for partitioning and routing tests. */
final class Operators {
    private final List<DeviceOperator> ops = new ArrayList<>();
    private final List<DeviceSignal> signals = new ArrayList<>();

    EnsembleOperator ensemble(final int n, final int d) {
        final double[][] enc = new double[n][d];
        for (int i = 0; i < n; i++) {
            enc[i][i % d] = 1;
        }
        final EnsembleOperator e = new EnsembleOperator(ops.size(), "Ensemble 'e" + ops.size() + "'", 0.02, 0.002, 1,
            1, enc, new double[n], new double[n]);
        ops.add(e);
        return e;
    }

    FilterOperator filter(final int size) {
        final FilterOperator f = new FilterOperator(ops.size(), "Node 'f" + ops.size() + "'", size);
        ops.add(f);
        return f;
    }

    ValueSourceOperator source(final int steps) {
        final ValueSourceOperator s = new ValueSourceOperator(ops.size(), "Node 's" + ops.size() + "'", steps, false);
        ops.add(s);
        return s;
    }

    ValueSinkOperator sink(final int size) {
        final ValueSinkOperator s = new ValueSinkOperator(ops.size(), "Probe 'p" + ops.size() + "'", size);
        ops.add(s);
        return s;
    }

    /** A signal of all-ones rows (so every row is transmitted) from source to sink. */
    DeviceSignal connect(final DeviceOperator from, final DeviceOperator to, final int width) {
        final double[][] t;
        final double[][] values;
        if (from instanceof ValueSourceOperator s) {
            t = null;
            values = new double[s.steps()][width];
            for (double[] row : values) {
                java.util.Arrays.fill(row, 0.25);
            }
        } else {
            final int cols = from instanceof EnsembleOperator e ? e.nNeurons() : from.inputSize();
            t = new double[width][cols];
            for (double[] row : t) {
                java.util.Arrays.fill(row, 1e-3);
            }
            values = null;
        }
        final DeviceSignal s = new DeviceSignal(signals.size(), "signal " + signals.size(), from, width, t, values, false);
        s.addSink(to, to.filterIndex(FilterSpec.lowpass(0.005)));
        from.addOutput(s);
        signals.add(s);
        return s;
    }

    DeviceModel model(final int steps) {
        return new DeviceModel("ops", 0.001, steps, ops, signals, List.of(), List.of());
    }
}
