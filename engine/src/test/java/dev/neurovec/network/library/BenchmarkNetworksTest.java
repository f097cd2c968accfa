package dev.neurovec.network.library;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Neurons;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.solvers.NoSolver;
import dev.neurovec.sim.ExecutorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkNetworksTest {

    @Test
    void shouldHaveNengoDlSizesWhenBuilt() {
        // nengo-semantics.md §6.1: cconv(128, 64) is about 16.6k neurons, integrator(128, 32) is 4096
        final BenchmarkNetwork cconv = BenchmarkNetworks.cconv(128, 64, new Lif());
        assertEquals(16_640, cconv.neurons());
        assertEquals(2 * 260, cconv.network().allEnsembles().size());
        assertEquals(4096, BenchmarkNetworks.integrator(128, 32, new Lif()).neurons());
        final BenchmarkNetwork random = BenchmarkNetworks.randomNetwork(2, 50, new Lif(), 100, 5, 0);
        assertEquals(10_000, random.neurons());
        assertEquals(100 * 7, random.network().allConnections().size());
        assertEquals(51_200, BenchmarkNetworks.ensembleArrayChain(512, 50).neurons());
    }

    @Test
    void shouldConfigureNengoDlGainsAndBiasesOnEveryEnsemble() {
        final BenchmarkNetwork net = BenchmarkNetworks.integrator(4, 8, new RectifiedLinear());
        for (Ensemble e : net.network().allEnsembles()) {
            assertNotNull(e.gain(), "gain set by the network config");
            assertNotNull(e.bias(), "bias set by the network config");
            assertInstanceOf(RectifiedLinear.class, e.neuronType());
        }
    }

    @Test
    void shouldDecodeWithOnesIntoRandomTargetsWhenRandomNetwork() {
        final BenchmarkNetwork net = BenchmarkNetworks.randomNetwork(3, 4, new Lif(), 6, 2, 42);
        int fromEnsembles = 0;
        for (Connection c : net.network().allConnections()) {
            if (c.pre() instanceof Ensemble) {
                fromEnsembles++;
                final double[][] dec = ((NoSolver) c.solver()).values();
                assertEquals(12, dec.length);
                assertEquals(1.0, dec[5][2]);
            }
        }
        assertEquals(6 * 3, fromEnsembles);
        assertEquals("BenchmarkNetworks.randomNetwork: connectionsPerEnsemble = -1; expected >= 0",
            assertThrows(ValidationError.class,
                () -> BenchmarkNetworks.randomNetwork(1, 1, new Lif(), 1, -1, 0)).getMessage());
    }

    @Test
    void shouldBeOneRecurrentDenseConnectionWhenDenseRandomLif() {
        final BenchmarkNetwork net = BenchmarkNetworks.denseRandomLif(1000, 0);
        assertEquals(1000, net.neurons());
        assertEquals(1, net.network().allConnections().size());
        final Connection c = net.network().allConnections().get(0);
        assertInstanceOf(Neurons.class, c.pre());
        assertSame(c.pre(), c.post());
        assertEquals(100, net.probe().size());
    }

    @Test
    @Timeout(60)
    void shouldFireAtAboutTwentyToFortyHertzWhenDenseRandomLifRuns() {
        final BenchmarkNetwork net = BenchmarkNetworks.denseRandomLif(400, 1);
        final double[][] spikes = Runs.run(net.network(), ExecutorKind.PLANNED, 1000, net.probe());
        double count = 0;
        for (double[] row : spikes) {
            for (double v : row) {
                count += v * 0.001;
            }
        }
        final double rateHz = count / spikes[0].length;
        // biases U(1.05, 1.5) alone give 16..42 Hz; the weak random recurrence shifts this a little
        assertTrue(rateHz > 12 && rateHz < 50, "mean rate " + rateHz + " Hz");
    }

    @Test
    @Timeout(60)
    void shouldRelayTheInputThroughBothArraysWhenChainRuns() {
        final BenchmarkNetwork net = BenchmarkNetworks.ensembleArrayChain(6, 100);
        net.probe().synapse(0.02);
        final double[][] y = Runs.run(net.network(), ExecutorKind.PLANNED, 500, net.probe());
        final double[] m = Runs.mean(y, 300, 500);
        for (int i = 0; i < m.length; i++) {
            // two decodings of 100 LIF neurons each, so errors add; measured within 0.012
            assertEquals(0.8 * Math.sin(i), m[i], 0.05, "element " + i);
        }
    }

    @Test
    @Timeout(60)
    void shouldOutputNearZeroWhenCconvConvolvesZeros() {
        // NengoDL feeds a = 0 and b = 1, so the exact convolution is 0
        final BenchmarkNetwork net = BenchmarkNetworks.cconv(4, 64, new Lif());
        net.probe().synapse(0.03);
        final double[][] y = Runs.run(net.network(), ExecutorKind.PLANNED, 400, net.probe());
        final double[] m = Runs.mean(y, 200, 400);
        for (int i = 0; i < m.length; i++) {
            // gains of -1 and biases up to 1 make a poor representation of 0: measured 0.07
            assertEquals(0.0, m[i], 0.15, "element " + i);
        }
    }
}
