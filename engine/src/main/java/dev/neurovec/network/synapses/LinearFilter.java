package dev.neurovec.network.synapses;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.processes.ProcessStep;
/** TEMP stand-in. */
public class LinearFilter extends Synapse {
    private final double[] num, den;
    public LinearFilter(final double[] num, final double[] den) { this.num = num.clone(); this.den = den.clone(); }
    public double[] num() { return num.clone(); }
    public double[] den() { return den.clone(); }
    @Override public ProcessStep makeStep(final int si, final int so, final double dt, final RandomState rng, final double[][] st) { throw new UnsupportedOperationException("TEMP"); }
}
