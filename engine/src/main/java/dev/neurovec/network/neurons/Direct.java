package dev.neurovec.network.neurons;

/**
 * No neurons: the ensemble represents its input exactly and connections from it compute their
 * functions exactly, as Nengo's {@code Direct} mode. Has no rates, gains or state.
 */
public final class Direct extends NeuronType {

    @Override
    public boolean spiking() {
        return false;
    }

    @Override
    public boolean negative() {
        return true;
    }

    @Override
    public void step(final double dt, final double[] j, final double[] output, final double[][] state) {
        System.arraycopy(j, 0, output, 0, j.length);
    }

    @Override
    public double rate(final double j) {
        throw new UnsupportedOperationException("Direct neurons have no firing rate: they pass their input through");
    }

    @Override
    public GainBias gainBias(final double[] maxRates, final double[] intercepts) {
        throw new UnsupportedOperationException("Direct neurons have no gain or bias");
    }

    @Override
    public MaxRatesIntercepts maxRatesIntercepts(final double[] gain, final double[] bias) {
        throw new UnsupportedOperationException("Direct neurons have no gain or bias");
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Direct;
    }

    @Override
    public int hashCode() {
        return Direct.class.hashCode();
    }

    @Override
    public String toString() {
        return "Direct()";
    }
}
