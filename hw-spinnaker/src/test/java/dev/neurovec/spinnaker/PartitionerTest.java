package dev.neurovec.spinnaker;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartitionerTest {

    /** The worked example of hardware.md §B2.3, checked there against nengo_spinnaker's partition.py. */
    @Test
    void shouldSplitIntoFourCoresWhenEnsembleHas1000Neurons16DimensionsInAndOut() {
        assertEquals(240_567, CostModel.ensembleCycles(1000, 16, 16, 1000, 16, 0));
        assertEquals(140_000, CostModel.ensembleDtcm(1000, 16, 1000, 16, 0));
        final Operators ops = new Operators();
        final EnsembleOperator e = ops.ensemble(1000, 16);
        ops.connect(e, ops.sink(16), 16);
        final Partitioning p = Partitioner.partition(ops.model(100));
        final List<Vertex> vs = p.of(e);
        assertEquals(4, vs.size());
        for (int i = 0; i < 4; i++) {
            final Vertex v = vs.get(i);
            assertEquals(250, v.neurons().size());
            assertEquals(4, v.inputs().size());
            assertEquals(4, v.outputs().size());
            assertEquals(60_633, v.estCycles());
            assertEquals(35_000, v.estDtcm());
            assertEquals(0, v.cluster());
            assertEquals(i, v.population());
            assertEquals(new Span(0, 1000), v.clusterNeurons());
        }
        assertEquals(List.of(vs), p.groups().subList(0, 1), "the four cores are one placement group");
    }

    @Test
    void shouldKeepOneCoreWhenEnsembleIsSmall() {
        final Operators ops = new Operators();
        final EnsembleOperator e = ops.ensemble(100, 1);
        ops.connect(e, ops.sink(1), 1);
        final Partitioning p = Partitioner.partition(ops.model(100));
        assertEquals(1, p.of(e).size());
        assertEquals(new Span(0, 100), p.of(e).get(0).neurons());
    }

    @Test
    void shouldFormSeveralClustersWhenOneChipCannotHoldTheEnsemble() {
        final Operators ops = new Operators();
        final EnsembleOperator e = ops.ensemble(12000, 16);
        final Partitioning p = Partitioner.partition(ops.model(10));
        final List<Vertex> vs = p.of(e);
        final long clusters = vs.stream().mapToInt(Vertex::cluster).distinct().count();
        assertTrue(clusters > 1, "12000 16-D neurons need more than 16 cores");
        int neurons = 0;
        for (Vertex v : vs) {
            neurons += v.neurons().size();
            assertTrue(v.estCycles() <= new CostModel(1000).cpuBudget());
            assertTrue(v.estDtcm() <= CostModel.DTCM_BUDGET);
            assertTrue(v.clusterNeurons().lo() <= v.neurons().lo() && v.neurons().hi() <= v.clusterNeurons().hi());
        }
        assertEquals(12000, neurons);
        for (List<Vertex> g : p.groups()) {
            assertTrue(g.size() <= 16);
        }
    }

    @Test
    void shouldNameObjectResourceAndLimitWhenUnpartitionable() {
        final Operators ops = new Operators();
        ops.ensemble(10, 12000);
        final MappingError e = assertThrows(MappingError.class, () -> Partitioner.partition(ops.model(10)));
        // one neuron filtering ceil(12000/16) = 750 dims, encoders 12000 wide, no outputs (static and learnt terms)
        final long cycles = (39 * 750 + 135) + (9 * 12000 + 61 + 174) + 173 + 173;
        assertEquals("Ensemble 'e0' (one neuron per core): cycles per step = " + cycles + "; limit 80000",
            e.getMessage());
    }

    @Test
    void shouldCutColumnGroupsAndRowCoresWhenFilterIsLarge() {
        final Operators ops = new Operators();
        final FilterOperator f = ops.filter(300);
        ops.connect(f, ops.sink(100), 100);
        final List<Vertex> vs = Partitioner.partition(ops.model(10)).of(f);
        assertEquals(6, vs.size(), "3 column groups (<= 128) x 2 row cores (<= 64)");
        assertEquals(List.of(new Span(0, 100), new Span(0, 100), new Span(100, 200), new Span(100, 200),
            new Span(200, 300), new Span(200, 300)), vs.stream().map(Vertex::inputs).toList());
        assertEquals(List.of(new Span(0, 50), new Span(50, 100)), vs.subList(0, 2).stream().map(Vertex::outputs).toList());
    }

    @Test
    void shouldLimitValueSourcesToTenDimensionsAndEightMebibytesWhenPartitioning() {
        final Operators ops = new Operators();
        final ValueSourceOperator s = ops.source(50);
        ops.connect(s, ops.sink(25), 25);
        assertEquals(List.of(new Span(0, 9), new Span(9, 17), new Span(17, 25)),
            Partitioner.partition(ops.model(50)).of(s).stream().map(Vertex::outputs).toList());
        final Operators big = new Operators();
        final ValueSourceOperator longRun = big.source(300_000);
        big.connect(longRun, big.sink(10), 10);
        final MappingError e = assertThrows(MappingError.class, () -> Partitioner.partition(big.model(300_000)));
        assertTrue(e.getMessage().startsWith("Node 's0' rows [0, 10): value-source SDRAM bytes (300000 steps) = 12000000;"
            + " limit 8388608"), e.getMessage());
    }
}
