package dev.neurovec.loihi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emulator's step loop allocates nothing: only the output rows grow with the number of steps. */
class EmulatorAllocationTest {

    @TempDir
    Path tmp;

    private static long allocated() {
        final com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void shouldAllocateOnlyOutputRowsWhenRunningMoreSteps() {
        final LoihiDeployment.Compiled c = LoihiDeployment.compile(ReferenceNetworks.nodeEnsEns().network(),
            LoihiOptions.defaults(), 6000);
        ArtifactWriter.write(c.artifact(), tmp);
        final ArtifactReader reader = ArtifactReader.open(tmp);
        for (int warm = 0; warm < 3; warm++) {
            new LoihiEmulator(reader, EmulatorOptions.defaults()).run(1500);
        }
        final LoihiEmulator e1 = new LoihiEmulator(reader, EmulatorOptions.defaults());
        final long a0 = allocated();
        e1.run(1000);
        final long small = allocated() - a0;
        final LoihiEmulator e2 = new LoihiEmulator(reader, EmulatorOptions.defaults());
        final long b0 = allocated();
        e2.run(3000);
        final long large = allocated() - b0;
        // 4 probes with outputs of 1, 1, 2, 2 values: per step rows of 24, 24, 32, 32 bytes plus 4 row references
        final long perStepRows = 24 + 24 + 32 + 32 + 4 * 8;
        final long extra = large - small;
        assertTrue(extra <= 2000 * perStepRows + 4096, "2000 more steps allocated " + extra + " bytes; output rows"
            + " account for " + 2000 * perStepRows);
        assertTrue(extra >= 2000 * (24 + 24 + 32 + 32), "rows are allocated: " + extra);
    }
}
