package dev.neurovec.spinnaker;

import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.build.Model;
import dev.neurovec.build.ModelBuilder;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.learning.Pes;
import dev.neurovec.network.neurons.LifRate;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceModelBuilderTest {

    private static DeviceModel build(final Network net) {
        return DeviceModelBuilder.build(net, ModelBuilder.build(net, 0.001), 20);
    }

    private static String unsupported(final Consumer<Network> shape) {
        final Network net = new Network("u").seed(1);
        shape.accept(net);
        return assertThrows(UnsupportedOperationException.class, () -> build(net)).getMessage();
    }

    @Test
    void shouldNameWhatIsMissingWhenAPathIsUnsupported() {
        assertTrue(unsupported(n -> n.ensemble("r", 10, 1).neuronType(new LifRate()))
            .contains("Ensemble 'r': neuron type LifRate"));
        assertTrue(unsupported(n -> {
            final Ensemble a = n.ensemble("a", 10, 1);
            n.connect(a.neurons(), n.ensemble("b", 10, 1).neurons());
        }).contains("connections from or to neurons are not supported"));
        assertTrue(unsupported(n -> {
            final Ensemble a = n.ensemble("a", 10, 1);
            n.connect(a, n.ensemble("b", 10, 1)).learningRule(new Pes());
        }).contains("learning rules"));
        assertTrue(unsupported(n -> n.connect(n.ensemble("a", 10, 1), n.node(1, 1, (t, x, o) -> o[0] = x[0])
            .label("host"))).contains("Node 'host' is a host node with input"));
        assertTrue(unsupported(n -> n.probe(n.ensemble("a", 10, 1)).sampleEvery(0.01))
            .contains("sampleEvery is not supported"));
        assertTrue(unsupported(n -> n.probe(n.ensemble("a", 10, 1).neurons()).synapse(0.01))
            .contains("a synapse on a spike or voltage probe"));
    }

    @Test
    void shouldFoldConstantInputIntoTheBiasWhenAConstantFeedsAnEnsemble() {
        final Network net = new Network("fold").seed(2);
        final Node c = net.node(0.3, -0.2);
        final Ensemble e = net.ensemble("e", 30, 2);
        net.connect(c, e).transform(new double[][] {{2, 0}, {0, 1}});
        final Model model = ModelBuilder.build(net, 0.001);
        final DeviceModel dm = DeviceModelBuilder.build(net, model, 10);
        final EnsembleOperator op = (EnsembleOperator) dm.operators().get(0);
        assertArrayEquals(new double[] {0.6, -0.2}, op.directInput(), 1e-15);
        final BuiltEnsemble be = (BuiltEnsemble) model.params(e);
        for (int i = 0; i < 30; i++) {
            final double want = be.bias()[i] + be.scaledEncoders()[i][0] * 0.6 - be.scaledEncoders()[i][1] * 0.2;
            assertEquals(want, op.effectiveBias()[i], 1e-12);
        }
        assertEquals(0, dm.signals().size(), "no packets for a folded constant");
        assertEquals(1, dm.warnings().size());
    }

    @Test
    void shouldShareOneSignalWhenConnectionsFromOneSourceAreEqual() {
        final Network net = new Network("share").seed(3);
        final Ensemble a = net.ensemble("a", 30, 1);
        final Ensemble b = net.ensemble("b", 30, 1);
        final Ensemble c = net.ensemble("c", 30, 1);
        net.connect(a, b);
        net.connect(a, c);
        net.connect(a, c);
        final DeviceModel dm = build(net);
        assertEquals(2, dm.signals().size(), "a->b and a->c share; the second a->c must be summed, not merged");
        assertEquals(2, dm.signals().get(0).sinks().size());
        assertEquals(1, dm.signals().get(1).sinks().size());
    }

    @Test
    void shouldExpandPostSlicesAndDropZeroRowsWhenConnectingIntoASlice() {
        final Network net = new Network("slice").seed(4);
        final Ensemble a = net.ensemble("a", 30, 1);
        final Ensemble b = net.ensemble("b", 60, 3);
        net.connect(a, b.slice(2, 3));
        final DeviceSignal s = build(net).signals().get(0);
        assertEquals(3, s.width());
        assertArrayEquals(new int[] {2}, s.rows(), "only the row of dimension 2 is transmitted");
    }

    @Test
    void shouldRecoverDecodersWhenTheSolverSolvesForWeights() {
        final Network net = new Network("weights").seed(5);
        final Ensemble a = net.ensemble("a", 40, 1);
        final Ensemble b = net.ensemble("b", 50, 2);
        net.connect(a, b.slice(0, 1)).solver(new dev.neurovec.network.solvers.LstsqL2(0.1, true));
        final Model model = ModelBuilder.build(net, 0.001);
        final DeviceSignal s = DeviceModelBuilder.build(net, model, 5).signals().get(0);
        final double[][] w = ((dev.neurovec.build.BuiltConnection) model.params(net.allConnections().get(0))).weights();
        final double[][] enc = ((BuiltEnsemble) model.params(b)).scaledEncoders();
        for (int j = 0; j < 50; j++) {
            for (int i = 0; i < 40; i++) {
                final double rebuilt = enc[j][0] * s.transform()[0][i] + enc[j][1] * s.transform()[1][i];
                assertEquals(w[j][i], rebuilt, 1e-9 * (1 + Math.abs(w[j][i])));
            }
        }
        assertNull(s.values());
    }
}
