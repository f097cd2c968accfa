package dev.neurovec.loihi;

/**
 * One verified limit or invariant (hardware.md §E4), as it appears in report.json.
 *
 * @param name     what is checked, e.g. {@code core.synapseBits}
 * @param object   the object checked, e.g. {@code block 'a.decode' (chip 0 core 3)}
 * @param used     the amount used or value found
 * @param limit    the limit or expected value
 * @param ok       whether it holds
 * @param message  a sentence naming object, resource, used amount and limit
 */
public record Check(String name, String object, long used, long limit, boolean ok, String message) {

    /**
     * A {@code used <= limit} check.
     *
     * @param name     check name
     * @param object   object description
     * @param resource resource name for the message
     * @param used     used amount
     * @param limit    the limit
     * @return the check
     */
    static Check atMost(final String name, final String object, final String resource, final long used,
                        final long limit) {
        final boolean ok = used <= limit;
        return new Check(name, object, used, limit, ok, object + ": " + resource + " " + used + (ok ? " <= " : " > ")
            + "limit " + limit);
    }

    /**
     * A check with a free message.
     *
     * @param name    check name
     * @param object  object description
     * @param ok      whether it holds
     * @param detail  what was found
     * @return the check
     */
    static Check of(final String name, final String object, final boolean ok, final String detail) {
        return new Check(name, object, ok ? 0 : 1, 0, ok, object + ": " + detail);
    }
}
