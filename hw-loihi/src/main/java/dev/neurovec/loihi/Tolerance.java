package dev.neurovec.loihi;

/**
 * The fidelity bar one probe is held to (hardware.md §E4.7): the RMSE of the emulated output against the float
 * NeuroVec simulation, over steps {@code [settleSteps, steps)}, minimised over emulator lags of 0 to
 * {@code maxShiftSteps} steps (nengo-loihi's {@code xtol}: the chip path adds axon and filter delays).
 *
 * @param rmse          largest RMSE accepted
 * @param settleSteps   initial steps excluded (transients: the chip starts at v = 0, the float model at random
 *                      voltages)
 * @param maxShiftSteps largest lag tried
 * @param source        where the bar comes from (a nengo-loihi test, or a measured margin)
 */
public record Tolerance(double rmse, int settleSteps, int maxShiftSteps, String source) {
}
