package dev.neurovec.examples.tutorial;

import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.spinnaker.ArtifactReader;
import dev.neurovec.spinnaker.ArtifactWriter;
import dev.neurovec.spinnaker.Check;
import dev.neurovec.spinnaker.DeviceProbe;
import dev.neurovec.spinnaker.EmulationResult;
import dev.neurovec.spinnaker.EmulatorOptions;
import dev.neurovec.spinnaker.Fidelity;
import dev.neurovec.spinnaker.Mapping;
import dev.neurovec.spinnaker.MappingVerifier;
import dev.neurovec.spinnaker.SpinnakerEmulator;
import dev.neurovec.spinnaker.SpinnakerMachine;
import dev.neurovec.spinnaker.SpinnakerMapper;
import dev.neurovec.spinnaker.SpinnakerOptions;
import dev.neurovec.spinnaker.Tolerance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tutorial's NEF network on SpiNNaker: mapped, emitted, read back, verified and emulated by
 * {@code hw-spinnaker}, then compared with {@code sin(x²)} and with a float simulation of the same network.
 * It runs as it is: the white-signal node becomes a value source, the passthrough {@code outpt} a filter
 * core, and both node probes value sinks.
 */
public final class SpinnakerRun {
    /** The target's name. */
    public static final String TARGET = "spinnaker1";
    /**
     * Initial steps left out of the comparison with the float run: the emulated voltages start at 0, the
     * float model's at random values (hw-spinnaker's node-ens-ens bar skips as many).
     */
    static final int SETTLE_STEPS = 50;
    /** The passthrough and the node probe each add one step of latency on SpiNNaker. */
    static final int MAX_LAG_STEPS = 2;

    private SpinnakerRun() {
    }

    /**
     * @param dir   the artifact folder (created)
     * @param steps steps to emulate
     * @return what ran
     */
    public static HardwareRun run(final Path dir, final int steps) {
        final long t0 = System.nanoTime();
        final NefSinSquare.Parts parts = NefSinSquare.build();
        final SpinnakerOptions defaults = SpinnakerOptions.defaults();
        final SpinnakerMachine machine = SpinnakerMachine.parse(defaults.machine());
        try (Simulator sim = new Simulator(parts.network(), SimulatorOptions.defaults()
            .withExecutor(ExecutorKind.REFERENCE).withPrecision(Precision.FLOAT64)
            .withSeed(NefSinSquare.SIMULATOR_SEED))) {
            sim.runSteps(steps);
            final Mapping mapping = SpinnakerMapper.map(parts.network(), sim.model(), steps, machine,
                defaults.rounding());
            ArtifactWriter.write(mapping, dir);
            final ArtifactReader artifact = ArtifactReader.open(dir);
            final List<Check> checks = new ArrayList<>(MappingVerifier.verify(mapping, artifact));
            final EmulationResult r = new SpinnakerEmulator(artifact, EmulatorOptions.defaults()
                .withRounding(defaults.rounding()).withSteps(steps)).run();
            checks.add(Check.none("emulator: packets dropped, looped, duplicated or misdelivered",
                r.counters().faults(), "see the artifact's counters"));
            checks.add(Check.none("emulator: wrapped 32-bit arithmetic", r.counters().overflows(),
                "accumulators, currents, voltages, decoded sums"));
            final double[][] x = emulated(mapping, r, parts.inputP());
            final double[][] y = emulated(mapping, r, parts.outputP());
            final double[][] yFloat = sim.dataDouble(parts.outputP());
            final NefSinSquare.Result emu = NefSinSquare.result(sim.trange(), x, y);
            final NefSinSquare.Result flt = NefSinSquare.result(sim.trange(), sim.dataDouble(parts.inputP()),
                yFloat);
            final Fidelity f = Fidelity.compare("outpt_p", Tolerance.values(0.1, SETTLE_STEPS, MAX_LAG_STEPS,
                "hw-spinnaker's node-ens-ens bar"), yFloat, y, sim.dt());
            final int passed = (int) checks.stream().filter(Check::ok).count();
            return new HardwareRun(TARGET, "the tutorial's sin(x^2) network, as it is", dir,
                mapping.placements().chipsUsed().size(), mapping.partitioning().vertices().size(),
                "a " + machine.name() + " machine (" + machine.chips().size() + " chips)", "outpt_p (5 ms lowpass)",
                "sin(x^2)", emu.rmse(), flt.rmse(), f.rmse(), f.lagSteps(), SETTLE_STEPS, passed, checks.size(),
                steps, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static double[][] emulated(final Mapping mapping, final EmulationResult r,
                                       final dev.neurovec.network.Probe probe) {
        for (DeviceProbe p : mapping.model().probes()) {
            if (p.probe() == probe) {
                return r.data(r.probe(p.id()));
            }
        }
        throw new IllegalStateException("probe " + probe.describe() + " was not mapped onto SpiNNaker");
    }
}
