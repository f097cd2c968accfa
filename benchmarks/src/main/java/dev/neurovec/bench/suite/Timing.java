package dev.neurovec.bench.suite;

import java.util.List;

/**
 * What one (network, executor, minibatch) measurement found.
 *
 * @param buildS       wall seconds to construct the simulator
 * @param repSPerSimS  each timed rep, in wall seconds per simulated second
 * @param repCpuSPerSimS each timed rep, in CPU seconds of the stepping thread per simulated second
 * @param steps        steps per timed rep
 * @param warmupSteps  untimed steps run first
 * @param planDescribe {@code Plan.describe()} of an optimized simulator, else null
 * @param profile      per-group profile lines, else an empty list
 * @param bound        the physical bound of an optimized simulator's plan, else null
 */
record Timing(double buildS, double[] repSPerSimS, double[] repCpuSPerSimS, int steps, int warmupSteps,
              String planDescribe,
              List<String> profile, PhysicalBound bound) {

    /** @return the median rep (the mean of the two middle ones for an even count) */
    double median() {
        return Stats.median(repSPerSimS);
    }

    /** @return the median rep in CPU seconds of the stepping thread */
    double cpuMedian() {
        return Stats.median(repCpuSPerSimS);
    }

    /** @return the fastest rep */
    double best() {
        double b = Double.POSITIVE_INFINITY;
        for (double v : repSPerSimS) {
            b = Math.min(b, v);
        }
        return b;
    }
}
