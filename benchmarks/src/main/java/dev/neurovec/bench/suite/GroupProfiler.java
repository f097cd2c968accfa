package dev.neurovec.bench.suite;

import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.StepProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a step's time goes: {@link Simulator#profile} times each group of a planned simulator, and
 * this relates each group's time to the bytes the plan says it moves. The clock reads add some
 * 20-50 ns per group, so the sum is a little above a plain step; the shares are what matter.
 */
final class GroupProfiler {
    private GroupProfiler() {
    }

    /**
     * @param sim   a simulator on the planned executor, already warmed up
     * @param steps steps to profile
     * @param plan  the parsed plan description of that simulator
     * @return one formatted line per group, heaviest share first, after a header
     */
    static List<String> profile(final Simulator sim, final int steps, final PlanSummary plan) {
        final StepProfile profile = sim.profile(steps);
        final long[] nanos = profile.nanos();
        final int n = nanos.length;
        long total = 0;
        for (long t : nanos) {
            total += t;
        }
        final String[] names = profile.groups().toArray(new String[0]);
        final List<PlanSummary.Group> planned = withoutClock(plan.groups());
        final boolean aligned = planned.size() == n && sameKeys(planned, names);
        final List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(nanos[b], nanos[a]));
        final List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%d steps, %.4f ms per step (sum of groups)%s", steps,
            total / 1e6 / steps, aligned ? "" : "; plan lines could not be matched to the bound groups"));
        out.add(String.format(Locale.ROOT, "%4s  %-34s %6s %6s %12s %10s %7s %8s", "#", "group", "ops", "calls",
            "bytes/step", "us/step", "share", "GB/s"));
        for (int i : order) {
            final double us = nanos[i] / 1e3 / steps;
            final PlanSummary.Group g = aligned ? planned.get(i) : null;
            // numbered as in Plan.describe(), whose group 0 is the clock update the executor does not bind
            out.add(String.format(Locale.ROOT, "%4s  %-34s %6s %6s %12s %10.2f %6.1f%% %8s%s",
                g == null ? "b" + i : Integer.toString(g.index()), abbreviate(names[i]),
                g == null ? "" : g.ops(), g == null ? "" : g.calls(), g == null ? "" : g.bytesPerStep(), us,
                100.0 * nanos[i] / total,
                g == null || us == 0 ? "" : String.format(Locale.ROOT, "%.1f", g.bytesPerStep() / (us * 1e3)),
                g == null || g.notes().isEmpty() ? "" : "  " + g.notes()));
        }
        return out;
    }

    /** The executor binds no group for the clock update, so the plan's TimeUpdate line has no twin. */
    private static List<PlanSummary.Group> withoutClock(final List<PlanSummary.Group> groups) {
        final List<PlanSummary.Group> out = new ArrayList<>();
        for (PlanSummary.Group g : groups) {
            if (!g.key().equals("TimeUpdate")) {
                out.add(g);
            }
        }
        return out;
    }

    private static boolean sameKeys(final List<PlanSummary.Group> planned, final String[] names) {
        for (int i = 0; i < names.length; i++) {
            if (!planned.get(i).key().equals(names[i])) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(final String s) {
        return s.length() <= 34 ? s : s.substring(0, 31) + "...";
    }
}
