package dev.neurovec.io;

import dev.neurovec.network.Connection;
import dev.neurovec.network.Dense;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Neurons;
import dev.neurovec.network.Node;
import dev.neurovec.network.Slice;
import dev.neurovec.network.learning.LearningRule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A fingerprint of a network's structure: SHA-256 (hex) of a canonical text listing, in creation
 * order and sub-network by sub-network, every ensemble (neurons, dimensions, neuron type), node (kind,
 * sizes, tensor layer class and parameter sizes) and connection (its ends by position in that order,
 * slices, sizes, whether it is decoded, its transform's kind and shape, synapse type, weight-solver
 * flag, learning rule type). Labels, seeds, parameter values, neuron and synapse constants and probes
 * are left out: relabeling, reseeding or probing does not change the hash; adding, removing, resizing
 * or rewiring an object, or changing a type, does. {@link #describe} returns the canonical text, to see
 * what differs.
 */
public final class NetworkHash {
    private final Map<Object, String> refs = new IdentityHashMap<>();
    private final StringBuilder text = new StringBuilder();

    private NetworkHash() {
    }

    /**
     * @param root the top-level network
     * @return 64 lower-case hex digits
     */
    public static String of(final Network root) {
        try {
            final byte[] d = MessageDigest.getInstance("SHA-256")
                .digest(describe(root).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * @param root the top-level network
     * @return the canonical text the hash is taken of, one object per line
     */
    public static String describe(final Network root) {
        final NetworkHash h = new NetworkHash();
        h.objects(root, "");
        for (Connection c : root.allConnections()) {
            h.refs.put(c, "C" + h.refs.size());
        }
        for (Connection c : root.allConnections()) {
            h.connection(c);
        }
        return h.text.toString();
    }

    private void objects(final Network net, final String indent) {
        text.append(indent).append("network {\n");
        for (Ensemble e : net.ensembles()) {
            final String ref = "E" + refs.size();
            refs.put(e, ref);
            text.append(indent).append("  ").append(ref).append(" ensemble n=").append(e.nNeurons())
                .append(" d=").append(e.dimensions()).append(' ').append(e.neuronType().getClass().getSimpleName())
                .append('\n');
        }
        for (Node n : net.nodes()) {
            final String ref = "N" + refs.size();
            refs.put(n, ref);
            text.append(indent).append("  ").append(ref).append(" node ").append(n.kind()).append(" in=")
                .append(n.sizeIn()).append(" out=").append(n.sizeOut());
            if (n.layer() != null) {
                final Class<?> layer = n.layer().getClass();
                // A lambda's class name changes from run to run; the layer's parameters still say what it is.
                text.append(' ').append(layer.isSynthetic() || layer.isHidden() ? "lambda" : layer.getName());
                n.layer().parameters().forEach((k, v) -> text.append(' ').append(k).append('=').append(v.length));
            }
            text.append('\n');
        }
        for (Network sub : net.networks()) {
            objects(sub, indent + "  ");
        }
        text.append(indent).append("}\n");
    }

    private void connection(final Connection c) {
        final String ref = refs.get(c);
        final Dense t = c.transform();
        text.append(ref).append(' ').append(end(c.pre())).append(" -> ").append(end(c.post()))
            .append(" in=").append(c.sizeIn()).append(" mid=").append(c.sizeMid()).append(" out=").append(c.sizeOut())
            .append(" transform=").append(t == null ? "none" : t.elementwise() ? "elementwise" + t.rows()
                : "dense" + t.rows() + "x" + t.cols())
            .append(" synapse=").append(c.synapse() == null ? "none" : c.synapse().getClass().getSimpleName())
            .append(" weightSolver=").append(c.solver() != null && c.solver().weights())
            .append(" rule=").append(c.learningRule() == null ? "none"
                : c.learningRule().type().getClass().getSimpleName())
            .append('\n');
    }

    private String end(final Object o) {
        if (o instanceof Slice s) {
            return end(s.target()) + java.util.Arrays.toString(s.indices()).replace(" ", "");
        }
        if (o instanceof Neurons n) {
            return end(n.ensemble()) + ".neurons";
        }
        if (o instanceof LearningRule r) {
            return end(r.connection()) + ".rule";
        }
        final String ref = refs.get(o);
        return ref == null ? "?" + o.getClass().getSimpleName() : ref;
    }
}
