package dev.neurovec.sim;

import dev.neurovec.build.Signal;

import java.util.Arrays;

/**
 * Recorded samples of one probe: rows of {@code size} values per minibatch element, in one growable
 * array per element. Capacity is reserved before a run, so recording a step copies values and
 * allocates nothing. The first NaN or infinity a probe records is logged as a warning naming probe,
 * step and element (checked at the cost of the probe's size, not the network's); the run goes on, as
 * in Nengo, and {@code SimulatorOptions.withCheckFinite(true)} stops it at the operator instead.
 */
final class ProbeBuffer {
    private final String probe;
    private final Signal signal;
    private final Executor.SignalReader reader;
    private final int size;
    private final double period;
    private final double[][] data;
    private int rows;
    private boolean reported;

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
        if (reported) {
            return;
        }
        for (int b = 0; b < data.length; b++) {
            final double[] d = data[b];
            for (int i = at; i < at + size; i++) {
                if (!Double.isFinite(d[i])) {
                    reported = true;
                    System.getLogger(Simulator.class.getName()).log(System.Logger.Level.WARNING,
                        nonFinite(n, b, i - at, d[i]));
                    return;
                }
            }
        }
    }

    private String nonFinite(final long step, final int b, final int i, final double v) {
        return probe + ": recorded " + v + " at step " + step + ", element " + i
            + (data.length > 1 ? ", minibatch element " + b : "") + " (signal " + signal.name() + "); later"
            + " non-finite values of this probe are not reported. SimulatorOptions.withCheckFinite(true) stops the"
            + " run at the operator that writes the first one";
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
        reported = false;
    }
}
