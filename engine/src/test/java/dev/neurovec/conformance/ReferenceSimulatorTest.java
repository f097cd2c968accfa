package dev.neurovec.conformance;

import dev.neurovec.sim.ExecutorKind;

import dev.neurovec.sim.SimulatorOptions;

/** The simulator conformance cases on the reference executor (float32 and float64). */
class ReferenceSimulatorTest extends SimulatorContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE);
    }
}
