package dev.neurovec.loihi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §E4.8: the host-to-chip spike cap drops the excess, counts it and fails a named check, never silently. */
class HostLinkTest {

    @TempDir
    Path tmp;

    @Test
    void shouldCountDropsAndFailTheCheckWhenTheHostLinkCapIsExceeded() {
        final ReferenceNetwork.Instance inst = ReferenceNetworks.nodeEnsEns();
        final LoihiOptions opts = LoihiOptions.defaults()
            .withLimits(LoihiLimits.loihi1().withMaxSpikesPerStep(2));
        final LoihiDeployment.Outcome o = LoihiDeployment.deploy(inst.network(), inst.tolerances(), opts, 300, tmp);
        final EmulatorResult r = o.integer();
        assertTrue(r.hostSpikesDropped() > 0, "spikes dropped: " + r.hostSpikesDropped());
        assertTrue(r.maxHostSpikesPerChipStep() > 2);
        assertEquals(deliverable(o, 300), r.hostSpikesSent() + r.hostSpikesDropped(),
            "every precomputed spike is sent or dropped");
        final Check c = o.checks().stream().filter(k -> k.name().equals("hostLink.spikesPerChipStep")).findFirst()
            .orElseThrow();
        assertFalse(c.ok());
        assertEquals("host link: max " + r.maxHostSpikesPerChipStep() + " spikes per chip per step, cap 2, "
            + r.hostSpikesDropped() + " spikes dropped", c.message());
        assertFalse(o.passed());
    }

    /** Host spikes of steps 1..steps-1: those of the last host step would arrive after the run. */
    private static long deliverable(final LoihiDeployment.Outcome o, final int steps) {
        final BinaryTable t = o.compiled().artifact().table(ArtifactLayout.INPUT_SPIKES);
        long n = 0;
        for (int r = 0; r < t.rows(); r++) {
            n += t.get(r, 0) < steps ? 1 : 0;
        }
        return n;
    }

    @Test
    void shouldDeliverEveryHostSpikeWhenTheCapIsNotReached() {
        final ReferenceNetwork.Instance inst = ReferenceNetworks.nodeEnsEns();
        final LoihiDeployment.Outcome o = LoihiDeployment.deploy(inst.network(), inst.tolerances(),
            LoihiOptions.defaults(), 300, tmp);
        assertEquals(deliverable(o, 300), o.integer().hostSpikesSent());
        assertEquals(0, o.integer().hostSpikesDropped());
        assertTrue(o.integer().maxHostSpikesPerChipStep() <= 50);
    }
}
