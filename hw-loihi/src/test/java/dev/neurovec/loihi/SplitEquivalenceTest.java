package dev.neurovec.loihi;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §E4.4: emulating the split model and the unsplit one (limits lifted) gives identical spikes and voltages. */
class SplitEquivalenceTest {

    @TempDir
    Path tmp;

    /** 2,500 LIF neurons fed by a host input, read out by a second ensemble; spikes and voltages probed. */
    private static Network network() {
        final Network net = new Network("split").seed(11);
        final Node u = net.node(t -> Math.sin(2 * Math.PI * 2 * t) * 0.8).label("u");
        final Ensemble a = net.ensemble("a", 2500, 1).maxRates(Dists.uniform(100, 120))
            .intercepts(Dists.uniform(-1, 0.5)).nEvalPoints(750);
        final Ensemble b = net.ensemble("b", 50, 1).maxRates(Dists.uniform(100, 120))
            .intercepts(Dists.uniform(-1, 0.5));
        net.connect(u, a);
        net.connect(a, b);
        net.probe(a.neurons()).label("spikes");
        net.probe(a.neurons(), "voltage").label("voltage");
        net.probe(b.neurons(), "voltage").label("b_voltage");
        return net;
    }

    private EmulatorResult emulate(final LoihiDeployment.Compiled c, final String name, final int steps) {
        ArtifactWriter.write(c.artifact(), tmp.resolve(name));
        return new LoihiEmulator(ArtifactReader.open(tmp.resolve(name)), EmulatorOptions.defaults().withStrict(true))
            .run(steps);
    }

    @Test
    void shouldProduceIdenticalRastersAndVoltagesWhenTheModelIsSplit() {
        final int steps = 150;
        final LoihiOptions split = LoihiOptions.defaults();
        final LoihiOptions unsplit = LoihiOptions.defaults().withLimits(LoihiLimits.lifted());
        final LoihiDeployment.Compiled c = LoihiDeployment.compile(network(), split, steps);
        assertEquals(3, c.artifact().manifest().splits().stream()
            .filter(s -> s.original().equals("a")).findFirst().orElseThrow().pieces().size(), "a is cut in 3");
        final EmulatorResult s = emulate(c, "split", steps);
        final EmulatorResult u = emulate(LoihiDeployment.compile(network(), unsplit, steps), "unsplit", steps);
        assertTrue(s.coreLabels().size() > u.coreLabels().size(), s.coreLabels() + " vs " + u.coreLabels());
        long spikes = 0;
        for (String p : new String[] {"spikes", "voltage", "b_voltage"}) {
            final double[][] x = s.probe(p);
            final double[][] y = u.probe(p);
            for (int t = 0; t < steps; t++) {
                assertArrayEquals(y[t], x[t], p + " differs at step " + (t + 1));
                if (p.equals("spikes")) {
                    for (double v : x[t]) {
                        spikes += v > 0 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(spikes > 10_000, "the raster is not trivially empty: " + spikes);
        assertEquals(u.chipSpikes(), s.chipSpikes());
    }

    @Test
    void shouldSplitTheEns16dDecodeBlockInThreeWhenSynapseMemoryIsTheBindingLimit() {
        final LoihiModel m = new LoihiModel(0.001);
        final LoihiBlock decode = new LoihiBlock("decode", 320);
        decode.configureRelu(0, 1, 0.001);
        decode.synapses.add(new LoihiSynapse("in", new double[1000][320]));
        m.add(decode);
        final BlockSplitter.Split plan = BlockSplitter.plan(decode, LoihiLimits.loihi1());
        // 1000 axons x 5 synapse blocks x 576 bits = 2,880,000 bits > 1,048,576 -> 3 pieces of <= 107
        assertEquals("synapse bits 2880000 > 1048576", plan.reason());
        assertEquals(java.util.List.of(107, 107, 106), plan.counts());
        final LoihiBlock big = new LoihiBlock("big", 2500);
        assertEquals(java.util.List.of(834, 834, 832), BlockSplitter.plan(big, LoihiLimits.loihi1()).counts());
    }
}
