package dev.neurovec.loihi;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §E4.1/§E4.2: every limit check names the block, the core, the resource, the used amount and the limit. */
class LimitChecksTest {

    private static List<Check> failing(final LoihiModel m, final LoihiLimits limits) {
        final Artifact a = TestModels.compile(m, limits, 1);
        return ArtifactChecks.check(a, limits).stream().filter(c -> !c.ok()).toList();
    }

    @Test
    void shouldNameBlockCoreUsedAndLimitWhenInputAxonsExceedACore() {
        final LoihiModel m = new LoihiModel(0.001);
        final LoihiBlock wide = new LoihiBlock("wide", 10);
        wide.configureRelu(0, 1, 0.001);
        final double[][] w = new double[5000][10];
        w[0][0] = 1;
        wide.synapses.add(new LoihiSynapse("in", w));
        m.add(wide);
        final List<Check> bad = failing(m, LoihiLimits.loihi1());
        assertEquals(2, bad.size(), bad.toString());
        assertEquals("block 'wide[0:5]' (chip 0 core 0): input axons 5000 > limit 4096", bad.get(0).message());
        assertEquals("core.inAxons", bad.get(0).name());
        assertEquals(5000, bad.get(0).used());
        assertEquals(4096, bad.get(0).limit());
        assertEquals("block 'wide[5:10]' (chip 0 core 1): input axons 5000 > limit 4096", bad.get(1).message());
    }

    @Test
    void shouldFailTheChipCountWhenTheBoardIsTooSmall() {
        final LoihiModel m = new LoihiModel(0.001);
        for (int i = 0; i < 300; i++) {
            final LoihiBlock b = new LoihiBlock("b" + i, 1);
            b.bias[0] = 0.5;
            m.add(b);
        }
        final List<Check> bad = failing(m, LoihiLimits.loihi1());
        assertEquals(1, bad.size(), bad.toString());
        assertEquals("board: chips 3 > limit 2", bad.get(0).message());
    }

    @Test
    void shouldCountDistinctCompartmentProfilesWhenRefractoryDelaysDiffer() {
        final LoihiModel m = new LoihiModel(0.001);
        final LoihiBlock b = new LoihiBlock("varied", 40);
        b.configureLif(0.02, 0.002, 0.001, 0);
        for (int i = 0; i < 40; i++) {
            b.refractDelay[i] = i + 1;
            b.bias[i] = 2;
        }
        m.add(b);
        final List<Check> bad = failing(m, LoihiLimits.loihi1());
        assertEquals(1, bad.size(), bad.toString());
        assertEquals("block 'varied' (chip 0 core 0): compartment profiles 40 > limit 31", bad.get(0).message());
    }

    @Test
    void shouldPassEveryCheckWhenTheGoldenModelIsEmitted() {
        final LoihiLimits l = LoihiLimits.loihi1();
        final List<Check> all = ArtifactChecks.check(TestModels.compile(TestModels.golden(), l, 5), l);
        assertTrue(all.stream().allMatch(Check::ok), all.toString());
        // per core: blocks, compartments, inAxons, outAxonSlots, synapseBits, cxProfiles, vthProfiles, synapseFmts,
        // registers, synapse ranges (10) x 2 cores + 1 chip + 1 board
        assertEquals(22, all.size());
    }

    @Test
    void shouldFlagAnOutOfRangeRegisterWhenTheArtifactIsTamperedWith() {
        final LoihiLimits l = LoihiLimits.loihi1();
        final Artifact a = TestModels.compile(TestModels.golden(), l, 5);
        final ArtifactFiles.Core c0 = a.board().chips().get(0).cores().get(0);
        final ArtifactFiles.Core bad = new ArtifactFiles.Core(c0.coreId(), c0.blocks(),
            List.of(new ArtifactFiles.CxProfile(741, 200, 64, 0, 1)), c0.vthProfiles(), c0.synapseFmts(),
            c0.dendriteShared(), c0.numUpdates(), c0.numStdp(), c0.compartments(), c0.synapseMap(), c0.synapses(),
            c0.outAxons(), c0.seeds());
        final List<ArtifactFiles.Core> cores = new java.util.ArrayList<>(a.board().chips().get(0).cores());
        cores.set(0, bad);
        final ArtifactFiles.Board board = new ArtifactFiles.Board(a.board().schema(), a.board().schemaVersion(),
            a.board().target(), a.board().nChips(), a.board().coresPerChip(), List.of(new ArtifactFiles.Chip(0, cores)));
        final Artifact tampered = new Artifact(a.manifest(), board, a.inputs(), a.probes(), a.host(), a.tables(),
            a.utilization());
        final List<Check> failed = ArtifactChecks.check(tampered, l).stream().filter(c -> !c.ok()).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals("block 'golden' (chip 0 core 0): 1 register values out of range, first: refractDelay = 64"
            + " outside [1, 63]", failed.get(0).message());
    }
}
