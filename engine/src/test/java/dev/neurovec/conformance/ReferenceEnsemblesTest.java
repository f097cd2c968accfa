package dev.neurovec.conformance;

import dev.neurovec.sim.ExecutorKind;

import dev.neurovec.sim.SimulatorOptions;

/** The ensembles conformance cases on the reference executor (float32 and float64). */
class ReferenceEnsemblesTest extends EnsemblesContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE);
    }
}
