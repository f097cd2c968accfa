package dev.neurovec.spinnaker;

/**
 * One limit or invariant and whether it holds (hardware.md §E4), as listed under {@code checks} in
 * {@code report.json}. {@code used} and {@code limit} are the worst case found and the bound; {@code detail} names
 * the offending object when the check fails, or the worst one when it passes.
 *
 * @param name   what is checked
 * @param ok     whether it holds
 * @param used   the worst value found
 * @param limit  the bound
 * @param detail the object involved
 */
public record Check(String name, boolean ok, String used, String limit, String detail) {

    /**
     * @param name   what is checked
     * @param used   worst value
     * @param limit  bound (inclusive)
     * @param detail object involved
     * @return a check that holds when {@code used <= limit}
     */
    public static Check atMost(final String name, final long used, final long limit, final String detail) {
        return new Check(name, used <= limit, Long.toString(used), Long.toString(limit), detail);
    }

    /**
     * @param name   what is checked
     * @param faults number of violations found
     * @param detail the first violation, or what was covered
     * @return a check that holds when there are no violations
     */
    public static Check none(final String name, final long faults, final String detail) {
        return new Check(name, faults == 0, Long.toString(faults), "0", detail);
    }
}
