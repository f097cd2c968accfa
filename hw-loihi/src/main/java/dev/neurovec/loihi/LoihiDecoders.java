package dev.neurovec.loihi;

import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.errors.BuildError;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.VectorFunction;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.solvers.Solver;
import dev.neurovec.network.solvers.SolverResult;

/**
 * Decoders solved on the chip's rate curves (hardware.md §A4.5: nengo-loihi solves with {@code loihi_rates}):
 * activities at the connection's eval points from {@link LoihiRates} times the neuron amplitude, targets the
 * function of the selected eval-point elements, the connection's own solver.
 */
final class LoihiDecoders {
    private LoihiDecoders() {
    }

    static double[][] solve(final Ensemble ens, final BuiltEnsemble be, final double[][] evalPoints,
                            final int[] preIdx, final VectorFunction f, final double[][] functionPoints,
                            final int sizeMid, final Solver solver, final double dt, final long seed,
                            final String label) {
        final int m = evalPoints.length;
        final int n = ens.nNeurons();
        final int d = ens.dimensions();
        final double amp = LoihiBuilder.amplitude(ens.neuronType());
        final double[][] a = new double[m][n];
        boolean any = false;
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) {
                double x = 0;
                for (int c = 0; c < d; c++) {
                    x += evalPoints[k][c] * be.encoders()[i][c];
                }
                a[k][i] = amp * LoihiRates.rate(ens.neuronType(), be.gain()[i] * x / ens.radius() + be.bias()[i], dt);
                any |= a[k][i] != 0;
            }
        }
        if (!any) {
            throw new BuildError("'" + label + "': " + ens.describe() + " has zero Loihi rates at every eval point;"
                + " expected some neurons to fire (check intercepts and gains)");
        }
        final double[][] y;
        if (functionPoints != null) {
            y = functionPoints;
        } else {
            y = new double[m][sizeMid];
            final int sizeIn = preIdx == null ? d : preIdx.length;
            for (int k = 0; k < m; k++) {
                final double[] x = new double[sizeIn];
                for (int c = 0; c < sizeIn; c++) {
                    x[c] = evalPoints[k][preIdx == null ? c : preIdx[c]];
                }
                if (f == null) {
                    System.arraycopy(x, 0, y[k], 0, sizeIn);
                } else {
                    f.apply(x, y[k]);
                }
            }
        }
        final SolverResult r = solver.solve(a, y, new RandomState(seed & 0xffffffffL));
        if (r.decoders().length != n || r.decoders()[0].length != sizeMid) {
            throw new BuildError("'" + label + "': solver " + solver + " returned " + r.decoders().length + "x"
                + r.decoders()[0].length + " decoders; expected " + n + "x" + sizeMid);
        }
        return r.decoders();
    }
}
