package dev.neurovec.bench.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of one suite run, validated when made; defaults in {@link #defaults()}.
 *
 * @param quick                  run only the {@code --quick} subset
 * @param cases                  case names to run (empty: all, or the quick subset)
 * @param jsonFile               file the JSON lines are appended to, or null
 * @param reps                   timed reps per (case, executor, minibatch), &gt;= 1
 * @param steps                  steps per timed rep of the optimized executor, &gt;= 1
 * @param minibatches            minibatch sizes to run, each &gt;= 1
 * @param warmupSeconds          wall seconds of untimed steps before timing, &gt;= 0
 * @param referenceRepSeconds    wall-time budget of one reference rep: the reference executor runs as many
 *                               steps as fit (at most {@code steps}), and says how many, &gt; 0
 * @param maxRepSeconds          wall-time cap of one optimized rep: slower cases time fewer steps, &gt; 0
 * @param profile                also time every op group of the optimized plan (minibatch 1 and the largest)
 * @param explain                print {@code Plan.describe()} of every optimized simulator
 * @param list                   list the cases and exit
 */
public record SuiteOptions(boolean quick, List<String> cases, Path jsonFile, int reps, int steps,
                           List<Integer> minibatches, double warmupSeconds, double referenceRepSeconds,
                           double maxRepSeconds, boolean profile, boolean explain, boolean list) {

    /** Validates every field. */
    public SuiteOptions {
        cases = List.copyOf(cases);
        minibatches = List.copyOf(minibatches);
        if (reps < 1) {
            throw new IllegalArgumentException("--reps = " + reps + "; expected >= 1");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("--steps = " + steps + "; expected >= 1");
        }
        if (minibatches.isEmpty()) {
            throw new IllegalArgumentException("--minibatch: no sizes; expected at least one size >= 1");
        }
        for (int b : minibatches) {
            if (b < 1) {
                throw new IllegalArgumentException("--minibatch = " + b + "; expected sizes >= 1");
            }
        }
        if (!(warmupSeconds >= 0) || Double.isInfinite(warmupSeconds)) {
            throw new IllegalArgumentException("--warmup-seconds = " + warmupSeconds
                + "; expected a finite value >= 0");
        }
        if (!(referenceRepSeconds > 0) || Double.isInfinite(referenceRepSeconds)) {
            throw new IllegalArgumentException("--reference-rep-seconds = " + referenceRepSeconds
                + "; expected a finite value > 0");
        }
        if (!(maxRepSeconds > 0) || Double.isInfinite(maxRepSeconds)) {
            throw new IllegalArgumentException("--max-rep-seconds = " + maxRepSeconds
                + "; expected a finite value > 0");
        }
    }

    /** @return the full suite: 5 reps of 1000 steps at minibatch 1 and 64, 3 s warm-up */
    public static SuiteOptions defaults() {
        return new SuiteOptions(false, List.of(), null, 5, 1000, List.of(1, 64), 3.0, 3.0, 20.0, false, false, false);
    }

    /**
     * @return the {@code --quick} settings: the quick subset, 3 reps, 1 s warm-up, 1 s reference reps, optimized
     *     reps capped at 3 s (so that the subset ends within about 2 minutes even on a loaded machine)
     */
    public SuiteOptions asQuick() {
        return new SuiteOptions(true, cases, jsonFile, Math.min(reps, 3), steps, minibatches,
            Math.min(warmupSeconds, 1.0),
            Math.min(referenceRepSeconds, 1.0), Math.min(maxRepSeconds, 3.0), profile, explain, list);
    }
}
