package dev.neurovec.network;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.processes.Process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A container of ensembles, nodes, connections, probes and sub-networks, as Nengo's
 * {@code nengo.Network}. Objects are created through its factory methods (Java has no
 * {@code with} block), so every object knows its network from birth. The seed, when set, makes the
 * build reproducible: every object draws its own seed from it in a fixed order
 * (nengo-semantics.md §1.1).
 */
public final class Network extends NengoObject {
    private final List<Ensemble> ensembles = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<Network> networks = new ArrayList<>();
    private final List<Probe> probes = new ArrayList<>();
    private final Config config = new Config();

    /** An unlabeled, unseeded top-level network. */
    public Network() {
        super(null);
    }

    /**
     * @param label the network's label
     */
    public Network(final String label) {
        super(null);
        setLabel(label);
    }

    private Network(final Network parent, final String label) {
        super(parent);
        setLabel(label);
    }

    @Override
    public String typeName() {
        return "Network";
    }

    /** The root network's own label is not part of its descendants' paths, so paths survive a rename. */
    @Override
    public String path() {
        return parent() == null ? "" : super.path();
    }

    /**
     * @param seed the seed every object's seed is drawn from
     * @return this
     */
    public Network seed(final long seed) {
        setSeed(seed);
        return this;
    }

    /**
     * @param label the label
     * @return this
     */
    public Network label(final String label) {
        setLabel(label);
        return this;
    }

    /** @return per-class defaults for objects created in this network and its sub-networks */
    public Config config() {
        return config;
    }

    /**
     * Creates a sub-network.
     *
     * @param label its label (may be null)
     * @return the sub-network
     */
    public Network network(final String label) {
        final Network n = new Network(this, label);
        networks.add(n);
        return n;
    }

    /**
     * Creates an ensemble with this network's (and its ancestors') configured defaults.
     *
     * @param nNeurons   number of neurons, at least 1
     * @param dimensions number of represented dimensions, at least 1
     * @return the ensemble
     */
    public Ensemble ensemble(final int nNeurons, final int dimensions) {
        final Ensemble e = new Ensemble(this, nNeurons, dimensions);
        ensembles.add(e);
        return e;
    }

    /**
     * Creates a labelled ensemble.
     *
     * @param label      label
     * @param nNeurons   number of neurons
     * @param dimensions number of represented dimensions
     * @return the ensemble
     */
    public Ensemble ensemble(final String label, final int nNeurons, final int dimensions) {
        return ensemble(nNeurons, dimensions).label(label);
    }

    /**
     * Creates a node with a constant output.
     *
     * @param values the output, finite, at least one value
     * @return the node
     */
    public Node node(final double... values) {
        return add(Node.constant(this, values));
    }

    /**
     * Creates a node whose scalar output is a function of time, e.g. {@code t -> Math.sin(2 * Math.PI * t)}.
     *
     * @param f the function of time in seconds
     * @return the node (size 1)
     */
    public Node node(final DoubleUnaryOperator f) {
        return add(Node.ofTime(this, f));
    }

    /**
     * Creates a node computing {@code out = f(t, x)}.
     *
     * @param sizeIn  input size (0 for a pure source)
     * @param sizeOut output size, at least 1
     * @param f       the function; must write every output value and not allocate
     * @return the node
     */
    public Node node(final int sizeIn, final int sizeOut, final NodeFunction f) {
        return add(Node.ofFunction(this, sizeIn, sizeOut, f));
    }

    /**
     * Creates a node whose output is a process (a white signal, noise, a presented input, ...).
     *
     * @param process the process; sizes are its defaults
     * @return the node
     */
    public Node node(final Process process) {
        return add(Node.ofProcess(this, process, process.defaultSizeIn(), process.defaultSizeOut()));
    }

    /**
     * Creates a node whose output is a process, with explicit sizes.
     *
     * @param process the process
     * @param sizeIn  input size
     * @param sizeOut output size
     * @return the node
     */
    public Node node(final Process process, final int sizeIn, final int sizeOut) {
        return add(Node.ofProcess(this, process, sizeIn, sizeOut));
    }

    /**
     * Creates a tensor node (NengoDL's {@code TensorNode}): user code over the whole minibatch each step.
     *
     * @param sizeIn  input size (0 for a source)
     * @param sizeOut output size, at least 1
     * @param layer   the code, optionally differentiable and with trainable parameters
     * @return the node
     */
    public Node tensorNode(final int sizeIn, final int sizeOut, final TensorLayer layer) {
        return add(Node.tensor(this, sizeIn, sizeOut, layer));
    }

    /**
     * Creates a passthrough node ({@code output=None} in Nengo): it relays the sum of its inputs.
     *
     * @param size its size, at least 1
     * @return the node
     */
    public Node passthrough(final int size) {
        return add(Node.passthrough(this, size));
    }

    private Node add(final Node n) {
        nodes.add(n);
        return n;
    }

    /**
     * Connects two objects; configure the connection through its setters.
     *
     * @param pre  source
     * @param post target
     * @return the connection
     */
    public Connection connect(final Connectable pre, final Connectable post) {
        final Connection c = new Connection(this, pre, post);
        requireSameRoot(c, pre, "pre");
        requireSameRoot(c, post, "post");
        connections.add(c);
        return c;
    }

    /**
     * Probes the default attribute of a target.
     *
     * @param target what to record
     * @return the probe
     */
    public Probe probe(final Probeable target) {
        return probe(target, null);
    }

    /**
     * Probes an attribute of a target.
     *
     * @param target what to record
     * @param attr   the attribute ({@code decoded_output}, {@code output}, {@code voltage}, ...) or null for
     *               the default
     * @return the probe
     */
    public Probe probe(final Probeable target, final String attr) {
        final Probe p = new Probe(this, target, attr);
        requireSameRoot(p, target, "target");
        probes.add(p);
        return p;
    }

    /** @return ensembles created directly in this network, in creation order */
    public List<Ensemble> ensembles() {
        return Collections.unmodifiableList(ensembles);
    }

    /** @return nodes created directly in this network */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** @return connections created directly in this network */
    public List<Connection> connections() {
        return Collections.unmodifiableList(connections);
    }

    /** @return direct sub-networks */
    public List<Network> networks() {
        return Collections.unmodifiableList(networks);
    }

    /** @return probes created directly in this network */
    public List<Probe> probes() {
        return Collections.unmodifiableList(probes);
    }

    /** @return every ensemble in this network and its sub-networks, depth first */
    public List<Ensemble> allEnsembles() {
        final List<Ensemble> out = new ArrayList<>(ensembles);
        networks.forEach(n -> out.addAll(n.allEnsembles()));
        return out;
    }

    /** @return every node in this network and its sub-networks */
    public List<Node> allNodes() {
        final List<Node> out = new ArrayList<>(nodes);
        networks.forEach(n -> out.addAll(n.allNodes()));
        return out;
    }

    /** @return every connection in this network and its sub-networks */
    public List<Connection> allConnections() {
        final List<Connection> out = new ArrayList<>(connections);
        networks.forEach(n -> out.addAll(n.allConnections()));
        return out;
    }

    /** @return every probe in this network and its sub-networks */
    public List<Probe> allProbes() {
        final List<Probe> out = new ArrayList<>(probes);
        networks.forEach(n -> out.addAll(n.allProbes()));
        return out;
    }

    /** @return every sub-network, recursively */
    public List<Network> allNetworks() {
        final List<Network> out = new ArrayList<>(networks);
        networks.forEach(n -> out.addAll(n.allNetworks()));
        return out;
    }

    /**
     * Finds a node by label, for feeding data by name as NengoDL does.
     *
     * @param label the node's label
     * @return the one node with that label in this network or its sub-networks
     * @throws dev.neurovec.errors.ValidationError when no node or more than one has that label
     */
    public Node findNode(final String label) {
        return unique(allNodes(), label, "node");
    }

    /**
     * Finds a probe by label, for giving targets by name as NengoDL does.
     *
     * @param label the probe's label
     * @return the one probe with that label in this network or its sub-networks
     * @throws dev.neurovec.errors.ValidationError when no probe or more than one has that label
     */
    public Probe findProbe(final String label) {
        return unique(allProbes(), label, "probe");
    }

    private <T extends NengoObject> T unique(final List<T> all, final String label, final String kind) {
        T found = null;
        int count = 0;
        for (T o : all) {
            if (label != null && label.equals(o.label())) {
                found = o;
                count++;
            }
        }
        if (count != 1) {
            throw dev.neurovec.errors.ValidationError.of(describe(), kind + " label", label, count == 0
                ? "the label of a " + kind + " in this network" : "a unique label (" + count + " " + kind + "s have it)");
        }
        return found;
    }

    /** @return this network and all its ancestors, innermost first */
    List<Network> configChain() {
        final List<Network> chain = new ArrayList<>();
        for (Network n = this; n != null; n = n.parent()) {
            chain.add(n);
        }
        return chain;
    }

    int indexOf(final NengoObject o) {
        final List<? extends NengoObject> list;
        if (o instanceof Ensemble) {
            list = ensembles;
        } else if (o instanceof Node) {
            list = nodes;
        } else if (o instanceof Connection) {
            list = connections;
        } else if (o instanceof Probe) {
            list = probes;
        } else if (o instanceof Network) {
            list = networks;
        } else {
            throw new ValidationError("unknown object " + o.getClass());
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == o) {
                return i;
            }
        }
        // An object validates its parameters before the factory adds it, and its error message names it
        // by the index it is about to get.
        return list.size();
    }

    /** @return true when {@code o} belongs to this network or one of its sub-networks */
    boolean contains(final NengoObject o) {
        for (Network n = o.parent(); n != null; n = n.parent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nengo fails to build a network whose connection or probe refers to an object of another network;
     * here every object knows its network from birth, so the mistake is reported where it is made.
     */
    private void requireSameRoot(final NengoObject user, final Object end, final String role) {
        final NengoObject o = owner(end);
        Network root = this;
        while (root.parent() != null) {
            root = root.parent();
        }
        if (o != null && (o.parent() == null || !root.contains(o))) {
            throw ValidationError.of(user.describe(), role, ((o == end) ? o.describe() : end.toString()) + " of "
                + o.parent().describe(), "an object of the same network tree as " + describe());
        }
    }

    /** @return the network object an end belongs to (the ensemble of neurons, the target of a slice) */
    private static NengoObject owner(final Object end) {
        if (end instanceof Slice s) {
            return owner(s.target());
        }
        if (end instanceof Neurons n) {
            return n.ensemble();
        }
        if (end instanceof dev.neurovec.network.learning.LearningRule r) {
            return r.connection();
        }
        return end instanceof NengoObject o ? o : null;
    }
}
