package dev.neurovec.sim;

import dev.neurovec.build.Signal;
import dev.neurovec.errors.SimulationError;

import java.util.Arrays;

/**
 * Recorded samples of one probe: rows of {@code size} values per minibatch element, in one growable
 * array per element. Capacity is reserved before a run, so recording a step copies values and
 * allocates nothing. A recorded NaN or infinity stops the run with a {@link SimulationError}: what a
 * probe shows is checked at the cost of the probe's size, not the network's.
 */
final class ProbeBuffer {
    private final String probe;
    private final Signal signal;
    private final Executor.SignalReader reader;
    private final int size;
    private final double period;
    private final double[][] data;
    private int rows;

    ProbeBuffer(final String probe, final Signal signal, final Executor.SignalReader reader, final int batch,
                final double period) {
        this.probe = probe;
        this.signal = signal;
        this.reader = reader;
        this.size = signal.size();
        this.period = period;
        this.data = new double[batch][0];
    }

    /** Makes room for the samples of {@code steps} more steps. */
    void reserve(final int steps) {
        final int need = (rows + (int) Math.ceil(steps / period) + 1) * size;
        for (int b = 0; b < data.length; b++) {
            if (data[b].length < need) {
                data[b] = Arrays.copyOf(data[b], Math.max(need, data[b].length * 2));
            }
        }
    }

    /** Records the signal if step {@code n} (1-based) is a sampling step ({@code n % period < 1}, as Nengo). */
    void record(final long n) {
        if (n % period >= 1) {
            return;
        }
        final int at = rows * size;
        for (int b = 0; b < data.length; b++) {
            reader.read(b, data[b], at);
        }
        rows++;
        for (int b = 0; b < data.length; b++) {
            final double[] d = data[b];
            for (int i = at; i < at + size; i++) {
                if (!Double.isFinite(d[i])) {
                    throw nonFinite(n, b, i - at, d[i]);
                }
            }
        }
    }

    private SimulationError nonFinite(final long step, final int b, final int i, final double v) {
        return new SimulationError(probe + ": recorded " + v + " at step " + step + ", element " + i
            + (data.length > 1 ? ", minibatch element " + b : "") + " (signal " + signal.name() + "); expected finite"
            + " values. Run with SimulatorOptions.withCheckFinite(true) to name the operator that wrote it");
    }

    int rows() {
        return rows;
    }

    int size() {
        return size;
    }

    double value(final int b, final int row, final int col) {
        return data[b][row * size + col];
    }

    void clear() {
        rows = 0;
    }
}
