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

class IntegratorTest {
    /** 200 LIF neurons per dimension, 100 ms feedback: the value integrates within this of the exact integral. */
    private static final double INTEGRATE_TOL = 0.08;
    /** Over 0.6 s of holding, decoding error makes the value drift; this bounds the drift. */
    private static final double HOLD_TOL = 0.12;

    @Test
    void shouldBeARecurrentEnsembleArrayWhenBuilt() {
        final Network net = new Network("n");
        final Integrator integ = Integrator.add(net, "integ", 32, 128, 0.01);
        assertEquals(4096, integ.nNeurons());
        assertEquals(128, integ.array().nEnsembles());
        assertEquals(0.01, ((dev.neurovec.network.synapses.Lowpass) integ.recurrent().synapse()).tau());
        assertEquals(integ.output(), integ.recurrent().pre());
        assertEquals(integ.input(), integ.recurrent().post());
    }

    @Test
    void shouldRejectInvalidArgumentsWithSpecificMessages() {
        final Network net = new Network("n");
        assertEquals("Integrator 'i': recurrentTau = 0.0; expected a finite value > 0",
            assertThrows(ValidationError.class, () -> Integrator.add(net, "i", 10, 2, 0)).getMessage());
        final Integrator integ = Integrator.add(net, "j", 10, 2, 0.1);
        final Node wrong = net.node(1.0, 2.0, 3.0);
        assertThrows(ValidationError.class, () -> integ.connectInput(wrong));
    }

    @Test
    @Timeout(60)
    void shouldIntegrateThenHoldWhenInputStops() {
        final Network net = new Network("n").seed(9);
        final Node u = net.node(0, 2, (t, x, out) -> {
            out[0] = t < 0.3 ? 1.0 : 0.0;
            out[1] = t < 0.3 ? -0.5 : 0.0;
        });
        final Integrator integ = Integrator.add(net, "integ", 200, 2, 0.1);
        integ.connectInput(u);
        final Probe p = net.probe(integ.output()).synapse(0.01);
        final double[][] y = Runs.run(net, ExecutorKind.PLANNED, 1000, p);
        final double[] atStop = Runs.mean(y, 300, 340);
        assertEquals(0.3, atStop[0], INTEGRATE_TOL, "integrated dim 0");
        assertEquals(-0.15, atStop[1], INTEGRATE_TOL, "integrated dim 1");
        final double[] atEnd = Runs.mean(y, 950, 1000);
        assertEquals(0.3, atEnd[0], HOLD_TOL, "held dim 0");
        assertEquals(-0.15, atEnd[1], HOLD_TOL, "held dim 1");
    }
}
