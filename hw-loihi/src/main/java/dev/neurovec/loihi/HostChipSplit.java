package dev.neurovec.loihi;

import dev.neurovec.build.BuiltConnection;
import dev.neurovec.build.Model;
import dev.neurovec.network.Connectable;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Dense;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Neurons;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.Slice;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.learning.LearningRule;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.network.synapses.Synapse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stage 1 (hardware.md §A4.5): places nodes on the host and ensembles on the chip, removes passthrough nodes by
 * composing the connections through them (transforms multiplied, Lowpass synapses merged by adding their time
 * constants, as nengo-loihi does), and sorts the resulting links into host→host, host→chip, chip→host and
 * chip→chip.
 *
 * <p>A probed passthrough node stays on the host as well, because its probe reads it there: every chain that
 * reaches it ends in it (a link into the kept node), and the same chains are still composed through it to
 * whatever it feeds, so the kept node only ever receives. Links that go from the chip into host nodes (kept
 * passthroughs included) are the chip→host links, carried by on-chip probes ({@link LoihiBuilder}).
 *
 * <p>Host inputs are precomputed before the chip runs (nengo-loihi's {@code precompute = True}), so a host node
 * fed by the chip must not feed the chip, directly or through other host nodes: such a closed host↔chip loop
 * is refused with an {@link UnsupportedOperationException}.
 */
final class HostChipSplit {

    /**
     * The split.
     *
     * @param hostNodes  nodes that run on the host (passthroughs removed unless probed)
     * @param hostLinks  host→host links
     * @param hostToChip host→chip links
     * @param chipToHost chip→host links
     * @param chipLinks  chip→chip links
     */
    record Result(List<Node> hostNodes, List<Link> hostLinks, List<Link> hostToChip, List<Link> chipToHost,
                  List<Link> chipLinks) {
    }

    private HostChipSplit() {
    }

    static Result split(final Network net, final Model model, final Consumer<String> warn) {
        for (Ensemble e : net.allEnsembles()) {
            if (e.isDirect()) {
                throw new UnsupportedOperationException(e.describe() + " is a Direct-mode ensemble; the Loihi"
                    + " back-end runs ensembles on chip and does not support Direct mode (no on_chip=False yet)");
            }
            if (e.noise() != null) {
                throw new UnsupportedOperationException(e.describe() + " has ensemble noise; Loihi compartment noise"
                    + " is not implemented by this back-end");
            }
        }
        final Map<Node, List<Connection>> outOf = new IdentityHashMap<>();
        for (Connection c : net.allConnections()) {
            if (c.learningRule() != null || target(c.post()) instanceof LearningRule) {
                throw new UnsupportedOperationException(c.describe() + " uses a learning rule; PES learning on"
                    + " Loihi (host error stream, on-chip traces) is not implemented by this back-end");
            }
            if (target(c.pre()) instanceof Node n && n.isPassthrough()) {
                outOf.computeIfAbsent(n, k -> new ArrayList<>()).add(c);
            }
        }
        final Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Probe p : net.allProbes()) {
            if (target(p.target()) instanceof Node n && n.isPassthrough()) {
                kept.add(n);
            }
        }
        final List<Link> links = new ArrayList<>();
        for (Connection c : net.allConnections()) {
            if (!(target(c.pre()) instanceof Node n && n.isPassthrough())) {
                expand(link(c, model), outOf, kept, model, Collections.newSetFromMap(new IdentityHashMap<>()), links,
                    warn);
            }
        }
        final List<Node> hostNodes = new ArrayList<>();
        for (Node n : net.allNodes()) {
            if (!n.isPassthrough() || kept.contains(n)) {
                hostNodes.add(n);
            }
        }
        final List<Link> hh = new ArrayList<>();
        final List<Link> hc = new ArrayList<>();
        final List<Link> ch = new ArrayList<>();
        final List<Link> cc = new ArrayList<>();
        for (Link l : links) {
            final boolean preHost = l.pre() instanceof Node;
            final boolean postHost = l.post() instanceof Node;
            if (preHost && postHost) {
                hh.add(l);
            } else if (preHost) {
                hc.add(l);
            } else if (postHost) {
                ch.add(l);
            } else {
                cc.add(l);
            }
        }
        refuseClosedLoops(hh, hc, ch);
        return new Result(hostNodes, hh, hc, ch, cc);
    }

    /**
     * Throws when a host node that receives chip output also feeds the chip, directly or through host→host
     * links: the host inputs are precomputed before the chip runs, so such a loop would need a per-step
     * exchange.
     */
    private static void refuseClosedLoops(final List<Link> hh, final List<Link> hc, final List<Link> ch) {
        final Map<Object, Link> fedBy = new IdentityHashMap<>();
        final List<Object> queue = new ArrayList<>();
        for (Link l : ch) {
            if (fedBy.putIfAbsent(l.post(), l) == null) {
                queue.add(l.post());
            }
        }
        for (int i = 0; i < queue.size(); i++) {
            for (Link l : hh) {
                if (l.pre() == queue.get(i) && fedBy.putIfAbsent(l.post(), fedBy.get(l.pre())) == null) {
                    queue.add(l.post());
                }
            }
        }
        for (Link l : hc) {
            final Link from = fedBy.get(l.pre());
            if (from != null) {
                throw new UnsupportedOperationException("closed host↔chip loop: " + ((Node) l.pre()).describe()
                    + " depends on chip output (through '" + from.label() + "') and feeds the chip (through '"
                    + l.label() + "'); the Loihi back-end precomputes host inputs before the chip runs and does not"
                    + " implement the per-step host↔chip exchange (precompute = false) such a loop needs");
            }
        }
    }

    private static void expand(final Link l, final Map<Node, List<Connection>> outOf, final Set<Node> kept,
                               final Model model, final Set<Node> visiting, final List<Link> out,
                               final Consumer<String> warn) {
        if (!(l.post() instanceof Node p && p.isPassthrough())) {
            out.add(l);
            return;
        }
        if (!visiting.add(p)) {
            throw new UnsupportedOperationException("passthrough " + p.describe() + " is part of a cycle of"
                + " passthrough nodes; such cycles cannot be removed and cannot run on Loihi");
        }
        if (kept.contains(p)) {
            out.add(l);
        }
        final List<Connection> outs = outOf.getOrDefault(p, List.of());
        if (outs.isEmpty() && !kept.contains(p)) {
            warn.accept("passthrough " + p.describe() + " has no outgoing connections; '" + l.label() + "' dropped");
        }
        for (Connection c2 : outs) {
            expand(compose(l, p, c2, model, warn), outOf, kept, model, visiting, out, warn);
        }
        visiting.remove(p);
    }

    private static Link compose(final Link l, final Node p, final Connection c2, final Model model,
                                final Consumer<String> warn) {
        final int size = p.sizeIn();
        final double[][] e = new double[size][l.sizeOut()];
        for (int k = 0; k < l.sizeOut(); k++) {
            e[l.postIdx() == null ? k : l.postIdx()[k]][k] += 1;
        }
        final int[] sel = indices(c2.pre());
        final double[][] s = new double[c2.sizeIn()][size];
        for (int j = 0; j < c2.sizeIn(); j++) {
            s[j][sel == null ? j : sel[j]] = 1;
        }
        final double[][] m = mul(mul(mul(transformOf(c2, model), s), e), l.transform());
        return new Link(l.label() + " via " + p.describe(), l.origin(), l.pre(), l.preIdx(), l.function(),
            l.functionPoints(), l.sizeMid(), m, merge(l.synapse(), c2.synapse(), l.label(), p, warn), target(c2.post()),
            indices(c2.post()), l.solver());
    }

    private static Synapse merge(final Synapse a, final Synapse b, final String label, final Node p,
                                 final Consumer<String> warn) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a instanceof Lowpass la && b instanceof Lowpass lb) {
            warn.accept("'" + label + "' through passthrough " + p.describe() + ": two lowpass synapses ("
                + la.tau() + " s, " + lb.tau() + " s) merged into one of " + (la.tau() + lb.tau()) + " s");
            return new Lowpass(la.tau() + lb.tau());
        }
        throw new UnsupportedOperationException("'" + label + "' through passthrough " + p.describe() + ": synapses "
            + a + " and " + b + " cannot be merged; only Lowpass synapses can be combined when removing passthroughs");
    }

    static Link link(final Connection c, final Model model) {
        return new Link(c.path(), c, target(c.pre()), indices(c.pre()), c.function(), c.functionPoints(),
            c.sizeMid(), transformOf(c, model), c.synapse(), target(c.post()), indices(c.post()), c.solver());
    }

    /** The connection's transform as a size_out x size_mid matrix, drawn as the engine drew it. */
    static double[][] transformOf(final Connection c, final Model model) {
        final Dense t = c.transform();
        final int rows = c.sizeOut();
        final int cols = c.sizeMid();
        if (t == null) {
            final double[][] id = new double[rows][cols];
            for (int i = 0; i < Math.min(rows, cols); i++) {
                id[i][i] = 1;
            }
            return id;
        }
        if (t.distribution() == null) {
            return t.toMatrix(rows, cols, null);
        }
        final BuiltConnection bc = (BuiltConnection) model.params(c);
        final RandomState rng = new RandomState(model.seed(c));
        if (target(c.pre()) instanceof Ensemble ens) {
            if (c.evalPoints() != null) {
                c.evalPoints().sample(bc.evalPoints().length, ens.dimensions(), rng);
            }
            return t.toMatrix(rows, cols, rng);
        }
        return bc.weights();
    }

    static Object target(final Connectable c) {
        return c instanceof Slice s ? s.target() : c;
    }

    static Object target(final Object c) {
        return c instanceof Slice s ? s.target() : c;
    }

    static int[] indices(final Object c) {
        return c instanceof Slice s ? s.indices() : null;
    }

    static double[][] mul(final double[][] a, final double[][] b) {
        final int n = a.length;
        final int k = b.length;
        final int m = k == 0 ? 0 : b[0].length;
        final double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                final double v = a[i][r];
                if (v != 0) {
                    for (int j = 0; j < m; j++) {
                        out[i][j] += v * b[r][j];
                    }
                }
            }
        }
        return out;
    }

    /** @return true when the object is neurons (or a slice of them) */
    static boolean isNeurons(final Object o) {
        return target(o) instanceof Neurons;
    }
}
