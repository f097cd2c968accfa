package dev.neurovec.sim;

import java.util.List;

/**
 * Where the planned executor's steps went: the wall time of each operator group over a number of
 * steps, from {@link Simulator#profile(int)}.
 *
 * @param groups group names in run order (as in {@code Plan.describe()}, without the clock update)
 * @param nanos  wall nanoseconds each group took over all the steps
 * @param steps  steps profiled
 */
public record StepProfile(List<String> groups, long[] nanos, int steps) {

    /** Copies the arrays so the profile cannot change under its reader. */
    public StepProfile {
        groups = List.copyOf(groups);
        nanos = nanos.clone();
        if (nanos.length != groups.size()) {
            throw new IllegalArgumentException(nanos.length + " times for " + groups.size() + " groups");
        }
    }

    /**
     * @param group index in {@link #groups()}
     * @return microseconds per step that group took
     */
    public double microsPerStep(final int group) {
        return nanos[group] / 1e3 / steps;
    }

    /** @return microseconds per step of all groups together */
    public double totalMicrosPerStep() {
        long total = 0;
        for (long n : nanos) {
            total += n;
        }
        return total / 1e3 / steps;
    }

    @Override
    public long[] nanos() {
        return nanos.clone();
    }
}
