package dev.neurovec.bench.suite;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.DotSet;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.SimNeurons;
import dev.neurovec.graph.OpGroup;
import dev.neurovec.graph.Plan;
import dev.neurovec.network.neurons.NeuronType;

/**
 * The fastest a plan could run on this machine if it did the same dense work: the larger of its
 * arithmetic at the FMA peak and its bytes at the bandwidth of the memory level its working set fits
 * in. Event-driven products can beat this bound (they skip the columns of silent neurons), so it is a
 * bound for the dense algorithm, not for every algorithm.
 *
 * <p>Figures from {@code targets.md} (measured on this machine) unless said otherwise:
 * <ul>
 *   <li>FP32 FMA peak 116 GFLOP/s on one core;</li>
 *   <li>DRAM 25 GB/s for one thread (22-27 measured), L3 55 GB/s (32 MiB shared);</li>
 *   <li>L2 (1 MiB per core): 200 GB/s, an estimate from Zen 4's 64 bytes per cycle at 3.66 GHz,
 *       halved for read plus write; not measured.</li>
 * </ul>
 * Neuron updates are counted at {@value #LIF_FLOPS} FLOP for LIF-like types (about 12 arithmetic
 * operations plus a 15-operation polynomial {@code expm1}; an assumed count, not a measured one) and
 * {@value #SIMPLE_FLOPS} for rectified-linear ones; copies, resets and filters count only as bytes.
 *
 * @param flopsPerStep    floating-point operations per step (products at 2 per multiply-add)
 * @param bytesPerStep    bytes the plan moves per step ({@code Plan.describe()})
 * @param workingSetBytes state and parameters of the plan
 * @param level           the memory level the working set fits in: L2, L3 or DRAM
 * @param boundSPerStep   max(flops / peak, bytes / bandwidth), in seconds per step
 */
record PhysicalBound(double flopsPerStep, double bytesPerStep, double workingSetBytes, String level,
                     double boundSPerStep) {
    /** FP32 FMA peak of one core, FLOP/s (targets.md). */
    static final double PEAK_FLOPS = 116e9;
    /** One-thread DRAM triad bandwidth, bytes/s (targets.md: 22-27). */
    static final double DRAM_BYTES_PER_S = 25e9;
    /** L3 bandwidth, bytes/s (targets.md). */
    static final double L3_BYTES_PER_S = 55e9;
    /** L2 bandwidth, bytes/s: an estimate (64 B/cycle at 3.66 GHz, halved for read plus write), not measured. */
    static final double L2_BYTES_PER_S = 200e9;
    /** L2 per core ({@code /sys/devices/system/cpu/cpu0/cache}). */
    static final double L2_BYTES = 1 << 20;
    /** Shared L3. */
    static final double L3_BYTES = 32 << 20;
    /** FLOP per LIF-like neuron update (assumed; see the class comment). */
    static final int LIF_FLOPS = 30;
    /** FLOP per rectified-linear neuron update. */
    static final int SIMPLE_FLOPS = 2;

    /**
     * @param plan         the plan a simulator runs
     * @param bytesPerStep the plan's bytes per step (from its description)
     * @return the bound
     */
    static PhysicalBound of(final Plan plan, final double bytesPerStep) {
        final int batch = plan.layout().batch();
        double flops = 0;
        for (OpGroup g : plan.groups()) {
            for (Operator op : g.ops()) {
                if (op instanceof DotInc d) {
                    flops += product(plan, d.a(), d.x(), batch);
                } else if (op instanceof DotSet d) {
                    flops += product(plan, d.a(), d.x(), batch);
                } else if (op instanceof SimNeurons n) {
                    flops += (double) n.j().size() * batch * flopsPerUpdate(n.type());
                }
            }
        }
        final double ws = 4.0 * ((double) plan.layout().stateSize() * batch + plan.layout().paramsSize());
        final String level = ws <= L2_BYTES ? "L2" : ws <= L3_BYTES ? "L3" : "DRAM";
        final double bw = ws <= L2_BYTES ? L2_BYTES_PER_S : ws <= L3_BYTES ? L3_BYTES_PER_S : DRAM_BYTES_PER_S;
        return new PhysicalBound(flops, bytesPerStep, ws, level, Math.max(flops / PEAK_FLOPS, bytesPerStep / bw));
    }

    private static double product(final Plan plan, final Signal a, final Signal x, final int batch) {
        final boolean batched = plan.layout().batched(x);
        return 2.0 * a.rows() * a.cols() * (batched ? batch : 1);
    }

    private static int flopsPerUpdate(final NeuronType t) {
        final String name = t.getClass().getSimpleName();
        return name.contains("Rectified") ? SIMPLE_FLOPS : LIF_FLOPS;
    }
}
