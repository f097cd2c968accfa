package dev.neurovec.conformance;

import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.SimulatorOptions;

/** The neuron conformance cases on the planned executor (float32 only; float64 cases are skipped). */
class PlannedNeuronsTest extends NeuronsContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.PLANNED);
    }

    @Override
    boolean supports(final Precision precision) {
        return precision == Precision.FLOAT32;
    }
}
