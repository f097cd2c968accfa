package dev.neurovec.spinnaker;

/**
 * The 32-bit multicast key layout and the connection ids (hardware.md §B2.4). From the least significant bit:
 * {@code index} (the signal row), {@code cluster} (rank of the source chip among the chips its operator
 * occupies), {@code connectionId} (the signal's colour) and {@code user} (0 = this mapper's packets). Routing keys
 * match {@code user, connectionId, cluster} and the high bits of {@code index} of an aligned row block; filter
 * routing on the cores matches {@code user, connectionId} only, so every cluster of a source hits the same filter,
 * and {@code index & dimensionMask} gives the dimension.
 */
public final class KeySpace {
    /** Width of the user field. */
    public static final int USER_BITS = 1;
    /** Value of the user field for this mapper's packets. */
    public static final int USER_NENGO = 0;

    private final int indexBits;
    private final int clusterBits;
    private final int connectionBits;
    private final int[] connectionIds;

    /**
     * @param indexBits      width of the index field
     * @param clusterBits    width of the cluster field
     * @param connectionBits width of the connection-id field
     * @param connectionIds  connection id per signal id
     */
    public KeySpace(final int indexBits, final int clusterBits, final int connectionBits, final int[] connectionIds) {
        this.indexBits = indexBits;
        this.clusterBits = clusterBits;
        this.connectionBits = connectionBits;
        this.connectionIds = connectionIds.clone();
    }

    /** @return {@code {lsb, width}} of the index field */
    public int[] indexField() {
        return new int[] {0, indexBits};
    }

    /** @return {@code {lsb, width}} of the cluster field */
    public int[] clusterField() {
        return new int[] {indexBits, clusterBits};
    }

    /** @return {@code {lsb, width}} of the connection-id field */
    public int[] connectionField() {
        return new int[] {indexBits + clusterBits, connectionBits};
    }

    /** @return {@code {lsb, width}} of the user field */
    public int[] userField() {
        return new int[] {indexBits + clusterBits + connectionBits, USER_BITS};
    }

    /** @return bits used by all fields */
    public int totalBits() {
        return indexBits + clusterBits + connectionBits + USER_BITS;
    }

    /**
     * @param signal a signal
     * @return its connection id
     */
    public int connectionId(final DeviceSignal signal) {
        return connectionIds[signal.id()];
    }

    /** @return number of distinct connection ids (colours) */
    public int colours() {
        int max = -1;
        for (int c : connectionIds) {
            max = Math.max(max, c);
        }
        return max + 1;
    }

    private static int mask(final int[] field) {
        return field[1] == 0 ? 0 : (int) (((1L << field[1]) - 1) << field[0]);
    }

    /** @return mask of the index field (the filter routing's dimension mask) */
    public int dimensionMask() {
        return mask(indexField());
    }

    /** @return mask of the user and connection-id fields (filter routing mask) */
    public int filterMask() {
        return mask(userField()) | mask(connectionField());
    }

    /**
     * @param signal a signal
     * @return its filter routing key
     */
    public int filterKey(final DeviceSignal signal) {
        return (USER_NENGO << userField()[0]) | (connectionId(signal) << connectionField()[0]);
    }

    /**
     * @param signal  a signal
     * @param cluster the sender's cluster field
     * @param row     the row
     * @return the packet key
     */
    public int key(final DeviceSignal signal, final int cluster, final int row) {
        return filterKey(signal) | (cluster << clusterField()[0]) | row;
    }

    /**
     * @param net   a net
     * @param block an aligned row block {@code {base, size}}
     * @return {@code {key, mask}} of the routing entry covering it
     */
    public int[] routingKeyMask(final Net net, final int[] block) {
        final int mask = filterMask() | mask(clusterField()) | (dimensionMask() & ~(block[1] - 1));
        return new int[] {key(net.signal(), net.cluster(), block[0]), mask};
    }
}
