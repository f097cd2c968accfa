package dev.neurovec.loihi;

import dev.neurovec.build.Model;
import dev.neurovec.build.ModelBuilder;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.learning.Pes;
import dev.neurovec.network.neurons.Direct;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.synapses.Lowpass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stage 1: host/chip placement, passthrough removal, and the sentences of unsupported paths. */
class HostChipSplitTest {

    @TempDir
    Path tmp;

    private static Network passthroughs() {
        final Network net = new Network("pt").seed(9);
        final Node u = net.node(t -> Math.sin(6 * t) * 0.5).label("u");
        final Node pt = net.passthrough(2).label("pt");
        final Ensemble b = net.ensemble("b", 60, 2);
        net.connect(u, pt).transform(new double[][] {{1}, {2}}).synapse(0.005);
        net.connect(pt, b).transform(new double[][] {{0, 0.5}, {0.5, 0}}).synapse(0.01);
        final Ensemble a = net.ensemble("a", 60, 1);
        final Node pt2 = net.passthrough(1).label("pt2");
        final Ensemble c = net.ensemble("c", 60, 1);
        net.connect(u, a);
        net.connect(a, pt2).function(x -> x * x).synapse(null);
        net.connect(pt2, c).transform(-1.0);
        net.probe(b).synapse(0.03).label("b");
        net.probe(c).synapse(0.03).label("c");
        return net;
    }

    @Test
    void shouldComposeTransformsAndMergeSynapsesWhenRemovingPassthroughs() {
        final Network net = passthroughs();
        final Model model = ModelBuilder.build(net, 0.001);
        final List<String> warnings = new ArrayList<>();
        final HostChipSplit.Result r = HostChipSplit.split(net, model, warnings::add);
        assertEquals(1, r.hostNodes().size(), "only u stays on the host: both passthroughs are removed");
        assertEquals(2, r.hostToChip().size());
        final Link ub = r.hostToChip().stream().filter(l -> ((Ensemble) l.post()).label().equals("b")).findFirst()
            .orElseThrow();
        assertArrayEquals(new double[] {1.0}, ub.transform()[0]);
        assertArrayEquals(new double[] {0.5}, ub.transform()[1]);
        assertEquals(0.015, ((Lowpass) ub.synapse()).tau(), 1e-15);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("merged into one of 0.015 s"), warnings.get(0));
        assertEquals(1, r.chipLinks().size());
        final Link ac = r.chipLinks().get(0);
        assertEquals("a", ((Ensemble) ac.pre()).label());
        assertEquals("c", ((Ensemble) ac.post()).label());
        assertNotNull(ac.function());
        assertArrayEquals(new double[] {-1.0}, ac.transform()[0]);
        assertEquals(0.005, ((Lowpass) ac.synapse()).tau(), 0, "None then Lowpass(0.005) merge to 0.005");
    }

    @Test
    void shouldDeployWithinToleranceWhenPassthroughsAreRemoved() {
        final Network net = passthroughs();
        final Map<dev.neurovec.network.Probe, Tolerance> tol = new java.util.LinkedHashMap<>();
        for (dev.neurovec.network.Probe p : net.allProbes()) {
            tol.put(p, new Tolerance(0.1, 100, 8, "test"));
        }
        final LoihiDeployment.Outcome o = LoihiDeployment.deploy(net, tol, LoihiOptions.defaults(), 600, tmp);
        for (Check c : o.checks()) {
            assertTrue(c.ok(), c.message());
        }
    }

    private static void assertUnsupported(final Consumer<Network> wire, final String fragment) {
        final Network net = new Network("u").seed(1);
        wire.accept(net);
        final UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
            () -> LoihiDeployment.compile(net, LoihiOptions.defaults(), 10));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void shouldThrowASentenceWhenAPathIsNotSupported() {
        assertUnsupported(n -> {
            final Ensemble a = n.ensemble("a", 10, 1);
            final Ensemble b = n.ensemble("b", 10, 1);
            n.connect(a, b).learningRule(new Pes());
        }, "PES learning on Loihi (host error stream, on-chip traces) is not implemented");
        assertUnsupported(n -> {
            final Node h = n.node(1, 1, (t, x, y) -> y[0] = x[0]).label("h");
            n.connect(n.ensemble("a", 10, 1), h);
            n.connect(h, n.ensemble("b", 10, 1));
        }, "closed host↔chip loop");
        assertUnsupported(n -> n.ensemble("d", 10, 1).neuronType(new Direct()), "does not support Direct mode");
        assertUnsupported(n -> n.ensemble("r", 10, 1).neuronType(new LifRate()),
            "supports Lif and SpikingRectifiedLinear ensembles on chip");
        assertUnsupported(n -> n.probe(n.connect(n.ensemble("a", 10, 1), n.ensemble("b", 10, 1))),
            "is not supported on Loihi");
        assertUnsupported(n -> {
            final Ensemble a = n.ensemble("a", 10, 1);
            n.connect(a, n.ensemble("b", 10, 1)).synapse(new dev.neurovec.network.synapses.LinearFilter(
                new double[] {1}, new double[] {0.01, 1}));
        }, "only Lowpass synapses (or none) are supported");
    }
}
