package dev.neurovec.spinnaker;

/**
 * What one application core does each step, rebuilt from its SDRAM image. A step runs in three phases over all
 * cores in (x, y, p) order, which is what the cores' barrier synchronisation guarantees on hardware:
 * {@link #input} (drain the packets delivered during the previous step, run the filters), {@link #neurons}
 * (ensembles only: LIF update, spike vector) and {@link #output} (decode or play back, send packets). A packet sent
 * in step t is filtered by its receiver in step t + 1 (the fixed one-hop latency of §B2.5).
 */
abstract sealed class CoreProgram permits EnsembleCore, FilterCore, SourceCore, SinkCore {
    final int vertex;
    final int chip;
    final int core;
    private int[] curKey;
    private int[] curPayload;
    private int curCount;
    private int[] nextKey;
    private int[] nextPayload;
    private int nextCount;
    int lastPacket = -1;

    CoreProgram(final int vertex, final int chip, final int core) {
        this.vertex = vertex;
        this.chip = chip;
        this.core = core;
    }

    void allocateQueue(final int capacity) {
        curKey = new int[capacity];
        curPayload = new int[capacity];
        nextKey = new int[capacity];
        nextPayload = new int[capacity];
    }

    /** @return whether the packet was queued; false when the queue is full */
    final boolean enqueue(final int key, final int payload) {
        if (nextCount == nextKey.length) {
            return false;
        }
        nextKey[nextCount] = key;
        nextPayload[nextCount++] = payload;
        return true;
    }

    final void swapQueues() {
        final int[] k = curKey;
        final int[] p = curPayload;
        curKey = nextKey;
        curPayload = nextPayload;
        curCount = nextCount;
        nextKey = k;
        nextPayload = p;
        nextCount = 0;
    }

    final void drain(final InputStage in, final EmulatorCounters c) {
        final int n = curCount;
        final int[] k = curKey;
        final int[] p = curPayload;
        for (int i = 0; i < n; i++) {
            in.receive(k[i], p[i], c);
        }
        curCount = 0;
    }

    abstract void input(int step, EmulatorCounters c);

    void neurons(final int step, final EmulatorCounters c) {
    }

    abstract void output(int step, PacketRouter router, EmulatorCounters c);
}
