package dev.neurovec.network.library;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.sim.ExecutorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductTest {
    /**
     * 1 Hz and 0.5 Hz inputs through 2 x 100 LIF neurons per product, output filtered by 20 ms and
     * compared 20 ms late: the network measures about 0.015.
     */
    private static final double RMSE_TOL = 0.04;

    @Test
    void shouldSplitNeuronsBetweenTwoSquaringArraysWhenBuilt() {
        final Network net = new Network("n");
        final Product p = Product.add(net, "prod", 64, 10);
        assertEquals(10, p.sumSquare().nEnsembles());
        assertEquals(32, p.sumSquare().neuronsPerEnsemble());
        assertEquals(640, p.nNeurons());
        assertEquals(Math.sqrt(2), p.sumSquare().ensembles().get(0).radius(), 1e-15);
        // each array: 10 in + 10 identity out + 10 square out; plus 4 into the arrays and 2 out
        assertEquals(2 * 30 + 6, net.allConnections().size());
        assertEquals(1, Product.add(net, "tiny", 1, 1).sumSquare().neuronsPerEnsemble());
    }

    @Test
    void shouldRejectInvalidArgumentsWithSpecificMessages() {
        final Network net = new Network("n");
        assertEquals("Product 'p': dimensions = 0; expected >= 1",
            assertThrows(ValidationError.class, () -> Product.add(net, "p", 10, 0)).getMessage());
        assertEquals("Product 'p': inputMagnitude = NaN; expected a finite value > 0",
            assertThrows(ValidationError.class, () -> Product.add(net, "p", 10, 2, Double.NaN)).getMessage());
    }

    @Test
    @Timeout(60)
    void shouldMultiplyTwoSlowSignalsWhenSimulated() {
        final Network net = new Network("n").seed(5);
        final Node a = net.node(t -> Math.sin(2 * Math.PI * t));
        final Node b = net.node(t -> Math.cos(Math.PI * t));
        final Product p = Product.add(net, "prod", 200, 1);
        net.connect(a, p.inputA()).synapse(null);
        net.connect(b, p.inputB()).synapse(null);
        final Probe out = net.probe(p.output()).synapse(0.02);
        final int steps = 2000;
        final double[][] y = Runs.run(net, ExecutorKind.PLANNED, steps, out);
        final double[][] expected = new double[steps][1];
        for (int k = 0; k < steps; k++) {
            // the 20 ms probe filter delays the product by about its time constant
            final double t = (k + 1) * 0.001 - 0.02;
            expected[k][0] = Math.sin(2 * Math.PI * t) * Math.cos(Math.PI * t);
        }
        final double rmse = Runs.rmse(y, expected, 100, steps);
        assertTrue(rmse < RMSE_TOL, "RMSE " + rmse);
    }
}
