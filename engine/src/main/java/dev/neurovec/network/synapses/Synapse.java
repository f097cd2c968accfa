package dev.neurovec.network.synapses;

import dev.neurovec.network.processes.Process;

/**
 * A filter applied element-wise to a signal, as Nengo's {@code nengo.synapses.Synapse}: a process
 * with equal input and output sizes. On a connection it runs in update mode, so any synapse
 * (even {@code Lowpass(0)}) delays the signal by one step; a null synapse means no filter and no
 * delay (nengo-semantics.md §3.2).
 */
public abstract class Synapse extends Process {

    /** Creates an unseeded synapse (filters are deterministic). */
    protected Synapse() {
        super(null);
    }

    @Override
    public int defaultSizeIn() {
        return 1;
    }

    @Override
    public int defaultSizeOut() {
        return 1;
    }

    /**
     * Filters a whole signal offline, as Nengo's {@code Synapse.filt(x, dt, y0=0)}: output sample i
     * includes input sample i (the step is evaluated at {@code t = i*dt}).
     *
     * @param x  input samples (rows = time, columns = dimensions), not modified
     * @param dt time step in seconds
     * @return the filtered samples, same shape
     */
    public double[][] filt(final double[][] x, final double dt) {
        final int n = x.length;
        final int d = n == 0 ? 0 : x[0].length;
        final var stateInit = makeState(d, d, dt);
        final double[][] state = stateInit.values().toArray(new double[0][]);
        final var step = makeStep(d, d, dt, null, state);
        final double[][] y = new double[n][d];
        for (int i = 0; i < n; i++) {
            step.step(i * dt, x[i], y[i]);
        }
        return y;
    }
}
