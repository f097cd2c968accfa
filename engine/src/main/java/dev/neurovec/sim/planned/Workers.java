package dev.neurovec.sim.planned;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed set of worker threads that run the parts of one large group together with the stepping
 * thread. Parts write disjoint memory and each part's arithmetic does not depend on which thread runs
 * it, so results are bit-identical for any thread count.
 *
 * <p>Every task gets a generation number, and the part and completion counters carry it in their high
 * 32 bits: a worker claims a part only by compare-and-set on a counter of its own generation, so a slow
 * worker still holding an earlier task can never take, or be counted for, a part of a newer one. Waiting
 * spins briefly then parks; nothing is allocated per task. {@code WorkersTest} stresses the hand-over.
 */
final class Workers implements AutoCloseable {
    /** The parts of one parallel task. */
    interface Task {
        void run(int part);
    }

    private static final int SPINS = 2_000;
    private final Thread[] threads;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    /**
     * Task and part count of generation g sit in slot {@code g & 1}, written before the generation is
     * published and rewritten only two generations later, so a worker never pairs one task with another's
     * count (a stale pairing could claim a part index past the old task's range).
     */
    private final Task[] slotTask = new Task[2];
    private final int[] slotCount = new int[2];
    private volatile int generation;
    private volatile boolean running = true;
    private volatile Thread caller;
    private volatile Throwable failure;

    Workers(final int threads, final String name) {
        this.threads = new Thread[Math.max(0, threads - 1)];
        for (int i = 0; i < this.threads.length; i++) {
            final Thread t = new Thread(this::loop, name + "-worker-" + i);
            t.setDaemon(true);
            this.threads[i] = t;
            t.start();
        }
    }

    /** @return threads that run parts, including the caller */
    int size() {
        return threads.length + 1;
    }

    /**
     * Runs parts {@code 0 .. count-1} of a task and returns when all are done.
     *
     * @param t     the task
     * @param count number of parts
     */
    void run(final Task t, final int count) {
        if (threads.length == 0 || count == 1) {
            for (int p = 0; p < count; p++) {
                t.run(p);
            }
            return;
        }
        caller = Thread.currentThread();
        final int gen = generation + 1;
        slotTask[gen & 1] = t;
        slotCount[gen & 1] = count;
        final long base = (long) gen << 32;
        next.set(base);
        done.set(base);
        generation = gen;
        for (Thread w : threads) {
            LockSupport.unpark(w);
        }
        work(gen, t, count);
        final long target = base + count;
        int spins = 0;
        while (done.get() != target) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(this, 10_000L);
            }
        }
        final Throwable f = failure;
        if (f != null) {
            failure = null;
            if (f instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a worker failed", f);
        }
    }

    /** Claims and runs parts of generation {@code gen} until none is left (or a newer task has started). */
    private void work(final int gen, final Task t, final int count) {
        while (true) {
            final long v = next.get();
            if ((int) (v >>> 32) != gen || (int) v >= count) {
                return;
            }
            if (!next.compareAndSet(v, v + 1)) {
                continue;
            }
            try {
                t.run((int) v);
            } catch (Throwable e) {
                failure = e;
            }
            if (done.incrementAndGet() == ((long) gen << 32) + count) {
                LockSupport.unpark(caller);
            }
        }
    }

    private void loop() {
        int seen = 0;
        while (running) {
            int spins = 0;
            while (generation == seen && running) {
                if (++spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            seen = generation;
            final Task t = slotTask[seen & 1];
            final int count = slotCount[seen & 1];
            if (running && t != null) {
                work(seen, t, count);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
        for (Thread t : threads) {
            try {
                t.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
