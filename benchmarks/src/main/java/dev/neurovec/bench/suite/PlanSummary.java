package dev.neurovec.bench.suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a {@code Plan.describe()} text the suite reports: each group's member count, kernel
 * calls and bytes per step, and the plan's total MB per step. Parsed from the text because the plan
 * exposes its byte counts only there.
 */
final class PlanSummary {
    private static final Pattern GROUP = Pattern.compile("^\\s+(\\d+)\\s+(.+?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*(.*)$");
    private static final Pattern TOTAL = Pattern.compile("([0-9.]+) MB moved per step");

    /**
     * One group line.
     *
     * @param index        the group's number in the plan
     * @param key          the group key
     * @param ops          merged operators
     * @param calls        kernel calls per step
     * @param bytesPerStep bytes read and written per step
     * @param notes        product paths, if any
     */
    record Group(int index, String key, int ops, int calls, long bytesPerStep, String notes) {
    }

    private final List<Group> groups;
    private final double mbPerStep;

    private PlanSummary(final List<Group> groups, final double mbPerStep) {
        this.groups = groups;
        this.mbPerStep = mbPerStep;
    }

    /**
     * @param describe the text of {@code Plan.describe()}
     * @return its numbers; groups that do not parse are skipped
     */
    static PlanSummary parse(final String describe) {
        final List<Group> groups = new ArrayList<>();
        double mb = Double.NaN;
        boolean inTable = false;
        for (String line : describe.split("\\R")) {
            final Matcher t = TOTAL.matcher(line);
            if (t.find()) {
                mb = Double.parseDouble(t.group(1));
                continue;
            }
            if (line.trim().startsWith("#")) {
                inTable = true;
                continue;
            }
            final Matcher g = GROUP.matcher(line);
            if (inTable && g.matches()) {
                groups.add(new Group(Integer.parseInt(g.group(1)), g.group(2), Integer.parseInt(g.group(3)),
                    Integer.parseInt(g.group(4)),
                    Long.parseLong(g.group(5)), g.group(6).trim()));
            }
        }
        return new PlanSummary(Collections.unmodifiableList(groups), mb);
    }

    /** @return the groups in plan order */
    List<Group> groups() {
        return groups;
    }

    /** @return total MB per step, or NaN when absent */
    double mbPerStep() {
        return mbPerStep;
    }
}
