package dev.neurovec.network.library;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.sim.ExecutorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnsembleArrayTest {
    /** Decoded constants from 100 LIF neurons, filtered by 20 ms and averaged over 200 ms: typically 0.01. */
    private static final double DECODE_TOL = 0.05;

    @Test
    void shouldHaveOneEnsemblePerSliceAndTwoConnectionsEachWhenBuilt() {
        final Network net = new Network("n");
        final EnsembleArray ea = EnsembleArray.add(net, "ea", 20, 4, 2);
        assertEquals(4, ea.ensembles().size());
        assertEquals(8, ea.dimensions());
        assertEquals(80, ea.nNeurons());
        assertEquals(8, ea.input().sizeIn());
        assertEquals(8, ea.output().sizeOut());
        assertEquals(8, net.allConnections().size());
        assertEquals(List.of(EnsembleArray.OUTPUT), ea.outputNames());
        for (Connection c : ea.inputConnections()) {
            assertNull(c.synapse(), "input connections add no delay");
        }
        assertEquals("ea", ea.network().label());
    }

    @Test
    void shouldAddOneConnectionPerEnsembleWhenOutputAdded() {
        final Network net = new Network("n");
        final EnsembleArray ea = EnsembleArray.add(net, "ea", 10, 3, 2);
        final Node sq = ea.addOutput("square", x -> x * x);
        final Node sum = ea.addOutput("sum", 1, (x, out) -> out[0] = x[0] + x[1]);
        assertEquals(6, sq.sizeOut());
        assertEquals(3, sum.sizeOut());
        assertEquals(3 * 4, net.allConnections().size());
        assertSame(sum, ea.output("sum"));
        assertEquals(3, ea.outputConnections("square").size());
        assertEquals(List.of("output", "square", "sum"), ea.outputNames());
    }

    @Test
    void shouldRejectInvalidArgumentsWithSpecificMessages() {
        final Network net = new Network("n");
        assertEquals("EnsembleArray 'ea': neuronsPerEnsemble = 0; expected >= 1",
            assertThrows(ValidationError.class, () -> EnsembleArray.add(net, "ea", 0, 3)).getMessage());
        assertEquals("EnsembleArray 'ea': nEnsembles = -1; expected >= 1",
            assertThrows(ValidationError.class, () -> EnsembleArray.add(net, "ea", 5, -1)).getMessage());
        assertEquals("EnsembleArray 'ea': ensembleDimensions = 0; expected >= 1",
            assertThrows(ValidationError.class, () -> EnsembleArray.add(net, "ea", 5, 2, 0)).getMessage());
        assertEquals("EnsembleArray 'ea': radius = 0.0; expected a finite value > 0",
            assertThrows(ValidationError.class, () -> EnsembleArray.add(net, "ea", 5, 2, 1, 0.0)).getMessage());
        assertEquals("EnsembleArray 'ea': parent = null; expected a network to add the sub-network to",
            assertThrows(ValidationError.class, () -> EnsembleArray.add(null, "ea", 5, 2)).getMessage());
    }

    @Test
    void shouldRejectDuplicateOrMissingOutputNames() {
        final EnsembleArray ea = EnsembleArray.add(new Network("n"), "ea", 5, 2);
        assertEquals("EnsembleArray 'ea': output name = 'output'; expected a name not already used in this array",
            assertThrows(ValidationError.class, () -> ea.addOutput("output", x -> x)).getMessage());
        assertEquals("EnsembleArray 'ea': output name = 'nope'; expected one of [output]",
            assertThrows(ValidationError.class, () -> ea.output("nope")).getMessage());
        assertEquals("EnsembleArray 'ea': addOutput(f).functionSize = 0; expected >= 1",
            assertThrows(ValidationError.class, () -> ea.addOutput("f", 0, (x, out) -> { })).getMessage());
    }

    @Test
    void shouldApplyRadiusToEveryEnsembleWhenGiven() {
        final EnsembleArray ea = EnsembleArray.add(new Network("n"), "ea", 5, 3, 1, 2.5);
        ea.ensembles().forEach(e -> assertEquals(2.5, e.radius()));
    }

    @Test
    @Timeout(60)
    void shouldRepresentAndSquareConstantInputsWhenSimulated() {
        final double[] x = {0.5, -0.3, 0.2, 0.7};
        final Network net = new Network("n").seed(3);
        final Node in = net.node(x);
        final EnsembleArray ea = EnsembleArray.add(net, "ea", 100, x.length);
        net.connect(in, ea.input());
        final Node sq = ea.addOutput("square", v -> v * v);
        final Probe identity = net.probe(ea.output()).synapse(0.02);
        final Probe square = net.probe(sq).synapse(0.02);
        final double[][] id = Runs.run(net, ExecutorKind.PLANNED, 500, identity);
        final double[][] s2 = Runs.run(net, ExecutorKind.PLANNED, 500, square);
        final double[] idMean = Runs.mean(id, 300, 500);
        final double[] sqMean = Runs.mean(s2, 300, 500);
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], idMean[i], DECODE_TOL, "identity[" + i + "]");
            assertEquals(x[i] * x[i], sqMean[i], DECODE_TOL, "square[" + i + "]");
        }
    }
}
