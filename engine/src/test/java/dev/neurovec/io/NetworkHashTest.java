package dev.neurovec.io;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.synapses.Lowpass;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NetworkHashTest {
    private record Net(Network net, Node in, Ensemble a, Ensemble b) {
    }

    private static Net base(final Consumer<Net> edit) {
        final Network net = new Network("n").seed(1);
        final Node in = net.node(0.5).label("in");
        final Ensemble a = net.ensemble("a", 10, 1).neuronType(new Lif());
        final Ensemble b = net.ensemble("b", 8, 1).neuronType(new Lif());
        net.connect(in, a).synapse(new Lowpass(0.005));
        net.connect(a, b).synapse(new Lowpass(0.01));
        final Net n = new Net(net, in, a, b);
        edit.accept(n);
        return n;
    }

    private static String hash(final Consumer<Net> edit) {
        return NetworkHash.of(base(edit).net());
    }

    @Test
    void shouldDescribeTheStructureOnly() {
        assertEquals("""
            network {
              E0 ensemble n=10 d=1 Lif
              E1 ensemble n=8 d=1 Lif
              N2 node CONSTANT in=0 out=1
            }
            C3 N2 -> E0 in=1 mid=1 out=1 transform=none synapse=Lowpass weightSolver=false rule=none
            C4 E0 -> E1 in=1 mid=1 out=1 transform=none synapse=Lowpass weightSolver=false rule=none
            """, NetworkHash.describe(base(n -> { }).net()));
        assertEquals(64, hash(n -> { }).length());
    }

    @Test
    void shouldIgnoreLabelsSeedsProbesAndConstants() {
        final String h = hash(n -> { });
        assertEquals(h, hash(n -> n.a().label("renamed")));
        assertEquals(h, hash(n -> n.net().seed(99)));
        assertEquals(h, hash(n -> n.b().seed(7)));
        assertEquals(h, hash(n -> n.net().probe(n.b()).synapse(0.01)));
        assertEquals(h, hash(n -> n.net().connections().get(1).synapse(new Lowpass(0.1))));
    }

    @Test
    void shouldChangeWithSizesTypesAndConnectivity() {
        final String h = hash(n -> { });
        assertNotEquals(h, hash(n -> n.net().ensemble("c", 3, 1)));
        assertNotEquals(h, hash(n -> n.a().neuronType(new LifRate())));
        assertNotEquals(h, hash(n -> n.net().connect(n.in(), n.b())));
        assertNotEquals(h, hash(n -> n.net().connections().get(1).synapse((Lowpass) null)));
        assertNotEquals(h, hash(n -> n.net().connections().get(0).transform(new double[][] {{1}})));
        final Network other = new Network("n").seed(1);
        final Node in = other.node(0.5).label("in");
        other.ensemble("a", 10, 1).neuronType(new Lif());
        final Ensemble b = other.ensemble("b", 8, 1).neuronType(new Lif());
        other.connect(in, b).synapse(new Lowpass(0.005));
        other.connect(other.ensembles().get(0), b).synapse(new Lowpass(0.01));
        assertNotEquals(h, NetworkHash.of(other), "rewired: input goes to b instead of a");
    }
}
