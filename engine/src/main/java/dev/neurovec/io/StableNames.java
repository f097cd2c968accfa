package dev.neurovec.io;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.NengoObject;
import dev.neurovec.network.Network;
import dev.neurovec.network.Neurons;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.Slice;
import dev.neurovec.network.learning.LearningRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names checkpoints give network objects, chosen to survive edits that do not touch the object.
 *
 * <ul>
 *   <li>A labeled ensemble, node or sub-network: its label path, as in error messages
 *       ({@code encoder.hidden}). The top-level network's label is not part of it.</li>
 *   <li>An unlabeled one: {@code Ensemble#k}, {@code Node#k}, {@code Network#k}, where k counts only the
 *       <em>unlabeled</em> siblings of that type before it. Adding, removing or relabeling labeled
 *       objects, or appending unlabeled ones, renames nothing; inserting an unlabeled sibling of the
 *       same type before it does (label objects you checkpoint).</li>
 *   <li>A labeled connection: its label path. An unlabeled one: its ends, {@code <pre>-><post>}, where an
 *       end is an object name, {@code <ensemble>.neurons}, {@code <connection>.rule} (a learning rule), and a
 *       slice adds {@code [from:to]} or {@code [i,j,k]}. Only parallel unlabeled connections between the
 *       same ends get a suffix: the second is {@code a->b#1}, the third {@code a->b#2}, so adding a
 *       parallel connection never renames the first.</li>
 *   <li>A probe: {@code Probe(<label>)}, or {@code Probe#k} when unlabeled, under its network's path (probes
 *       own only state, and are often labeled like the object they watch).</li>
 * </ul>
 * Two objects may end up with one name (Nengo allows duplicate labels); {@link #unique} reports that
 * when a checkpoint needs the name.
 */
public final class StableNames {
    private final Map<Object, String> names = new IdentityHashMap<>();
    private final Map<String, List<Object>> owners = new HashMap<>();
    private final Map<String, Integer> parallel = new HashMap<>();

    private StableNames() {
    }

    /**
     * @param root the top-level network
     * @return the names of every object in it
     */
    public static StableNames of(final Network root) {
        final StableNames n = new StableNames();
        n.visit(root, "");
        for (Connection c : root.allConnections()) {
            n.connection(c);
        }
        return n;
    }

    private void visit(final Network net, final String prefix) {
        siblings(net.ensembles(), "Ensemble", prefix);
        siblings(net.nodes(), "Node", prefix);
        int unlabeled = 0;
        for (Probe p : net.probes()) {
            put(p, prefix + (p.label() != null ? "Probe(" + p.label() + ")" : "Probe#" + unlabeled++));
        }
        siblings(net.networks(), "Network", prefix);
        for (Network sub : net.networks()) {
            visit(sub, names.get(sub) + ".");
        }
    }

    private void siblings(final List<? extends NengoObject> objects, final String type, final String prefix) {
        int unlabeled = 0;
        for (NengoObject o : objects) {
            put(o, prefix + (o.label() != null ? o.label() : type + "#" + unlabeled++));
        }
    }

    private String connection(final Connection c) {
        final String known = names.get(c);
        if (known != null) {
            return known;
        }
        final String name;
        if (c.label() != null) {
            final String p = c.parent().parent() == null ? "" : names.get(c.parent()) + ".";
            name = p + c.label();
        } else {
            final String ends = end(c.pre()) + "->" + end(c.post());
            final int k = parallel.merge(ends, 1, Integer::sum) - 1;
            name = k == 0 ? ends : ends + "#" + k;
        }
        put(c, name);
        return name;
    }

    private String end(final Object o) {
        if (o instanceof Slice s) {
            final int[] idx = s.indices();
            final StringBuilder sb = new StringBuilder(end(s.target())).append('[');
            if (s.contiguous() && idx.length > 0) {
                sb.append(idx[0]).append(':').append(idx[idx.length - 1] + 1);
            } else {
                for (int i = 0; i < idx.length; i++) {
                    sb.append(i > 0 ? "," : "").append(idx[i]);
                }
            }
            return sb.append(']').toString();
        }
        if (o instanceof Neurons n) {
            return names.get(n.ensemble()) + ".neurons";
        }
        if (o instanceof LearningRule r) {
            return connection(r.connection()) + ".rule";
        }
        final String n = names.get(o);
        if (n == null) {
            throw new IllegalArgumentException("no checkpoint name for " + o + ": not an object of this network");
        }
        return n;
    }

    private void put(final Object o, final String name) {
        names.put(o, name);
        owners.computeIfAbsent(name, k -> new ArrayList<>(1)).add(o);
    }

    /**
     * @param o an ensemble, node, connection, probe or sub-network of the network
     * @return its name (possibly shared with another object)
     */
    public String nameOf(final Object o) {
        final String n = names.get(o);
        if (n == null) {
            throw new IllegalArgumentException("no checkpoint name for " + o + ": not an object of this network");
        }
        return n;
    }

    /**
     * @param o an object a checkpoint stores something of
     * @return its name
     * @throws ValidationError when another object has the same name
     */
    public String unique(final Object o) {
        final String n = nameOf(o);
        final List<Object> all = owners.get(n);
        if (all.size() > 1) {
            final Object other = all.get(all.get(0) == o ? 1 : 0);
            throw ValidationError.of(String.valueOf(o), "checkpoint name", n, "a name no other object has, but "
                + other + " has it too; give one of them a different label");
        }
        return n;
    }
}
