package dev.neurovec.sim.planned;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed set of worker threads that run the parts of one large group together with the stepping
 * thread. Parts write disjoint memory and each part's arithmetic does not depend on which thread runs
 * it, so results are bit-identical for any thread count. Waiting spins briefly then parks; nothing is
 * allocated per task.
 */
final class Workers implements AutoCloseable {
    /** The parts of one parallel task. */
    interface Task {
        void run(int part);
    }

    private static final int SPINS = 2_000;
    private final Thread[] threads;
    private final AtomicInteger nextPart = new AtomicInteger();
    private final AtomicInteger donePart = new AtomicInteger();
    /** Workers inside a task; the caller returns only when none is, so no stale worker sees the next task. */
    private final AtomicInteger active = new AtomicInteger();
    private volatile Task task;
    private volatile int parts;
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
        task = t;
        parts = count;
        nextPart.set(0);
        donePart.set(0);
        generation++;
        for (Thread w : threads) {
            LockSupport.unpark(w);
        }
        work();
        int spins = 0;
        while (donePart.get() < count) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(this, 10_000L);
            }
        }
        task = null;
        while (active.get() != 0) {
            Thread.onSpinWait();
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

    private void work() {
        final Task t = task;
        final int count = parts;
        if (t == null) {
            return;
        }
        int p;
        while ((p = nextPart.getAndIncrement()) < count) {
            try {
                t.run(p);
            } catch (Throwable e) {
                failure = e;
            }
            if (donePart.incrementAndGet() == count) {
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
            active.incrementAndGet();
            if (running && task != null) {
                work();
            }
            active.decrementAndGet();
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
