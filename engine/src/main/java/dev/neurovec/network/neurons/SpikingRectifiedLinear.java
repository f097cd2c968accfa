package dev.neurovec.network.neurons;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Dists;

import java.util.List;

/**
 * Spiking rectified linear neuron (integrate-and-fire without leak), as Nengo's
 * {@code SpikingRectifiedLinear}: {@code v += max(J, 0) dt; n = floor(v); out = amplitude/dt * n; v -= n}.
 * Several spikes per step are allowed. Rates and gain/bias are those of {@link RectifiedLinear}.
 */
public final class SpikingRectifiedLinear extends RectifiedLinear {
    /** State: integrator voltage (threshold 1). */
    public static final String VOLTAGE = "voltage";

    /** Spiking ReLU with amplitude 1. */
    public SpikingRectifiedLinear() {
        super();
    }

    /**
     * @param amplitude spike integral, &gt; 0
     */
    public SpikingRectifiedLinear(final double amplitude) {
        super(amplitude);
    }

    @Override
    public boolean spiking() {
        return true;
    }

    @Override
    public List<String> stateNames() {
        return List.of(VOLTAGE);
    }

    @Override
    public Distribution defaultInitialState(final String name) {
        return VOLTAGE.equals(name) ? Dists.uniform(0, 1) : super.defaultInitialState(name);
    }

    @Override
    public NeuronType rateEquivalent() {
        return new RectifiedLinear(amplitude());
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        final double[] v = state[0];
        final double spike = amplitude() / dt;
        for (int i = 0; i < j.length; i++) {
            v[i] += Math.max(j[i], 0.0) * dt;
            final double n = Math.floor(v[i]);
            output[i] = spike * n;
            v[i] -= n;
        }
    }
}
