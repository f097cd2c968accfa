package dev.neurovec.network.synapses;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.processes.ProcessStep;
import java.util.LinkedHashMap;
import java.util.Map;
/** TEMP stand-in. */
public final class Lowpass extends LinearFilter {
    private final double tau;
    public Lowpass(final double tau) { super(new double[] {1}, new double[] {tau, 1}); this.tau = tau; }
    public double tau() { return tau; }
    @Override public Map<String, double[]> makeState(final int i, final int o, final double dt) { final Map<String, double[]> m = new LinkedHashMap<>(); m.put("X", new double[o]); return m; }
    @Override public ProcessStep makeStep(final int si, final int so, final double dt, final RandomState rng, final double[][] st) {
        final double a = Math.exp(-dt / tau); final double b = 1 - a; final double[] x = st[0];
        return (t, u, y) -> { for (int i = 0; i < so; i++) { x[i] = a * x[i] + b * u[i]; y[i] = x[i]; } };
    }
    @Override public String toString() { return "Lowpass(tau=" + tau + ")"; }
}
