package dev.neurovec.conformance;

import dev.neurovec.sim.ExecutorKind;

import dev.neurovec.sim.SimulatorOptions;

/** The connections conformance cases on the reference executor (float32 and float64). */
class ReferenceConnectionsTest extends ConnectionsContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE);
    }
}
