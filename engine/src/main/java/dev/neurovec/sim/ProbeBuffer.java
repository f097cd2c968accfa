package dev.neurovec.sim;

import dev.neurovec.build.Signal;

import java.util.Arrays;

/**
 * Recorded samples of one probe: rows of {@code size} values per minibatch element, in one growable
 * array per element. Capacity is reserved before a run, so recording a step copies values and
 * allocates nothing.
 */
final class ProbeBuffer {
    private final Signal signal;
    private final int size;
    private final double period;
    private final double[][] data;
    private int rows;

    ProbeBuffer(final Signal signal, final int batch, final double period) {
        this.signal = signal;
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
    void record(final Executor executor, final long n) {
        if (n % period >= 1) {
            return;
        }
        for (int b = 0; b < data.length; b++) {
            executor.read(signal, b, data[b], rows * size);
        }
        rows++;
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
