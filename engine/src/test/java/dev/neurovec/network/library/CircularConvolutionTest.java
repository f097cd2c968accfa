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

class CircularConvolutionTest {
    /**
     * Steady-state RMSE over the D outputs for two unit vectors, D = 8, 200 neurons per product; the
     * exact result has elements of about 1/sqrt(D) = 0.35, and the network measures about 0.026.
     */
    private static final double RMSE_TOL = 0.06;

    @Test
    void shouldHaveFourProductsPerFrequencyWhenBuilt() {
        final Network net = new Network("n");
        final CircularConvolution cc = CircularConvolution.add(net, "cc", 200, 16);
        assertEquals(36, cc.product().dimensions());
        assertEquals(7200, cc.nNeurons());
        assertEquals(72, net.allEnsembles().size());
        assertEquals(16, cc.inputA().sizeIn());
        assertEquals(16, cc.output().sizeOut());
        // product: 2 arrays x 3 x 36 + 6; plus the three DFT connections
        assertEquals(2 * 3 * 36 + 6 + 3, net.allConnections().size());
        assertEquals(2 * Math.sqrt(2), cc.product().sumSquare().ensembles().get(0).radius(), 1e-12,
            "the product is sized for twice the input magnitude");
        assertEquals(26400, CircularConvolution.add(net, "cc64", 200, 64).nNeurons());
    }

    @Test
    void shouldRejectInvalidArgumentsWithSpecificMessages() {
        final Network net = new Network("n");
        assertEquals("CircularConvolution 'c': neuronsPerProduct = 0; expected >= 1",
            assertThrows(ValidationError.class, () -> CircularConvolution.add(net, "c", 0, 4)).getMessage());
        assertEquals("CircularConvolution 'c': inputMagnitude = -1.0; expected a finite value > 0",
            assertThrows(ValidationError.class, () -> CircularConvolution.add(net, "c", 10, 4,
                CircularConvolution.Options.defaults().withInputMagnitude(-1))).getMessage());
    }

    @Test
    @Timeout(120)
    void shouldConvolveTwoUnitVectorsWhenSimulated() {
        assertConvolves(CircularConvolution.Options.defaults(), false);
    }

    @Test
    @Timeout(120)
    void shouldConvolveWithInverseOfAWhenInvertA() {
        assertConvolves(CircularConvolution.Options.defaults().withInvertA(true), true);
    }

    private static void assertConvolves(final CircularConvolution.Options options, final boolean invertA) {
        final int d = 8;
        final double[] a = FourierTransformsTest.randomVector(d, 11);
        final double[] b = FourierTransformsTest.randomVector(d, 12);
        final Network net = new Network("n").seed(7);
        final Node na = net.node(a);
        final Node nb = net.node(b);
        final CircularConvolution cc = CircularConvolution.add(net, "cc", 200, d, options);
        net.connect(na, cc.inputA());
        net.connect(nb, cc.inputB());
        final Probe out = net.probe(cc.output()).synapse(0.03);
        final double[][] y = Runs.run(net, ExecutorKind.PLANNED, 600, out);
        final double[] exact = Runs.circularConvolution(invertA ? Runs.involution(a) : a, b);
        final double[][] expected = new double[y.length][];
        for (int k = 0; k < y.length; k++) {
            expected[k] = exact;
        }
        final double rmse = Runs.rmse(y, expected, 400, 600);
        assertTrue(rmse < RMSE_TOL, "RMSE " + rmse);
    }
}
