package dev.neurovec.bench.suite;

import dev.neurovec.build.ModelBuilder;
import dev.neurovec.graph.Plan;
import dev.neurovec.network.library.BenchmarkNetwork;
import dev.neurovec.network.library.BenchmarkNetworks;
import dev.neurovec.network.neurons.Lif;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanSummaryTest {

    @Test
    void shouldReadEveryGroupAndTheTotalOfARealPlan() {
        final BenchmarkNetwork net = BenchmarkNetworks.integrator(3, 10, new Lif());
        final var model = ModelBuilder.build(net.network(), 0.001);
        final Plan plan = Plan.of(model, 2, Set.of(), List.of());
        final PlanSummary s = PlanSummary.parse(plan.describe());
        assertEquals(plan.groups().size(), s.groups().size());
        for (int i = 0; i < s.groups().size(); i++) {
            assertEquals(plan.groups().get(i).key(), s.groups().get(i).key());
            assertEquals(i, s.groups().get(i).index());
        }
        assertTrue(s.mbPerStep() > 0);
    }

    @Test
    void shouldKeepNotesAndNaNTotalWhenAbsent() {
        final PlanSummary s = PlanSummary.parse(String.join("\n",
            "Plan: 3 operators built, 3 after simplification, 1 groups, minibatch 1",
            "  #    group                           ops  calls   bytes/step  notes",
            "  0    DotInc                           16      1        12352  gemv x16"));
        assertEquals(1, s.groups().size());
        assertEquals(12352, s.groups().get(0).bytesPerStep());
        assertEquals("gemv x16", s.groups().get(0).notes());
        assertTrue(Double.isNaN(s.mbPerStep()));
    }
}
