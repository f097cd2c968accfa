package dev.neurovec.spinnaker;

/**
 * What the emulator counted (hardware.md §E3.2): packet traffic, every kind of lost or misdelivered packet, and
 * wrapped on-core arithmetic. The step loop increments the fields directly; nothing here allocates.
 */
public final class EmulatorCounters {
    long sent;
    long delivered;
    long droppedNoRoute;
    long droppedDeadLink;
    long droppedQueueFull;
    long droppedNoCore;
    long loops;
    long duplicates;
    long wastedNoFilter;
    long outOfSlice;
    long defaultRouted;
    long overflows;
    long maxSentInStep;
    final long[] sentPerChip;
    final long[] linkTraversals;

    EmulatorCounters(final int slots) {
        sentPerChip = new long[slots];
        linkTraversals = new long[slots * 6];
    }

    /** @return multicast packets sent by cores */
    public long sent() {
        return sent;
    }

    /** @return packets delivered to a core's queue */
    public long delivered() {
        return delivered;
    }

    /** @return packets from a local core that matched no entry at their source chip (dropped by the router) */
    public long droppedNoRoute() {
        return droppedNoRoute;
    }

    /** @return packets sent into a dead link or off the machine */
    public long droppedDeadLink() {
        return droppedDeadLink;
    }

    /** @return packets dropped because a core's queue was full */
    public long droppedQueueFull() {
        return droppedQueueFull;
    }

    /** @return packets routed to a core that runs nothing */
    public long droppedNoCore() {
        return droppedNoCore;
    }

    /** @return packets discarded at the hop limit (routing loops) */
    public long loops() {
        return loops;
    }

    /** @return packets delivered twice to one core */
    public long duplicates() {
        return duplicates;
    }

    /** @return delivered packets that matched no filter-routing entry of the core (wasted deliveries) */
    public long wastedNoFilter() {
        return wastedNoFilter;
    }

    /** @return delivered packets whose dimension fell outside the core's input slice */
    public long outOfSlice() {
        return outOfSlice;
    }

    /** @return hops taken by default routing (no entry, straight through) */
    public long defaultRouted() {
        return defaultRouted;
    }

    /** @return wrapped 32-bit results in on-core arithmetic (accumulators, currents, decoded sums) */
    public long overflows() {
        return overflows;
    }

    /** @return the most packets sent in one step */
    public long maxSentInStep() {
        return maxSentInStep;
    }

    /** @return every packet lost or misdelivered: drops, loops, duplicates, wasted and out-of-slice deliveries */
    public long faults() {
        return droppedNoRoute + droppedDeadLink + droppedQueueFull + droppedNoCore + loops + duplicates
            + wastedNoFilter + outOfSlice;
    }

    /**
     * @param chip a chip index
     * @return packets sent by its cores
     */
    public long sentByChip(final int chip) {
        return sentPerChip[chip];
    }

    /**
     * @param chip a chip index
     * @param link a link
     * @return packets sent out of that link
     */
    public long linkTraversals(final int chip, final Link link) {
        return linkTraversals[chip * 6 + link.ordinal()];
    }
}
