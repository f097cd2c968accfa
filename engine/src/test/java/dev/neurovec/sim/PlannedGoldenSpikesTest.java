package dev.neurovec.sim;

/** The golden spike cases on the planned executor (float32 only; float64 belongs to the reference). */
class PlannedGoldenSpikesTest extends GoldenSpikesContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.PLANNED);
    }

    @Override
    boolean supports(final Precision p) {
        return p == Precision.FLOAT32;
    }
}
