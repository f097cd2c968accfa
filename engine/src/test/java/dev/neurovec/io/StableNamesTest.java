package dev.neurovec.io;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.learning.Pes;
import dev.neurovec.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StableNamesTest {
    @TempDir
    Path dir;

    @Test
    void shouldNameLabeledObjectsByLabelPathAndUnlabeledOnesByUnlabeledSiblingIndex() {
        final Network net = new Network("top");
        final Ensemble first = net.ensemble(5, 1);
        net.ensemble("named", 5, 1);
        final Ensemble second = net.ensemble(5, 1);
        final Network sub = net.network("sub");
        final Ensemble inner = sub.ensemble("inner", 3, 1);
        final Network anon = net.network(null);
        final Node n = anon.node(1.0);
        final Probe p = net.probe(first).label("first");
        final Probe q = sub.probe(inner);
        final StableNames names = StableNames.of(net);
        assertEquals("Ensemble#0", names.nameOf(first));
        assertEquals("Ensemble#1", names.nameOf(second));
        assertEquals("sub.inner", names.nameOf(inner));
        assertEquals("Network#0.Node#0", names.nameOf(n));
        assertEquals("Probe(first)", names.nameOf(p));
        assertEquals("sub.Probe#0", names.nameOf(q));
    }

    @Test
    void shouldNameUnlabeledConnectionsByTheirEndsWithSuffixesOnlyForParallelOnes() {
        final Network net = new Network();
        final Ensemble a = net.ensemble("a", 4, 2);
        final Ensemble b = net.ensemble("b", 4, 2);
        final Connection ab = net.connect(a, b);
        final Connection ab1 = net.connect(a, b).transform(2.0);
        final Connection neurons = net.connect(a.neurons(), b.neurons()).transform(new double[4][4]);
        final Connection slices = net.connect(a.slice(0, 1), b.select(1));
        final Connection picked = net.connect(a.select(1, 0), b);
        final Connection labeled = net.connect(b, a).label("feedback");
        final Network sub = net.network("sub");
        final Connection inSub = sub.connect(a, b).label("c");
        final Connection err = net.connect(b, ab.learningRule(new Pes()).learningRule());
        final StableNames names = StableNames.of(net);
        assertEquals("a->b", names.nameOf(ab));
        assertEquals("a->b#1", names.nameOf(ab1));
        assertEquals("a.neurons->b.neurons", names.nameOf(neurons));
        assertEquals("a[0:1]->b[1:2]", names.nameOf(slices));
        assertEquals("a[1,0]->b", names.nameOf(picked));
        assertEquals("feedback", names.nameOf(labeled));
        assertEquals("sub.c", names.nameOf(inSub));
        assertEquals("b->a->b.rule", names.nameOf(err));
    }

    @Test
    void shouldKeepEveryNameWhenUnrelatedObjectsAreAddedOrRelabeled() {
        final TestNets.AutoEncoder before = TestNets.autoEncoder();
        final TestNets.AutoEncoder after = TestNets.autoEncoder();
        after.net().ensemble("added", 3, 1);
        after.net().ensemble(3, 1);
        after.net().connect(after.hidden().neurons(), after.net().ensembles().get(3).neurons())
            .transform(new double[3][6]);
        after.probe().label("renamed");
        final StableNames a = StableNames.of(before.net());
        final StableNames b = StableNames.of(after.net());
        assertEquals(a.nameOf(before.hidden()), b.nameOf(after.hidden()));
        assertEquals(a.nameOf(before.out()), b.nameOf(after.out()));
        for (int i = 0; i < 2; i++) {
            assertEquals(a.nameOf(before.net().connections().get(i)), b.nameOf(after.net().connections().get(i)));
        }
    }

    @Test
    void shouldLoadByNameIntoAnEditedNetworkWithPartialLoading() {
        final Path file = dir.resolve("ae.h5");
        final TestNets.AutoEncoder original = TestNets.autoEncoder();
        final double[] w;
        try (Simulator sim = new Simulator(original.net())) {
            final var sig = sim.model().sig(original.net().connections().get(1)).get("weights");
            final double[] v = sim.read(sig, 0);
            for (int i = 0; i < v.length; i++) {
                v[i] = i * 0.25;
            }
            sim.write(sig, 0, v);
            w = v;
            sim.saveParams(file);
        }
        final TestNets.AutoEncoder edited = TestNets.autoEncoder();
        final Ensemble added = edited.net().ensemble("added", 3, 1);
        edited.net().connect(edited.hidden().neurons(), added.neurons()).transform(new double[3][6]);
        try (Simulator sim = new Simulator(edited.net())) {
            final CheckpointMismatchError e = assertThrows(CheckpointMismatchError.class, () -> sim.loadParams(file));
            assertEquals(3, e.mismatches().size(), e.getMessage());
            sim.loadParams(file, LoadOptions.params().withPartial(true));
            assertArrayEquals(w, sim.read(sim.model().sig(edited.net().connections().get(1)).get("weights"), 0));
        }
    }

    @Test
    void shouldRefuseToCheckpointTwoObjectsWithOneName() {
        final Network net = new Network();
        final Ensemble x = net.ensemble("x", 2, 1);
        net.ensemble("x", 3, 1);
        final StableNames names = StableNames.of(net);
        final ValidationError e = assertThrows(ValidationError.class, () -> names.unique(x));
        assertEquals("Ensemble 'x': checkpoint name = 'x'; expected a name no other object has, but Ensemble 'x'"
            + " has it too; give one of them a different label", e.getMessage());
        try (Simulator sim = new Simulator(net)) {
            assertThrows(ValidationError.class, () -> sim.saveParams(dir.resolve("dup.h5")));
        }
    }
}
