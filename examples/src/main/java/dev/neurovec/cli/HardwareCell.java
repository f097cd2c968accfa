package dev.neurovec.cli;

import dev.neurovec.examples.tutorial.HardwareRun;
import dev.neurovec.examples.tutorial.LoihiRun;
import dev.neurovec.examples.tutorial.SpinnakerRun;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Cell [6] of the demo: the tutorial's "Running on neuromorphic hardware". The NEF network of cell [5] goes
 * to the SpiNNaker and Loihi back-ends, which emit their files and emulate them. A back-end that fails is
 * reported and the demo goes on: these runs are shown, not held to a bound.
 */
final class HardwareCell {
    private HardwareCell() {
    }

    /**
     * @param o          where to print
     * @param out        the demo's output folder (artifacts go to {@code spinnaker/} and {@code loihi/})
     * @param seconds    simulated time of each emulation
     * @param dt         the time step
     * @param cpuRmse    the float simulation's RMSE against sin(x²) in cell [5]
     * @param cpuSeconds cell [5]'s simulated time
     * @return the runs that completed
     */
    static List<HardwareRun> run(final PrintStream o, final Path out, final double seconds, final double dt,
                                 final double cpuRmse, final double cpuSeconds) {
        final int steps = (int) Math.round(seconds / dt);
        o.printf(Locale.ROOT, "[6] Running on neuromorphic hardware: the network of [5] on each back-end, emulated"
            + " from the files it emitted, %.1f s (%d steps)%n", seconds, steps);
        o.printf(Locale.ROOT, "    CPU (NeuroVec, float32, cell [5]): RMSE vs sin(x^2) %.4f over %.1f s%n", cpuRmse,
            cpuSeconds);
        final List<HardwareRun> runs = new ArrayList<>();
        one(o, "SpiNNaker", SpinnakerRun::run, out.resolve("spinnaker"), steps, runs);
        one(o, "Loihi", LoihiRun::run, out.resolve("loihi"), steps, runs);
        return runs;
    }

    private static void one(final PrintStream o, final String name, final BiFunction<Path, Integer, HardwareRun> f,
                            final Path dir, final int steps, final List<HardwareRun> runs) {
        final HardwareRun r;
        try {
            r = f.apply(dir, steps);
        } catch (RuntimeException e) {
            // Shown, not held to a bound: a back-end's failure is this cell's output, not the demo's end.
            o.println("    " + name + ": failed: " + e);
            return;
        }
        runs.add(r);
        o.printf(Locale.ROOT, "    %s (%s): %s%n", name, r.target(), r.network());
        o.println("      artifact: " + r.dir().toAbsolutePath());
        o.printf(Locale.ROOT, "      used:     %d chip%s, %d cores; %s%n", r.chipsUsed(), r.chipsUsed() == 1 ? "" : "s",
            r.coresUsed(), r.resources());
        o.printf(Locale.ROOT, "      RMSE of %s vs %s: %.4f  (float simulation of the same network: %.4f)%n",
            r.output(), r.function(), r.rmseFunction(), r.rmseFunctionSim());
        o.printf(Locale.ROOT, "      RMSE vs the float simulation: %.4f  (best lag %d step%s, first %d steps left"
            + " out)%n", r.rmseSim(), r.lagSteps(), r.lagSteps() == 1 ? "" : "s", r.settleSteps());
        o.printf(Locale.ROOT, "      checks of the artifact and the emulation: %d/%d hold; %.1f s%n", r.checksPassed(),
            r.checksTotal(), r.seconds());
    }
}
