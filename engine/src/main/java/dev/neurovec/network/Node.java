package dev.neurovec.network;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.processes.Process;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A non-neural part of a network, as Nengo's {@code nengo.Node}: a constant, a function of time (and
 * optionally of its input), a process, or a passthrough that relays the sum of its inputs. Input
 * nodes (size in 0) are what {@code predict} and {@code fit} feed data into.
 */
public final class Node extends NengoObject implements Connectable, Probeable {
    /** Probe attribute: the node's output. */
    public static final String OUTPUT = "output";

    /** What the node's output is. */
    public enum Kind {
        /** a fixed vector */
        CONSTANT,
        /** {@code f(t, x)} */
        FUNCTION,
        /** a {@link Process} */
        PROCESS,
        /** the input, unchanged */
        PASSTHROUGH,
        /** a {@link TensorLayer} over the whole minibatch (NengoDL's TensorNode) */
        TENSOR
    }

    private final Kind kind;
    private final int sizeIn;
    private final int sizeOut;
    private final double[] constant;
    private final NodeFunction function;
    private final Process process;
    private TensorLayer layer;
    private Boolean trainable;

    private Node(final Network parent, final Kind kind, final int sizeIn, final int sizeOut, final double[] constant,
                 final NodeFunction function, final Process process) {
        super(parent);
        this.kind = kind;
        this.sizeIn = sizeIn;
        this.sizeOut = sizeOut;
        this.constant = constant;
        this.function = function;
        this.process = process;
        if (kind == Kind.PASSTHROUGH && sizeIn < 1) {
            throw ValidationError.of(describe(), "size", sizeIn, ">= 1");
        }
        if (sizeIn < 0) {
            throw ValidationError.of(describe(), "sizeIn", sizeIn, ">= 0");
        }
        if (sizeOut < 0 || (sizeOut == 0 && kind != Kind.FUNCTION)) {
            throw ValidationError.of(describe(), "sizeOut", sizeOut, kind == Kind.FUNCTION ? ">= 0" : ">= 1");
        }
    }

    // The factories make the node before checking its output so that a message names it by its path.

    static Node constant(final Network parent, final double[] values) {
        final double[] v = values == null ? new double[0] : values.clone();
        final Node n = new Node(parent, Kind.CONSTANT, 0, v.length, v, null, null);
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw ValidationError.of(n.describe(), "output[" + i + "]", v[i], "a finite value");
            }
        }
        return n;
    }

    static Node ofTime(final Network parent, final DoubleUnaryOperator f) {
        final Node n = new Node(parent, Kind.FUNCTION, 0, 1, null, (t, x, out) -> out[0] = f.applyAsDouble(t), null);
        if (f == null) {
            throw ValidationError.of(n.describe(), "output", null, "a function of time");
        }
        return n;
    }

    static Node ofFunction(final Network parent, final int sizeIn, final int sizeOut, final NodeFunction f) {
        final Node n = new Node(parent, Kind.FUNCTION, sizeIn, sizeOut, null, f, null);
        if (f == null) {
            throw ValidationError.of(n.describe(), "output", null, "a function");
        }
        return n;
    }

    static Node ofProcess(final Network parent, final Process p, final int sizeIn, final int sizeOut) {
        final Node n = new Node(parent, Kind.PROCESS, sizeIn, sizeOut, null, null, p);
        if (p == null) {
            throw ValidationError.of(n.describe(), "output", null, "a process");
        }
        return n;
    }

    static Node tensor(final Network parent, final int sizeIn, final int sizeOut, final TensorLayer layer) {
        if (layer == null) {
            throw ValidationError.of("Node in '" + parent.path() + "'", "layer", null, "a tensor layer");
        }
        final Node n = new Node(parent, Kind.TENSOR, sizeIn, sizeOut, null, null, null);
        n.layer = layer;
        return n;
    }

    static Node passthrough(final Network parent, final int size) {
        return new Node(parent, Kind.PASSTHROUGH, size, size, null, null, null);
    }

    @Override
    public String typeName() {
        return "Node";
    }

    /**
     * @param label the label
     * @return this
     */
    public Node label(final String label) {
        setLabel(label);
        return this;
    }

    /** @return what the output is */
    public Kind kind() {
        return kind;
    }

    @Override
    public int sizeIn() {
        return sizeIn;
    }

    @Override
    public int sizeOut() {
        return sizeOut;
    }

    /** @return the constant output (a copy), or null when not constant */
    public double[] constant() {
        return constant == null ? null : constant.clone();
    }

    /** @return the output function, or null */
    public NodeFunction function() {
        return function;
    }

    /** @return the output process, or null */
    public Process process() {
        return process;
    }

    /** @return the tensor layer, or null */
    public TensorLayer layer() {
        return layer;
    }

    /**
     * NengoDL's trainable switch for a tensor node's parameters.
     *
     * @param on true, false, or null for the default (trainable)
     * @return this
     */
    public Node trainable(final Boolean on) {
        this.trainable = on;
        return this;
    }

    /** @return the trainable switch, or null */
    public Boolean trainable() {
        return trainable;
    }

    /** @return true for a passthrough node */
    public boolean isPassthrough() {
        return kind == Kind.PASSTHROUGH;
    }

    @Override
    public List<String> probeable() {
        return List.of(OUTPUT);
    }

    /**
     * @param from first element, inclusive
     * @param to   last element, exclusive
     * @return a view of elements [from, to)
     */
    public Slice slice(final int from, final int to) {
        return Slice.range(this, from, to);
    }

    /**
     * @param indices elements to select
     * @return a view of those elements
     */
    public Slice select(final int... indices) {
        return Slice.of(this, indices);
    }
}
