package dev.neurovec.network.library;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.VectorFunction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Nengo's {@code nengo.networks.EnsembleArray}: {@code nEnsembles} independent ensembles of
 * {@code neuronsPerEnsemble} neurons and {@code ensembleDimensions} dimensions each, which together
 * represent one vector of {@code nEnsembles * ensembleDimensions} dimensions with far fewer neurons
 * than one big ensemble would need.
 *
 * <p>Structure (as Nengo's, nengo-semantics.md §1.13): a passthrough node {@code input} whose slice
 * {@code [i*d, (i+1)*d)} feeds ensemble {@code i}, and a passthrough node {@code output} that
 * collects each ensemble's decoded value in the same slice. Both connections have no synapse, so
 * the array adds no delay of its own. Every ensemble takes its parameters from the configs of the
 * enclosing networks (e.g. NengoDL's benchmark gain and bias), plus an optional radius.
 *
 * <pre>{@code
 * EnsembleArray ea = EnsembleArray.add(net, "ea", 50, 512);
 * net.connect(stimulus, ea.input());
 * Node squares = ea.addOutput("square", x -> x * x);
 * }</pre>
 */
public final class EnsembleArray {
    /** Name of the identity output every array has, as Nengo's {@code ea.output}. */
    public static final String OUTPUT = "output";

    private final Network network;
    private final int ensembleDimensions;
    private final List<Ensemble> ensembles;
    private final List<Connection> inputConnections;
    private final Node input;
    private final Map<String, Node> outputs = new LinkedHashMap<>();
    private final Map<String, List<Connection>> outputConnections = new LinkedHashMap<>();

    private EnsembleArray(final Network network, final int neuronsPerEnsemble, final int nEnsembles,
                          final int ensembleDimensions, final double radius) {
        this.network = network;
        this.ensembleDimensions = ensembleDimensions;
        this.input = network.passthrough(nEnsembles * ensembleDimensions).label("input");
        final List<Ensemble> ens = new ArrayList<>(nEnsembles);
        final List<Connection> in = new ArrayList<>(nEnsembles);
        for (int i = 0; i < nEnsembles; i++) {
            final Ensemble e = network.ensemble(neuronsPerEnsemble, ensembleDimensions);
            if (!Double.isNaN(radius)) {
                e.radius(radius);
            }
            ens.add(e);
            in.add(network.connect(input.slice(i * ensembleDimensions, (i + 1) * ensembleDimensions), e)
                .synapse(null));
        }
        this.ensembles = Collections.unmodifiableList(ens);
        this.inputConnections = Collections.unmodifiableList(in);
        // The identity output is a decoded connection without a function (Nengo's add_output(function=None)).
        addOutputChecked(OUTPUT, ensembleDimensions, null);
    }

    /**
     * Adds an array of 1-D ensembles with the configured (or Nengo's default) radius.
     *
     * @param parent             the network to add the array to
     * @param label              the array's sub-network label (may be null)
     * @param neuronsPerEnsemble neurons in each ensemble, &gt;= 1
     * @param nEnsembles         number of ensembles, &gt;= 1
     * @return the array
     */
    public static EnsembleArray add(final Network parent, final String label, final int neuronsPerEnsemble,
                                    final int nEnsembles) {
        return add(parent, label, neuronsPerEnsemble, nEnsembles, 1);
    }

    /**
     * Adds an array whose ensembles take their radius from the enclosing configs.
     *
     * @param parent             the network to add the array to
     * @param label              the array's sub-network label (may be null)
     * @param neuronsPerEnsemble neurons in each ensemble, &gt;= 1
     * @param nEnsembles         number of ensembles, &gt;= 1
     * @param ensembleDimensions dimensions each ensemble represents, &gt;= 1
     * @return the array
     */
    public static EnsembleArray add(final Network parent, final String label, final int neuronsPerEnsemble,
                                    final int nEnsembles, final int ensembleDimensions) {
        return create(parent, label, neuronsPerEnsemble, nEnsembles, ensembleDimensions, Double.NaN);
    }

    /**
     * Adds an array whose ensembles all have the given radius (Nengo passes it as an ensemble keyword).
     *
     * @param parent             the network to add the array to
     * @param label              the array's sub-network label (may be null)
     * @param neuronsPerEnsemble neurons in each ensemble, &gt;= 1
     * @param nEnsembles         number of ensembles, &gt;= 1
     * @param ensembleDimensions dimensions each ensemble represents, &gt;= 1
     * @param radius             radius of every ensemble, finite and &gt; 0
     * @return the array
     */
    public static EnsembleArray add(final Network parent, final String label, final int neuronsPerEnsemble,
                                    final int nEnsembles, final int ensembleDimensions, final double radius) {
        Checks.positiveFinite(Checks.name("EnsembleArray", label), "radius", radius);
        return create(parent, label, neuronsPerEnsemble, nEnsembles, ensembleDimensions, radius);
    }

    private static EnsembleArray create(final Network parent, final String label, final int neuronsPerEnsemble,
                                        final int nEnsembles, final int ensembleDimensions, final double radius) {
        final String who = Checks.name("EnsembleArray", label);
        Checks.parent(who, parent);
        Checks.atLeast(who, "neuronsPerEnsemble", neuronsPerEnsemble, 1);
        Checks.atLeast(who, "nEnsembles", nEnsembles, 1);
        Checks.atLeast(who, "ensembleDimensions", ensembleDimensions, 1);
        if ((long) nEnsembles * ensembleDimensions > Integer.MAX_VALUE) {
            throw ValidationError.of(who, "nEnsembles * ensembleDimensions", (long) nEnsembles * ensembleDimensions,
                "<= " + Integer.MAX_VALUE);
        }
        return new EnsembleArray(parent.network(label), neuronsPerEnsemble, nEnsembles, ensembleDimensions, radius);
    }

    /**
     * Adds an output computing {@code f} element-wise on every ensemble's value: a passthrough node of
     * {@link #dimensions()} elements fed by one decoded connection per ensemble, without synapse.
     *
     * @param name the output's name and node label: unique in this array, non-empty, without '/'
     * @param f    the scalar function, applied to each represented dimension
     * @return the output node
     */
    public Node addOutput(final String name, final DoubleUnaryOperator f) {
        if (f == null) {
            throw ValidationError.of(describe(), "addOutput(" + name + ").function", null, "a function");
        }
        return addOutput(name, ensembleDimensions, (x, out) -> {
            for (int k = 0; k < x.length; k++) {
                out[k] = f.applyAsDouble(x[k]);
            }
        });
    }

    /**
     * Adds an output computing a vector function of every ensemble's value; the output node has
     * {@code functionSize * nEnsembles} elements, ensemble {@code i} writing slice
     * {@code [i*functionSize, (i+1)*functionSize)}.
     *
     * @param name         the output's name and node label: unique in this array, non-empty, without '/'
     * @param functionSize the function's output size, &gt;= 1
     * @param f            the function of one ensemble's value
     * @return the output node
     */
    public Node addOutput(final String name, final int functionSize, final VectorFunction f) {
        if (f == null) {
            throw ValidationError.of(describe(), "addOutput(" + name + ").function", null, "a function");
        }
        return addOutputChecked(name, functionSize, f);
    }

    private Node addOutputChecked(final String name, final int functionSize, final VectorFunction f) {
        if (name == null || name.isEmpty() || name.contains("/")) {
            throw ValidationError.of(describe(), "output name", name, "a non-empty name without '/'");
        }
        if (outputs.containsKey(name) || name.equals(input.label())) {
            throw ValidationError.of(describe(), "output name", name, "a name not already used in this array");
        }
        Checks.atLeast(describe(), "addOutput(" + name + ").functionSize", functionSize, 1);
        final Node node = network.passthrough(functionSize * ensembles.size()).label(name);
        final List<Connection> conns = new ArrayList<>(ensembles.size());
        for (int i = 0; i < ensembles.size(); i++) {
            final Connection c = network.connect(ensembles.get(i),
                node.slice(i * functionSize, (i + 1) * functionSize)).synapse(null);
            if (f != null) {
                c.function(functionSize, f);
            }
            conns.add(c);
        }
        outputs.put(name, node);
        outputConnections.put(name, Collections.unmodifiableList(conns));
        return node;
    }

    /** @return the sub-network holding the array */
    public Network network() {
        return network;
    }

    /** @return the passthrough node feeding the ensembles */
    public Node input() {
        return input;
    }

    /** @return the identity output (the decoded values of all ensembles) */
    public Node output() {
        return outputs.get(OUTPUT);
    }

    /**
     * @param name an output's name ({@link #OUTPUT} or one given to {@link #addOutput})
     * @return its node
     */
    public Node output(final String name) {
        final Node n = outputs.get(name);
        if (n == null) {
            throw ValidationError.of(describe(), "output name", name, "one of " + outputs.keySet());
        }
        return n;
    }

    /** @return the output names, in the order they were added */
    public List<String> outputNames() {
        return List.copyOf(outputs.keySet());
    }

    /** @return the ensembles, in input order */
    public List<Ensemble> ensembles() {
        return ensembles;
    }

    /** @return the connections from the input node to each ensemble */
    public List<Connection> inputConnections() {
        return inputConnections;
    }

    /**
     * @param name an output's name
     * @return the connections from each ensemble to that output
     */
    public List<Connection> outputConnections(final String name) {
        output(name);
        return outputConnections.get(name);
    }

    /** @return number of ensembles */
    public int nEnsembles() {
        return ensembles.size();
    }

    /** @return dimensions of each ensemble */
    public int ensembleDimensions() {
        return ensembleDimensions;
    }

    /** @return total represented dimensions, {@code nEnsembles * ensembleDimensions} */
    public int dimensions() {
        return ensembles.size() * ensembleDimensions;
    }

    /** @return neurons in each ensemble */
    public int neuronsPerEnsemble() {
        return ensembles.get(0).nNeurons();
    }

    /** @return total neurons */
    public int nNeurons() {
        return ensembles.size() * neuronsPerEnsemble();
    }

    private String describe() {
        return "EnsembleArray '" + network.path() + "'";
    }
}
