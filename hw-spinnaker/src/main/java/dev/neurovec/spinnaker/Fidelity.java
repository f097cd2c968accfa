package dev.neurovec.spinnaker;

/**
 * One probe's emulated data compared with the float simulation.
 *
 * @param probe     the probe's label
 * @param tolerance the bound it is held to
 * @param rmse      RMSE (values) or rate RMSE in Hz (spike rates)
 * @param maxAbs    largest absolute error at the chosen lag (values), NaN otherwise
 * @param lagSteps  the lag used (the one with the smallest RMSE within the tolerance's range)
 * @param ok        whether the bounds hold
 */
public record Fidelity(String probe, Tolerance tolerance, double rmse, double maxAbs, int lagSteps, boolean ok) {

    /**
     * @param probe     label
     * @param tol       tolerance
     * @param reference float simulation data, steps × size
     * @param emulated  emulated data, steps × size
     * @param dt        time step
     * @return the comparison
     */
    public static Fidelity compare(final String probe, final Tolerance tol, final double[][] reference,
                                   final double[][] emulated, final double dt) {
        final int steps = Math.min(reference.length, emulated.length);
        if (tol.metric() == Tolerance.Metric.SPIKE_RATES) {
            final int n = reference[0].length;
            final double seconds = (steps - tol.skipSteps()) * dt;
            double s = 0;
            for (int i = 0; i < n; i++) {
                double a = 0;
                double b = 0;
                for (int t = tol.skipSteps(); t < steps; t++) {
                    a += reference[t][i] != 0 ? 1 : 0;
                    b += emulated[t][i] != 0 ? 1 : 0;
                }
                s += (a / seconds - b / seconds) * (a / seconds - b / seconds);
            }
            final double rmse = Math.sqrt(s / n);
            return new Fidelity(probe, tol, rmse, Double.NaN, 0, rmse < tol.rmse());
        }
        double best = Double.POSITIVE_INFINITY;
        double bestMax = Double.NaN;
        int bestLag = 0;
        for (int lag = 0; lag <= tol.maxLagSteps(); lag++) {
            double s = 0;
            double max = 0;
            long count = 0;
            for (int t = Math.max(tol.skipSteps(), lag); t < steps; t++) {
                for (int d = 0; d < reference[t].length; d++) {
                    final double e = emulated[t][d] - reference[t - lag][d];
                    s += e * e;
                    max = Math.max(max, Math.abs(e));
                    count++;
                }
            }
            final double rmse = Math.sqrt(s / Math.max(1, count));
            if (rmse < best) {
                best = rmse;
                bestMax = max;
                bestLag = lag;
            }
        }
        final boolean ok = best <= tol.rmse() && (Double.isNaN(tol.maxAbs()) || bestMax <= tol.maxAbs());
        return new Fidelity(probe, tol, best, bestMax, bestLag, ok);
    }
}
