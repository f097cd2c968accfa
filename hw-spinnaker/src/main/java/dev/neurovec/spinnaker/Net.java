package dev.neurovec.spinnaker;

import java.util.List;

/**
 * A routing net: the rows of one signal that leave one source chip and go to exactly the same sink cores. A
 * signal whose sink operator is split by input dimension becomes several nets, so that every core receives only
 * the rows inside its input slice (hardware.md §E4.4). The routing keys of a net are aligned power-of-two blocks of
 * its rows.
 *
 * @param id          net id
 * @param signal      the signal
 * @param cluster     rank of the source chip among the chips the source operator occupies (the key's cluster field)
 * @param sourceChip  the source chip index
 * @param sources     vertices on that chip that send these rows
 * @param rows        the signal rows, ascending
 * @param sinks       sink vertices, by id
 * @param sinkFilters for each sink vertex, the input filter index the signal feeds there
 * @param blocks      aligned blocks {@code {base, size}} tiling {@code rows}
 */
public record Net(int id, DeviceSignal signal, int cluster, int sourceChip, List<Vertex> sources, int[] rows,
                  List<Vertex> sinks, int[] sinkFilters, List<int[]> blocks) {

    /**
     * @param row a signal row
     * @return whether this net carries it
     */
    public boolean hasRow(final int row) {
        return java.util.Arrays.binarySearch(rows, row) >= 0;
    }

    /**
     * Aligned power-of-two blocks covering exactly the given sorted rows.
     *
     * @param rows rows, ascending, distinct
     * @return blocks {@code {base, size}}
     */
    static List<int[]> blocks(final int[] rows) {
        final List<int[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < rows.length) {
            int j = i;
            while (j + 1 < rows.length && rows[j + 1] == rows[j] + 1) {
                j++;
            }
            int a = rows[i];
            final int end = rows[j] + 1;
            while (a < end) {
                int size = a == 0 ? Integer.highestOneBit(end) : Integer.lowestOneBit(a);
                while (a + size > end) {
                    size >>= 1;
                }
                out.add(new int[] {a, size});
                a += size;
            }
            i = j + 1;
        }
        return out;
    }
}
