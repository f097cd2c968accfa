package dev.neurovec.spinnaker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reference network of hardware.md §E6 that applies to SpiNNaker maps, passes every limit and invariant
 * check, emulates without a fault from its artifact, and stays within its fidelity tolerance of the float run.
 */
class ReferenceNetworksTest {

    static List<String> names() {
        return ReferenceNetworks.all().stream().map(ReferenceNetwork::name).toList();
    }

    private static final java.util.Map<String, SpinnakerTool.Outcome> RUNS = new java.util.HashMap<>();

    static synchronized SpinnakerTool.Outcome run(final String name) throws IOException {
        final SpinnakerTool.Outcome done = RUNS.get(name);
        if (done != null) {
            return done;
        }
        final ReferenceNetwork ref = ReferenceNetworks.get(name);
        final SpinnakerMachine m = ref.routerEntries() == null ? SpinnakerMachine.spinn5()
            : SpinnakerMachine.spinn5().withRouterEntries(ref.routerEntries());
        final SpinnakerTool.Outcome o = SpinnakerTool.execute(ref, Files.createTempDirectory("ref-" + name), m,
            SpinnakerOptions.defaults());
        RUNS.put(name, o);
        return o;
    }

    @ParameterizedTest
    @MethodSource("names")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldPassEveryCheckWhenMappingAReferenceNetwork(final String name) throws IOException {
        final SpinnakerTool.Outcome o = run(name);
        for (Check c : o.checks()) {
            assertTrue(c.ok(), name + ": " + c);
        }
        assertFalse(o.fidelity().isEmpty(), name + " has probes held to a tolerance");
        assertEquals(0, o.emulation().counters().faults());
        assertEquals(0, o.mapping().quantisation().saturations());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldNeedMinimisationAndFitAfterItWhenFanStress() throws IOException {
        final SpinnakerTool.Outcome o = run("fan-stress");
        final int target = 48;
        assertTrue(o.mapping().uncompressed().stream().anyMatch(t -> t.size() > target),
            "some chip's generated table exceeds the 48 free entries");
        assertTrue(o.mapping().compressed().stream().allMatch(t -> t.size() <= target));
        assertTrue(o.mapping().minimised().stream().anyMatch(r -> r.merges() > 0));
        for (TableMinimiser.Result r : o.mapping().minimised()) {
            final RoutingTable before = o.mapping().uncompressed().stream().filter(t -> t.chip() == r.table().chip())
                .findFirst().orElseThrow();
            if (before.size() <= target) {
                assertEquals(before, r.table(), "a table that fits is left as generated");
            }
        }
        // the hub decodes 65 rows (64 distinct transforms and its probe) over 200 neurons: one core would need
        // (200 + 200 * 65 + 3 * 200) * 4 = 55,200 B of DTCM > 43,008 B, so it takes two cores
        assertEquals(55_200, CostModel.ensembleDtcm(200, 1, 200, 65, 0));
        assertEquals(64 + 2 + 64, o.mapping().partitioning().countByApp().get(App.ENSEMBLE));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldUseTheFourCoresOfTheWorkedExampleWhenEnsemble16d() throws IOException {
        final SpinnakerTool.Outcome o = run("ensemble-16d");
        assertEquals(4L, o.mapping().partitioning().countByApp().get(App.ENSEMBLE));
        assertEquals(2L, o.mapping().partitioning().countByApp().get(App.VALUE_SOURCE), "16 dims, at most 10 per core");
    }
}
