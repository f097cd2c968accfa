package dev.neurovec.network;

import dev.neurovec.errors.ValidationError;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Data can be keyed by label: lookups search sub-networks and refuse missing or ambiguous labels. */
class NetworkLookupTest {
    @Test
    void shouldFindNodesAndProbesByLabelInSubNetworks() {
        final Network net = new Network("top");
        final Node in = net.node(0.0).label("input");
        final Network sub = net.network("sub");
        final Ensemble e = sub.ensemble("e", 5, 1);
        final Probe p = sub.probe(e).label("out");
        net.connect(in, e);
        assertSame(in, net.findNode("input"));
        assertSame(p, net.findProbe("out"));
    }

    @Test
    void shouldNameTheLabelWhenMissingOrAmbiguous() {
        final Network net = new Network("top");
        net.node(0.0).label("a");
        net.node(1.0).label("a");
        final ValidationError missing = assertThrows(ValidationError.class, () -> net.findProbe("b"));
        assertEquals("Network 'top': probe label = 'b'; expected the label of a probe in this network",
            missing.getMessage());
        final ValidationError twice = assertThrows(ValidationError.class, () -> net.findNode("a"));
        assertEquals("Network 'top': node label = 'a'; expected a unique label (2 nodes have it)", twice.getMessage());
    }
}
