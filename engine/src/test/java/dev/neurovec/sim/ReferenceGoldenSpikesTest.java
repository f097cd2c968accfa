package dev.neurovec.sim;

/** The golden spike cases on the reference executor. */
class ReferenceGoldenSpikesTest extends GoldenSpikesContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE);
    }
}
