package dev.neurovec.bench.suite;

import dev.neurovec.network.library.BenchmarkNetwork;
import dev.neurovec.sim.ExecutorKind;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * A simulation benchmark: one network, timed for each minibatch size first on the reference executor
 * (the baseline, within a wall budget per rep) and then on the planned ("optimized") executor, in the
 * same process, one after the other.
 */
public final class SimulationCase implements BenchCase {
    /** Nengo's default time step, which the simulator options default to: every case runs at it. */
    private static final double DT = 0.001;

    private final String name;
    private final String description;
    private final boolean quick;
    private final Supplier<BenchmarkNetwork> network;
    private final PeerFigures peers;

    /**
     * @param name        the case name
     * @param description what the network is
     * @param quick       whether it belongs to the quick subset
     * @param network     builds the (seeded) network; called once per run of the case
     * @param peers       the peer figures to compare with
     */
    public SimulationCase(final String name, final String description, final boolean quick,
                          final Supplier<BenchmarkNetwork> network, final PeerFigures peers) {
        this.name = name;
        this.description = description;
        this.quick = quick;
        this.network = network;
        this.peers = peers;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean quick() {
        return quick;
    }

    /** @return the peer figures */
    public PeerFigures peers() {
        return peers;
    }

    @Override
    public void run(final SuiteOptions o, final ResultSink sink) {
        final BenchmarkNetwork net = network.get();
        for (int batch : o.minibatches()) {
            sink.log(String.format(Locale.ROOT, "%s (%d neurons), minibatch %d: reference", name, net.neurons(),
                batch));
            final Timing ref = SimulationTimer.time(net, ExecutorKind.REFERENCE, batch, o, o.referenceRepSeconds(),
                false);
            final ResultLine refLine = line(net, "reference", batch, ref);
            sink.accept(refLine);
            sink.log(String.format(Locale.ROOT, "%s, minibatch %d: optimized", name, batch));
            final boolean profile = o.profile() && (batch == o.minibatches().get(0)
                || batch == o.minibatches().get(o.minibatches().size() - 1));
            final Timing opt = SimulationTimer.time(net, ExecutorKind.PLANNED, batch, o, o.maxRepSeconds(), profile);
            final ResultLine optLine = line(net, "optimized", batch, opt);
            optLine.put(Fields.SPEEDUP_VS_REFERENCE, ref.median() / opt.median());
            final PhysicalBound b = opt.bound();
            optLine.put(Fields.FLOPS_PER_STEP, b.flopsPerStep())
                .put(Fields.BYTES_PER_STEP, b.bytesPerStep())
                .put(Fields.WORKING_SET_MB, b.workingSetBytes() / 1e6)
                .put(Fields.MEMORY_LEVEL, b.level())
                .put(Fields.BOUND_S_PER_SIM_S, b.boundSPerStep() / DT)
                .put(Fields.FRACTION_OF_BOUND, b.boundSPerStep() / DT / opt.median());
            Targets.annotate(optLine, peers);
            if (o.explain()) {
                sink.log(name + ", minibatch " + batch + ":" + System.lineSeparator()
                    + opt.planDescribe().stripTrailing());
            }
            if (!opt.profile().isEmpty()) {
                sink.log("profile " + name + ", optimized, minibatch " + batch + ": " + String.join(
                    System.lineSeparator(), opt.profile()));
            }
            sink.accept(optLine);
        }
    }

    private ResultLine line(final BenchmarkNetwork net, final String executor, final int batch, final Timing t) {
        final double median = t.median();
        return new ResultLine()
            .put(Fields.CASE, name)
            .put(Fields.EXECUTOR, executor)
            .put(Fields.MINIBATCH, batch)
            .put(Fields.NEURONS, net.neurons())
            .put(Fields.BUILD_S, t.buildS())
            .put(Fields.S_PER_SIM_S, median)
            .put(Fields.S_PER_SIM_S_BEST, t.best())
            .put(Fields.CPU_S_PER_SIM_S, t.cpuMedian())
            // s/sim-s x dt is wall seconds per step
            .put(Fields.NEURON_UPDATES_PER_S, (double) net.neurons() * batch / (median * DT))
            .put(Fields.STEPS, t.steps())
            .put(Fields.REPS, t.repSPerSimS().length)
            .put(Fields.WARMUP_STEPS, t.warmupSteps())
            .put(Fields.DT, DT)
            .put(Fields.THREADS, SimulationTimer.THREADS)
            .put(Fields.KERNELS, Machine.kernels())
            .put(Fields.JDK, Machine.jdk())
            .put(Fields.LOAD_1M, Machine.load1m());
    }
}
