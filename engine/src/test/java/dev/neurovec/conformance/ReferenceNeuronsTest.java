package dev.neurovec.conformance;

import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.SimulatorOptions;

/** The neuron conformance cases on the reference executor, float32 and float64. */
class ReferenceNeuronsTest extends NeuronsContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE);
    }
}
