package dev.neurovec.conformance;

import dev.neurovec.sim.ExecutorKind;

import dev.neurovec.sim.SimulatorOptions;

/** The nodes conformance cases on the reference executor (float32 and float64). */
class ReferenceNodesTest extends NodesContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE);
    }
}
