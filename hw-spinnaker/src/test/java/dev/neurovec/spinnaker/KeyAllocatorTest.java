package dev.neurovec.spinnaker;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyAllocatorTest {

    @Test
    void shouldCountBitsForValuesWhenSizingFields() {
        assertEquals(0, KeyAllocator.bits(1));
        assertEquals(1, KeyAllocator.bits(2));
        assertEquals(2, KeyAllocator.bits(3));
        assertEquals(6, KeyAllocator.bits(64));
        assertEquals(7, KeyAllocator.bits(65));
    }

    @Test
    void shouldPackFieldsFromTheLeastSignificantBitWhenComposingKeys() {
        final KeySpace ks = new KeySpace(4, 2, 3, new int[] {5});
        assertEquals(List.of(0, 4), List.of(ks.indexField()[0], ks.indexField()[1]));
        assertEquals(List.of(4, 2), List.of(ks.clusterField()[0], ks.clusterField()[1]));
        assertEquals(List.of(6, 3), List.of(ks.connectionField()[0], ks.connectionField()[1]));
        assertEquals(List.of(9, 1), List.of(ks.userField()[0], ks.userField()[1]));
        assertEquals(0xf, ks.dimensionMask());
        assertEquals(0b11_1100_0000, ks.filterMask());
        final Operators ops = new Operators();
        final EnsembleOperator e = ops.ensemble(1, 1);
        final DeviceSignal s = ops.connect(e, ops.sink(16), 16);
        assertEquals((5 << 6) | (2 << 4) | 9, ks.key(s, 2, 9));
        assertEquals(5 << 6, ks.filterKey(s));
    }

    private static Mapping map(final Network net) {
        return Fixture.of(net, 10).mapping;
    }

    private static int id(final Mapping m, final String label) {
        for (DeviceSignal s : m.model().signals()) {
            if (s.label().contains(label)) {
                return m.keys().connectionId(s);
            }
        }
        throw new AssertionError("no signal " + label);
    }

    @Test
    void shouldShareOneConnectionIdWhenFanInSignalsRouteAlike() {
        final Network net = new Network("fan-in").seed(3);
        final Ensemble hub = net.ensemble("hub", 50, 1);
        for (int k = 0; k < 8; k++) {
            net.connect(net.ensemble("src" + k, 20, 1), hub).label("in" + k);
        }
        final Mapping m = map(net);
        final Set<Integer> ids = new HashSet<>();
        for (int k = 0; k < 8; k++) {
            ids.add(id(m, "in" + k));
        }
        assertEquals(1, ids.size(), "eight sources into one filter along identical routes share an id");
        assertEquals(1, m.uncompressed().get(0).size(), "and so one router entry");
    }

    @Test
    void shouldSeparateIdsWhenSignalsShareASourceOrEnterDifferentFilters() {
        final Network net = new Network("separate").seed(4);
        final Ensemble a = net.ensemble("a", 50, 1);
        final Ensemble b = net.ensemble("b", 50, 1);
        final Ensemble c = net.ensemble("c", 50, 1);
        net.connect(a, c).label("fast").synapse(0.005);
        net.connect(b, c).label("slow").synapse(0.05);
        net.connect(a, b).label("square").function(x -> x * x);
        final Fixture f = Fixture.of(net, 10);
        final Mapping m = f.mapping;
        assertNotEquals(id(m, "fast"), id(m, "slow"), "different filters of one operator");
        assertNotEquals(id(m, "fast"), id(m, "square"), "one source");
        assertTrue(MappingVerifier.verify(m, f.reader()).stream().allMatch(Check::ok));
    }
}
