package dev.neurovec.spinnaker;

import java.util.Collections;
import java.util.List;

/**
 * The multicast table of one chip, in router order (first match wins).
 *
 * @param chip    chip index
 * @param x       chip x
 * @param y       chip y
 * @param entries the entries
 */
public record RoutingTable(int chip, int x, int y, List<RoutingEntry> entries) {

    /**
     * Makes the list unmodifiable.
     *
     * @param chip chip index
     * @param x chip x
     * @param y chip y
     * @param entries the entries
     */
    public RoutingTable {
        entries = Collections.unmodifiableList(entries);
    }

    /** @return number of entries */
    public int size() {
        return entries.size();
    }

    /**
     * @param key a packet key
     * @return the first matching entry's index, or -1
     */
    public int lookup(final int key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).matches(key)) {
                return i;
            }
        }
        return -1;
    }
}
