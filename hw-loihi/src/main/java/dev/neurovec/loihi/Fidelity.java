package dev.neurovec.loihi;

/**
 * Fidelity of one probe (hardware.md §E5 "fidelity"): RMSE of the integer emulation against the float
 * NeuroVec simulation, and against the float emulation (the quantisation error alone).
 *
 * @param probe          probe label
 * @param rmse           integer emulator vs float simulation (best lag)
 * @param bestShiftSteps the lag that gave it
 * @param rmseFloatEmulator float emulator vs float simulation (best lag)
 * @param rmseQuantisation integer emulator vs float emulator (same lag 0)
 * @param tolerance      the bar
 * @param ok             rmse &lt;= tolerance
 */
public record Fidelity(String probe, double rmse, int bestShiftSteps, double rmseFloatEmulator,
                       double rmseQuantisation, Tolerance tolerance, boolean ok) {

    /**
     * @param probe     label
     * @param reference float simulation, steps x size
     * @param emulated  integer emulation, steps x size
     * @param floatEmu  float emulation, steps x size
     * @param tol       the bar
     * @return the fidelity
     */
    static Fidelity of(final String probe, final double[][] reference, final double[][] emulated,
                       final double[][] floatEmu, final Tolerance tol) {
        double best = Double.POSITIVE_INFINITY;
        int bestShift = 0;
        for (int s = 0; s <= tol.maxShiftSteps(); s++) {
            final double r = rmse(reference, emulated, tol.settleSteps(), s);
            if (r < best) {
                best = r;
                bestShift = s;
            }
        }
        double bestF = Double.POSITIVE_INFINITY;
        for (int s = 0; s <= tol.maxShiftSteps(); s++) {
            bestF = Math.min(bestF, rmse(reference, floatEmu, tol.settleSteps(), s));
        }
        final double q = rmse(floatEmu, emulated, tol.settleSteps(), 0);
        return new Fidelity(probe, best, bestShift, bestF, q, tol, best <= tol.rmse());
    }

    /**
     * @param ref     reference rows
     * @param x       compared rows
     * @param from    first reference row
     * @param shift   x lags the reference by this many rows
     * @return RMSE over every element of rows [from, n - shift)
     */
    static double rmse(final double[][] ref, final double[][] x, final int from, final int shift) {
        double sum = 0;
        long count = 0;
        for (int k = from; k + shift < Math.min(ref.length, x.length); k++) {
            for (int c = 0; c < ref[k].length; c++) {
                final double d = x[k + shift][c] - ref[k][c];
                sum += d * d;
                count++;
            }
        }
        return count == 0 ? Double.NaN : Math.sqrt(sum / count);
    }
}
