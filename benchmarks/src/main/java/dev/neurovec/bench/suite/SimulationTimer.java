package dev.neurovec.bench.suite;

import dev.neurovec.network.library.BenchmarkNetwork;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Times one network on one executor at one minibatch size: build, warm-up, then timed reps of
 * {@code Simulator.runSteps}. The timed region is only the step loop (with the probes recording, as a
 * user's run would); probe buffers are cleared between reps so none grows during timing.
 */
final class SimulationTimer {
    /** The suite runs single-threaded until the planned executor has worker threads (issue text: keep 1). */
    static final int THREADS = 1;
    /**
     * The stepping thread's CPU time is recorded beside the wall time: on this shared 2-core machine
     * other jobs preempt the run, and CPU time shows how much of a slow rep was waiting, not working.
     */
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    private SimulationTimer() {
    }

    /**
     * @param net      the network
     * @param kind     executor
     * @param batch    minibatch size
     * @param o        suite settings
     * @param maxRepS  wall budget of one rep: the rep times fewer than {@code o.steps()} steps when slower
     * @param profile  whether to profile the groups after timing (optimized only)
     * @return the measurement
     */
    static Timing time(final BenchmarkNetwork net, final ExecutorKind kind, final int batch, final SuiteOptions o,
                       final double maxRepS, final boolean profile) {
        // Garbage of the previous simulator (weights of the large cases are hundreds of MB) must not be
        // collected inside this one's timed reps.
        System.gc();
        final SimulatorOptions options = SimulatorOptions.defaults().withExecutor(kind).withMinibatchSize(batch)
            .withThreads(THREADS);
        final long b0 = System.nanoTime();
        try (Simulator sim = new Simulator(net.network(), options)) {
            final double buildS = (System.nanoTime() - b0) / 1e9;
            final double dt = sim.dt();
            // Warm-up in doubling chunks until the budget is spent: the last chunk gives the step cost.
            int warm = 0;
            int chunk = 1;
            double perStepS = 0;
            final long w0 = System.nanoTime();
            do {
                final long c0 = System.nanoTime();
                sim.runSteps(chunk);
                perStepS = (System.nanoTime() - c0) / 1e9 / chunk;
                warm += chunk;
                sim.clearProbes();
                chunk = Math.min(2 * chunk, o.steps());
            } while ((System.nanoTime() - w0) / 1e9 < o.warmupSeconds());
            final int steps = (int) Math.max(1, Math.min(o.steps(), Math.floor(maxRepS / perStepS)));
            final double[] reps = new double[o.reps()];
            final double[] cpu = new double[o.reps()];
            for (int r = 0; r < reps.length; r++) {
                final long c0 = THREAD.getCurrentThreadCpuTime();
                final long t0 = System.nanoTime();
                sim.runSteps(steps);
                reps[r] = (System.nanoTime() - t0) / 1e9 / (steps * dt);
                cpu[r] = (THREAD.getCurrentThreadCpuTime() - c0) / 1e9 / (steps * dt);
                sim.clearProbes();
            }
            final boolean planned = kind == ExecutorKind.PLANNED;
            if (!planned) {
                return new Timing(buildS, reps, cpu, steps, warm, null, List.of(), null);
            }
            final String text = sim.plan().orElseThrow().describe();
            final PlanSummary summary = PlanSummary.parse(text);
            final PhysicalBound bound = PhysicalBound.of(sim.plan().orElseThrow(), summary.mbPerStep() * 1e6);
            final List<String> lines = profile ? GroupProfiler.profile(sim, steps, summary) : List.of();
            return new Timing(buildS, reps, cpu, steps, warm, text, lines, bound);
        }
    }
}
