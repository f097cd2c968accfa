package dev.neurovec.conformance;

import dev.neurovec.sim.ExecutorKind;

import dev.neurovec.sim.SimulatorOptions;

/** The synapse conformance cases on the reference executor (float32 and float64). */
class ReferenceSynapsesTest extends SynapsesContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE);
    }
}
