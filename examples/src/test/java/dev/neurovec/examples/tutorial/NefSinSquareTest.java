package dev.neurovec.examples.tutorial;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.processes.WhiteSignal;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NefSinSquareTest {

    /** The tutorial's network as the tutorial writes it: the white signal takes its seed from the simulator. */
    private static float[][][] unseededRun(final double seconds) {
        final Network net = new Network("sin-x-squared").seed(0);
        final Node inpt = net.node(new WhiteSignal(1, 5, 0.3, null, null));
        final Ensemble ens0 = net.ensemble("ens0", 50, 1);
        final Ensemble ens1 = net.ensemble("ens1", 50, 1);
        final Node outpt = net.passthrough(1);
        net.connect(inpt, ens0);
        net.connect(ens0, ens1).function(x -> x * x);
        net.connect(ens1, outpt).function(Math::sin);
        final Probe in = net.probe(inpt);
        final Probe out = net.probe(outpt).synapse(0.005);
        try (Simulator sim = new Simulator(net, SimulatorOptions.defaults().withSeed(0))) {
            sim.run(seconds);
            return new float[][][] {sim.data(in), sim.data(out)};
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRunBitForBitAsTheUnseededTutorialNetworkWhenTheSignalSeedIsWrittenOut() {
        final float[][][] tutorial = unseededRun(1.0);
        final NefSinSquare.Parts parts = NefSinSquare.build();
        try (Simulator sim = new Simulator(parts.network(), SimulatorOptions.defaults()
            .withSeed(NefSinSquare.SIMULATOR_SEED))) {
            sim.run(1.0);
            final float[][] in = sim.data(parts.inputP());
            final float[][] out = sim.data(parts.outputP());
            assertEquals(tutorial[0].length, in.length);
            for (int k = 0; k < in.length; k++) {
                assertArrayEquals(tutorial[0][k], in[k], 0f, "x at step " + (k + 1));
                assertArrayEquals(tutorial[1][k], out[k], 0f, "output at step " + (k + 1));
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldApproximateSinOfXSquared() {
        final NefSinSquare.Result r = NefSinSquare.run(SimulatorOptions.defaults(), 2.0);
        assertEquals(2000, r.t().length);
        assertTrue(r.rmse() < 0.1, "rmse " + r.rmse());
    }
}
