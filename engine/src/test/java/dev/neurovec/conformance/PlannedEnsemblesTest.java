package dev.neurovec.conformance;

import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.SimulatorOptions;

/** The ensembles conformance cases on the planned executor (float32 only; float64 cases are skipped). */
class PlannedEnsemblesTest extends EnsemblesContract {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withExecutor(ExecutorKind.PLANNED);
    }

    @Override
    boolean supports(final Precision precision) {
        return precision == Precision.FLOAT32;
    }
}
