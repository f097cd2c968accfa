package dev.neurovec.sim.planned;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The worker pool runs every part of every task exactly once, back to back for many tasks of varying
 * part counts (the pattern where a stale worker could once take a newer task's part), and reports a
 * failing part to the caller.
 */
class WorkersTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRunEveryPartExactlyOnceAcrossManyTasks() {
        for (int threads : new int[] {2, 3}) {
            try (Workers w = new Workers(threads, "test")) {
                final int[] runs = new int[8];
                final Workers.Task task = p -> runs[p]++;
                for (int it = 0; it < 200_000; it++) {
                    final int parts = 2 + it % 7;
                    java.util.Arrays.fill(runs, 0);
                    w.run(task, parts);
                    for (int p = 0; p < 8; p++) {
                        assertEquals(p < parts ? 1 : 0, runs[p], "task " + it + " part " + p + " with " + threads + " threads");
                    }
                }
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRethrowAFailingPartToTheCaller() {
        try (Workers w = new Workers(2, "test")) {
            final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.run(p -> {
                if (p == 3) {
                    throw new IllegalArgumentException("part 3 failed");
                }
            }, 5));
            assertEquals("part 3 failed", e.getMessage());
            final int[] runs = new int[2];
            w.run(p -> runs[p]++, 2);
            assertEquals(1, runs[0] + runs[1] - 1, "the pool still works after a failure");
        }
    }
}
