package dev.neurovec.spinnaker;

import dev.neurovec.build.Model;
import dev.neurovec.network.Network;
import dev.neurovec.network.Probe;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Maps a test network, writes its artifact to a temporary folder and keeps the float run for comparison. */
final class Fixture {
    final Mapping mapping;
    final Model model;
    final Path dir;
    final Map<Probe, double[][]> reference = new HashMap<>();

    private Fixture(final Mapping mapping, final Model model, final Path dir) {
        this.mapping = mapping;
        this.model = model;
        this.dir = dir;
    }

    static Fixture of(final Network net, final int steps, final SpinnakerMachine machine, final Path dir) {
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withExecutor(ExecutorKind.REFERENCE).withPrecision(Precision.FLOAT64))) {
            sim.runSteps(steps);
            final Mapping m = SpinnakerMapper.map(net, sim.model(), steps, machine, MultiplyRounding.FLOOR);
            ArtifactWriter.write(m, dir);
            final Fixture f = new Fixture(m, sim.model(), dir);
            for (Probe p : net.allProbes()) {
                f.reference.put(p, sim.dataDouble(p));
            }
            return f;
        }
    }

    static Fixture of(final Network net, final int steps) {
        try {
            return of(net, steps, SpinnakerMachine.spinn5(), Files.createTempDirectory("spinnaker-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ArtifactReader reader() {
        return ArtifactReader.open(dir);
    }

    EmulationResult emulate() {
        return new SpinnakerEmulator(reader(), EmulatorOptions.defaults()).run();
    }

    EmulationResult emulate(final EmulatorOptions options) {
        return new SpinnakerEmulator(reader(), options).run();
    }

    /** @return the emulated data of the probe with this device-model id */
    double[][] data(final EmulationResult r, final Probe p) {
        for (DeviceProbe d : mapping.model().probes()) {
            if (d.probe() == p) {
                return r.data(r.probe(d.id()));
            }
        }
        throw new IllegalArgumentException("probe not mapped: " + p);
    }
}
