package dev.neurovec.sim;

/** The golden network cases on the planned executor (float32). */
class PlannedGoldenNetworksTest extends GoldenNetworksContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.PLANNED);
    }

    @Override
    boolean supports(final Precision p) {
        return p == Precision.FLOAT32;
    }
}
