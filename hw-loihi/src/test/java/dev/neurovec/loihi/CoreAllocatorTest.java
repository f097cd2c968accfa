package dev.neurovec.loihi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §A3.2: placement changes where blocks sit and which spikes cross chips, never what the chip computes. */
class CoreAllocatorTest {

    @TempDir
    Path tmp;

    private EmulatorResult emulate(final CoreAllocator.Strategy s, final String name) {
        final LoihiDeployment.Compiled c = LoihiDeployment.compile(ReferenceNetworks.nodeEnsEns().network(),
            LoihiOptions.defaults().withStrategy(s), 300);
        ArtifactWriter.write(c.artifact(), tmp.resolve(name));
        return new LoihiEmulator(ArtifactReader.open(tmp.resolve(name)), EmulatorOptions.defaults()).run(300);
    }

    @Test
    void shouldEmulateIdenticallyWhenBlocksAreDealtOverTwoChips() {
        final EmulatorResult greedy = emulate(CoreAllocator.Strategy.GREEDY, "greedy");
        final EmulatorResult rr = emulate(CoreAllocator.Strategy.ROUND_ROBIN, "rr");
        assertEquals(0, greedy.axonSpikesInterChip(), "greedy keeps all 6 blocks on chip 0");
        assertTrue(rr.axonSpikesInterChip() > 0, "round robin sends spikes between chips");
        assertEquals(greedy.axonSpikesIntraChip() + greedy.axonSpikesInterChip(),
            rr.axonSpikesIntraChip() + rr.axonSpikesInterChip());
        for (String p : greedy.probes().keySet()) {
            for (int t = 0; t < 300; t++) {
                assertArrayEquals(greedy.probe(p)[t], rr.probe(p)[t], p + " step " + (t + 1));
            }
        }
    }

    @Test
    void shouldFillChipsInOrderWhenGreedyAndAlternateWhenRoundRobin() {
        final LoihiModel m = new LoihiModel(0.001);
        for (int i = 0; i < 5; i++) {
            m.add(new LoihiBlock("b" + i, 1));
        }
        final LoihiLimits l = new LoihiLimits(1024, 4096, 4096, 1L << 20, 32, 8, 7, 2, 3, 50);
        final CoreAllocator.Allocation g = CoreAllocator.allocate(m, l, CoreAllocator.Strategy.GREEDY);
        assertEquals("[0/0 b0, 0/1 b1, 1/0 b2, 1/1 b3, 2/0 b4]", describe(g));
        assertEquals(3, g.nChips());
        final CoreAllocator.Allocation r = CoreAllocator.allocate(m, l, CoreAllocator.Strategy.ROUND_ROBIN);
        assertEquals("[0/0 b0, 0/1 b3, 1/0 b1, 1/1 b4, 2/0 b2]", describe(r));
    }

    private static String describe(final CoreAllocator.Allocation a) {
        return a.placements().stream().map(p -> p.chip() + "/" + p.core() + " " + p.block().label()).toList().toString();
    }
}
