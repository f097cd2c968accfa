package dev.neurovec.sim;

/** The golden network cases on the reference executor. */
class ReferenceGoldenNetworksTest extends GoldenNetworksContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE);
    }
}
