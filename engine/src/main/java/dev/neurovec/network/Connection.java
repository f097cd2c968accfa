package dev.neurovec.network;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Samples;
import dev.neurovec.network.learning.LearningRule;
import dev.neurovec.network.learning.LearningRuleType;
import dev.neurovec.network.solvers.LstsqL2;
import dev.neurovec.network.solvers.Solver;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.network.synapses.Synapse;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A connection from one object to another, as Nengo's {@code nengo.Connection}: optionally computes
 * a function (solved for with the NEF when the pre is an ensemble), applies a transform, and filters
 * the result with a synapse. Synapse {@code null} means no filter and no delay; any synapse,
 * including {@code Lowpass(0)}, delays by one step (nengo-semantics.md §1.4, §3.2).
 */
public final class Connection extends NengoObject implements Probeable {
    /** Probe attribute: the weighted, filtered output. */
    public static final String OUTPUT = "output";
    /** Probe attribute: the (sliced) pre value. */
    public static final String INPUT = "input";
    /** Probe attribute: the weight (decoder) matrix. */
    public static final String WEIGHTS = "weights";

    private final Connectable pre;
    private final Connectable post;
    private Synapse synapse;
    private Solver solver;
    private Dense transform;
    private VectorFunction function;
    private int functionSize = -1;
    private double[][] functionPoints;
    private Distribution evalPoints;
    private int nEvalPoints = -1;
    private boolean scaleEvalPoints = true;
    private Boolean trainable;
    private LearningRule learningRule;

    Connection(final Network parent, final Connectable pre, final Connectable post) {
        super(parent);
        if (pre == null || post == null) {
            throw ValidationError.of(describe(), pre == null ? "pre" : "post", null, "an ensemble, neurons, node or slice");
        }
        this.pre = pre;
        this.post = post;
        if (pre.sizeOut() == 0) {
            throw ValidationError.of(describe(), "pre", pre.describe(), "an object with output (sizeOut > 0)");
        }
        if (post.sizeIn() == 0) {
            throw ValidationError.of(describe(), "post", post.describe(), "an object with input (sizeIn > 0)");
        }
        Synapse syn = new Lowpass(0.005);
        Solver sol = new LstsqL2();
        for (Network n : parent.configChain()) {
            if (n.config().connection().synapseSet) {
                syn = n.config().connection().synapse;
                break;
            }
        }
        for (Network n : parent.configChain()) {
            if (n.config().connection().solver != null) {
                sol = n.config().connection().solver;
                break;
            }
        }
        this.synapse = syn;
        this.solver = sol;
    }

    @Override
    public String typeName() {
        return "Connection";
    }

    /** The path of an unlabeled connection names its ends, which is stable when unrelated objects are added. */
    @Override
    public String path() {
        if (label() != null) {
            return super.path();
        }
        final String p = parent().path();
        final String own = "Connection[" + indexInParent() + "]";
        return p.isEmpty() ? own : p + "." + own;
    }

    /**
     * @param label the label
     * @return this
     */
    public Connection label(final String label) {
        setLabel(label);
        return this;
    }

    /**
     * @param seed seed for this connection's eval points, solver and transform
     * @return this
     */
    public Connection seed(final long seed) {
        setSeed(seed);
        return this;
    }

    /** @return the source */
    public Connectable pre() {
        return pre;
    }

    /** @return the target */
    public Connectable post() {
        return post;
    }

    /** @return the synapse, or null for none */
    public Synapse synapse() {
        return synapse;
    }

    /**
     * @param synapse the filter, or null for no filter and no delay
     * @return this
     */
    public Connection synapse(final Synapse synapse) {
        this.synapse = synapse;
        return this;
    }

    /**
     * A number is a {@link Lowpass} time constant, as in Nengo.
     *
     * @param tau lowpass time constant in seconds, &gt;= 0
     * @return this
     */
    public Connection synapse(final double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw ValidationError.of(describe(), "synapse", tau, "a finite time constant >= 0");
        }
        this.synapse = new Lowpass(tau);
        return this;
    }

    /** @return the decoder solver */
    public Solver solver() {
        return solver;
    }

    /**
     * @param solver how decoders (or weights) are solved for
     * @return this
     */
    public Connection solver(final Solver solver) {
        if (solver == null) {
            throw ValidationError.of(describe(), "solver", null, "a solver");
        }
        this.solver = solver;
        return this;
    }

    /** @return the transform, or null for none (Nengo's NoTransform) */
    public Dense transform() {
        return transform;
    }

    /**
     * @param value a scalar gain applied element-wise
     * @return this
     */
    public Connection transform(final double value) {
        if (!Double.isFinite(value)) {
            throw ValidationError.of(describe(), "transform", value, "a finite value");
        }
        this.transform = Dense.scalar(value);
        return this;
    }

    /**
     * @param diagonal per-element gains (size_mid == size_out)
     * @return this
     */
    public Connection transform(final double[] diagonal) {
        for (int i = 0; i < diagonal.length; i++) {
            if (!Double.isFinite(diagonal[i])) {
                throw ValidationError.of(describe(), "transform[" + i + "]", diagonal[i], "a finite value");
            }
        }
        this.transform = Dense.diagonal(diagonal);
        return this;
    }

    /**
     * @param matrix a size_out x size_mid matrix
     * @return this
     */
    public Connection transform(final double[][] matrix) {
        if (matrix == null || matrix.length == 0) {
            throw ValidationError.of(describe(), "transform", matrix, "a non-empty matrix");
        }
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i].length != matrix[0].length) {
                throw ValidationError.of(describe(), "transform[" + i + "].length", matrix[i].length,
                    Integer.toString(matrix[0].length) + " (a rectangular matrix)");
            }
            for (int k = 0; k < matrix[i].length; k++) {
                if (!Double.isFinite(matrix[i][k])) {
                    throw ValidationError.of(describe(), "transform[" + i + "][" + k + "]", matrix[i][k], "a finite value");
                }
            }
        }
        this.transform = Dense.matrix(matrix);
        return this;
    }

    /**
     * @param dist distribution a size_out x size_mid matrix is drawn from (e.g. Glorot)
     * @return this
     */
    public Connection transform(final Distribution dist) {
        if (dist == null) {
            throw ValidationError.of(describe(), "transform", null, "a distribution");
        }
        this.transform = Dense.sampled(dist);
        return this;
    }

    /**
     * Computes {@code f} element-wise (so size_mid = size_in), as a numpy ufunc would.
     *
     * @param f the scalar function
     * @return this
     */
    public Connection function(final DoubleUnaryOperator f) {
        if (f == null) {
            throw ValidationError.of(describe(), "function", null, "a function");
        }
        checkFunctionAllowed();
        this.function = (x, out) -> {
            for (int i = 0; i < x.length; i++) {
                out[i] = f.applyAsDouble(x[i]);
            }
        };
        this.functionSize = -1;
        this.functionPoints = null;
        return this;
    }

    /**
     * @param sizeOut the function's output size (size_mid), &gt;= 1
     * @param f       the function
     * @return this
     */
    public Connection function(final int sizeOut, final VectorFunction f) {
        if (f == null) {
            throw ValidationError.of(describe(), "function", null, "a function");
        }
        if (sizeOut < 1) {
            throw ValidationError.of(describe(), "function size", sizeOut, ">= 1");
        }
        checkFunctionAllowed();
        this.function = f;
        this.functionSize = sizeOut;
        this.functionPoints = null;
        return this;
    }

    /**
     * Target values at the eval points instead of a function (decoded connections only).
     *
     * @param targets one row per eval point
     * @return this
     */
    public Connection function(final double[][] targets) {
        if (!(pre instanceof Ensemble) && !(pre instanceof Slice s && s.target() instanceof Ensemble)) {
            throw ValidationError.of(describe(), "function", "target points", "a decoded connection from an ensemble");
        }
        if (targets == null || targets.length == 0 || targets[0].length == 0) {
            throw ValidationError.of(describe(), "function", targets, "a non-empty matrix of targets");
        }
        this.functionPoints = Dense.matrix(targets).toMatrix(targets.length, targets[0].length, null);
        this.function = null;
        this.functionSize = targets[0].length;
        return this;
    }

    private void checkFunctionAllowed() {
        final Object src = pre instanceof Slice s ? s.target() : pre;
        if (src instanceof Neurons) {
            throw ValidationError.of(describe(), "function", "a function", "no function on a connection from neurons");
        }
        if (src instanceof Node n && n.isPassthrough()) {
            throw ValidationError.of(describe(), "function", "a function", "no function on a connection from a passthrough node");
        }
    }

    /** @return the function, or null */
    public VectorFunction function() {
        return function;
    }

    /** @return the function's declared output size, or -1 when element-wise or absent */
    public int functionSize() {
        return functionSize;
    }

    /** @return the target points, or null */
    public double[][] functionPoints() {
        return functionPoints;
    }

    /** @return size_in: the size of the (sliced) pre value */
    public int sizeIn() {
        return pre.sizeOut();
    }

    /** @return size_mid: the function's output size, or size_in without a function */
    public int sizeMid() {
        return functionSize > 0 ? functionSize : sizeIn();
    }

    /** @return size_out: the size of the post input */
    public int sizeOut() {
        return post.sizeIn();
    }

    /** @return eval points for this connection only, or null to use the pre ensemble's */
    public Distribution evalPoints() {
        return evalPoints;
    }

    /**
     * @param dist eval-point distribution for this connection's solve
     * @return this
     */
    public Connection evalPoints(final Distribution dist) {
        this.evalPoints = dist;
        this.nEvalPoints = -1;
        return this;
    }

    /**
     * @param points explicit eval points (rows of size_in)
     * @return this
     */
    public Connection evalPoints(final double[][] points) {
        if (points == null || points.length == 0) {
            throw ValidationError.of(describe(), "evalPoints", points, "at least one point");
        }
        final Object src = pre instanceof Slice s ? s.target() : pre;
        final int d = src instanceof Ensemble e ? e.dimensions() : sizeIn();
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != d) {
                throw ValidationError.of(describe(), "evalPoints[" + i + "].length", points[i].length,
                    d + " (the pre ensemble's dimensions)");
            }
        }
        this.evalPoints = new Samples(Dense.matrix(points).toMatrix(points.length, d, null));
        this.nEvalPoints = points.length;
        return this;
    }

    /** @return the number of explicit eval points, or -1 to use the pre ensemble's count */
    public int nEvalPoints() {
        return nEvalPoints;
    }

    /** @return whether eval points are scaled by the pre radius */
    public boolean scaleEvalPoints() {
        return scaleEvalPoints;
    }

    /**
     * @param scale whether eval points are scaled by the pre radius
     * @return this
     */
    public Connection scaleEvalPoints(final boolean scale) {
        this.scaleEvalPoints = scale;
        return this;
    }

    /**
     * @param trainable NengoDL trainable switch for this connection's weights, or null for the defaults
     * @return this
     */
    public Connection trainable(final Boolean trainable) {
        this.trainable = trainable;
        return this;
    }

    /** @return the trainable switch, or null */
    public Boolean trainable() {
        return trainable;
    }

    /**
     * Attaches an online learning rule; connect an error signal to {@link #learningRule()}.
     *
     * @param type the rule
     * @return this
     */
    public Connection learningRule(final LearningRuleType type) {
        if (type == null) {
            throw ValidationError.of(describe(), "learningRuleType", null, "a learning rule type");
        }
        this.learningRule = new LearningRule(this, type);
        return this;
    }

    /** @return the attached learning rule, or null */
    public LearningRule learningRule() {
        return learningRule;
    }

    @Override
    public List<String> probeable() {
        return List.of(OUTPUT, INPUT, WEIGHTS);
    }
}
