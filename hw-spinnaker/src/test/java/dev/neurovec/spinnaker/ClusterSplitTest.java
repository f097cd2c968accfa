package dev.neurovec.spinnaker;

import dev.neurovec.build.ModelBuilder;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Split equivalence (the SpiNNaker analogue of hardware.md §E4.4 for Loihi): the same device model mapped onto one
 * core and, under tiny budgets, onto two clusters of eleven cores on two chips emulates to identical spikes and
 * decoded values. This exercises the shared input and spike vectors, partial decodes summed at the receiver, the
 * cluster key field and multi-chip nets.
 */
class ClusterSplitTest {

    @Test
    void shouldEmulateIdenticallyWhenTheEnsembleIsSplitIntoClustersOnTwoChips() throws IOException {
        final Network net = new Network("split").seed(31);
        final Node in = net.node(0, 2, (t, x, out) -> {
            out[0] = Math.sin(2 * Math.PI * t);
            out[1] = Math.cos(2 * Math.PI * t);
        });
        final Ensemble e = net.ensemble("e", 240, 2);
        net.connect(in, e);
        net.probe(e).synapse(0.01);
        net.probe(e.neurons());
        final DeviceModel dm = DeviceModelBuilder.build(net, ModelBuilder.build(net, 0.001), 200);

        final Mapping whole = SpinnakerMapper.map(dm, SpinnakerMachine.spinn5(), MultiplyRounding.FLOOR, 31,
            new CostModel(1000));
        // (5 n_core + N_cluster) * 4 bytes must fit 700: one cluster of 240 cannot, two of 120 with 11 cores can
        final Mapping split = SpinnakerMapper.map(dm, SpinnakerMachine.spinn5(), MultiplyRounding.FLOOR, 31,
            new CostModel(3000, 700));
        final EnsembleOperator op = (EnsembleOperator) dm.operators().get(0);
        assertEquals(1, whole.partitioning().of(op).size());
        assertEquals(22, split.partitioning().of(op).size());
        assertEquals(2, split.partitioning().of(op).stream().mapToInt(Vertex::cluster).distinct().count());
        assertEquals(2, split.partitioning().of(op).stream().map(split.placements()::chipOf).distinct().count());
        assertEquals(1, split.keys().clusterField()[1], "two source chips need one cluster bit");

        final EmulationResult a = emulate(whole);
        final EmulationResult b = emulate(split);
        assertEquals(0, b.counters().faults());
        for (DeviceProbe p : dm.probes()) {
            final double[][] x = a.data(a.probe(p.id()));
            final double[][] y = b.data(b.probe(p.id()));
            for (int t = 0; t < 200; t++) {
                assertArrayEquals(x[t], y[t], p.label() + " at step " + t);
            }
        }
        double spikes = 0;
        for (double[] row : a.data(a.probe(1))) {
            for (double v : row) {
                spikes += v;
            }
        }
        assertTrue(spikes > 0, "the comparison covers spiking neurons");
    }

    private static EmulationResult emulate(final Mapping m) throws IOException {
        final Path dir = Files.createTempDirectory("split");
        ArtifactWriter.write(m, dir);
        final ArtifactReader r = ArtifactReader.open(dir);
        for (Check c : MappingVerifier.verify(m, r)) {
            assertTrue(c.ok(), c.toString());
        }
        return new SpinnakerEmulator(r, EmulatorOptions.defaults()).run();
    }
}
