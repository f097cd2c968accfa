package dev.neurovec.network;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.Samples;
import dev.neurovec.network.neurons.Direct;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.processes.Process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A population of neurons representing a vector, as Nengo's {@code nengo.Ensemble}. Parameters are
 * distributions (sampled at build with the ensemble's seed) or explicit arrays; each setter checks
 * its value at once, and the builder checks how the values fit together. Defaults come from the
 * enclosing networks' {@link Config}, else Nengo's (§1.3).
 */
public final class Ensemble extends NengoObject implements Connectable, Probeable {
    /** Probe attribute: the decoded estimate of the represented value (default). */
    public static final String DECODED_OUTPUT = "decoded_output";
    /** Probe attribute: the input vector, summed over incoming connections. */
    public static final String INPUT = "input";
    /** Probe attribute: the encoders scaled by gain/radius. */
    public static final String SCALED_ENCODERS = "scaled_encoders";

    private final int nNeurons;
    private final int dimensions;
    private final Neurons neurons;
    private NeuronType neuronType;
    private double radius;
    private Distribution encoders;
    private Distribution intercepts;
    private Distribution maxRates;
    private Distribution gain;
    private Distribution bias;
    private Distribution evalPoints;
    private Integer nEvalPoints;
    private Process noise;
    private boolean normalizeEncoders;
    private Boolean trainable;
    private final Map<String, Distribution> initialState = new LinkedHashMap<>();

    Ensemble(final Network parent, final int nNeurons, final int dimensions) {
        super(parent);
        this.nNeurons = nNeurons;
        this.dimensions = dimensions;
        if (nNeurons < 1) {
            throw ValidationError.of(describe(), "nNeurons", nNeurons, ">= 1");
        }
        if (dimensions < 1) {
            throw ValidationError.of(describe(), "dimensions", dimensions, ">= 1");
        }
        this.neurons = new Neurons(this);
        final List<Network> chain = parent.configChain();
        neuronType = lookup(chain, d -> d.neuronType, new Lif());
        radius = lookup(chain, d -> d.radius, 1.0);
        encoders = lookup(chain, d -> d.encoders, Dists.scatteredHypersphere(true));
        intercepts = lookup(chain, d -> d.intercepts, Dists.uniform(-1.0, 0.9));
        maxRates = lookup(chain, d -> d.maxRates, Dists.uniform(200, 400));
        gain = lookup(chain, d -> d.gain, null);
        bias = lookup(chain, d -> d.bias, null);
        evalPoints = lookup(chain, d -> d.evalPoints, Dists.scatteredHypersphere(false));
        nEvalPoints = lookup(chain, d -> d.nEvalPoints, null);
        noise = lookup(chain, d -> d.noise, null);
        normalizeEncoders = lookup(chain, d -> d.normalizeEncoders, true);
    }

    private static <T> T lookup(final List<Network> chain, final Function<EnsembleDefaults, T> get, final T def) {
        for (Network n : chain) {
            final T v = get.apply(n.config().ensemble());
            if (v != null) {
                return v;
            }
        }
        return def;
    }

    @Override
    public String typeName() {
        return "Ensemble";
    }

    /**
     * @param label the label
     * @return this
     */
    public Ensemble label(final String label) {
        setLabel(label);
        return this;
    }

    /**
     * @param seed seed for this ensemble's parameters (wins over the network's draw)
     * @return this
     */
    public Ensemble seed(final long seed) {
        setSeed(seed);
        return this;
    }

    /** @return the number of neurons */
    public int nNeurons() {
        return nNeurons;
    }

    /** @return the number of represented dimensions */
    public int dimensions() {
        return dimensions;
    }

    /** @return the neurons, for neuron-level connections and probes */
    public Neurons neurons() {
        return neurons;
    }

    @Override
    public int sizeIn() {
        return dimensions;
    }

    @Override
    public int sizeOut() {
        return dimensions;
    }

    @Override
    public List<String> probeable() {
        return List.of(DECODED_OUTPUT, INPUT, SCALED_ENCODERS);
    }

    /**
     * @param from first dimension, inclusive
     * @param to   last dimension, exclusive
     * @return a view of dimensions [from, to)
     */
    public Slice slice(final int from, final int to) {
        return Slice.range(this, from, to);
    }

    /**
     * @param indices dimensions to select (may repeat; negative counts from the end)
     * @return a view of those dimensions
     */
    public Slice select(final int... indices) {
        return Slice.of(this, indices);
    }

    /** @return the neuron model */
    public NeuronType neuronType() {
        return neuronType;
    }

    /**
     * @param type the neuron model
     * @return this
     */
    public Ensemble neuronType(final NeuronType type) {
        if (type == null) {
            throw ValidationError.of(describe(), "neuronType", null, "a neuron type");
        }
        this.neuronType = type;
        return this;
    }

    /** @return the radius */
    public double radius() {
        return radius;
    }

    /**
     * @param radius the magnitude of vectors the ensemble is optimised for, &gt; 0
     * @return this
     */
    public Ensemble radius(final double radius) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw ValidationError.of(describe(), "radius", radius, "a finite value > 0");
        }
        this.radius = radius;
        return this;
    }

    /** @return the encoder distribution (explicit arrays are wrapped in {@link Samples}) */
    public Distribution encoders() {
        return encoders;
    }

    /**
     * @param dist distribution of encoders (n x d)
     * @return this
     */
    public Ensemble encoders(final Distribution dist) {
        this.encoders = requireDist("encoders", dist);
        return this;
    }

    /**
     * @param values explicit encoders, nNeurons x dimensions, finite
     * @return this
     */
    public Ensemble encoders(final double[][] values) {
        this.encoders = new Samples(checkMatrix("encoders", values, nNeurons, dimensions));
        return this;
    }

    /** @return the intercept distribution */
    public Distribution intercepts() {
        return intercepts;
    }

    /**
     * @param dist distribution of intercepts
     * @return this
     */
    public Ensemble intercepts(final Distribution dist) {
        this.intercepts = requireDist("intercepts", dist);
        return this;
    }

    /**
     * @param values explicit intercepts, one per neuron
     * @return this
     */
    public Ensemble intercepts(final double... values) {
        this.intercepts = column("intercepts", values);
        return this;
    }

    /** @return the max-rate distribution (Hz) */
    public Distribution maxRates() {
        return maxRates;
    }

    /**
     * @param dist distribution of max rates in Hz
     * @return this
     */
    public Ensemble maxRates(final Distribution dist) {
        this.maxRates = requireDist("maxRates", dist);
        return this;
    }

    /**
     * @param values explicit max rates in Hz, one per neuron
     * @return this
     */
    public Ensemble maxRates(final double... values) {
        this.maxRates = column("maxRates", values);
        return this;
    }

    /** @return the gain distribution, or null when derived from max rates and intercepts */
    public Distribution gain() {
        return gain;
    }

    /**
     * Sets the gains. Gain and bias go together: with both set, max rates and intercepts are derived
     * from them; with only one set the build fails, as in Nengo.
     *
     * @param dist distribution of gains
     * @return this
     */
    public Ensemble gain(final Distribution dist) {
        this.gain = requireDist("gain", dist);
        return this;
    }

    /**
     * @param values explicit gains, one per neuron
     * @return this
     */
    public Ensemble gain(final double... values) {
        this.gain = column("gain", values);
        return this;
    }

    /** @return the bias distribution, or null when derived */
    public Distribution bias() {
        return bias;
    }

    /**
     * @param dist distribution of biases
     * @return this
     */
    public Ensemble bias(final Distribution dist) {
        this.bias = requireDist("bias", dist);
        return this;
    }

    /**
     * @param values explicit biases, one per neuron
     * @return this
     */
    public Ensemble bias(final double... values) {
        this.bias = column("bias", values);
        return this;
    }

    /** @return the eval-point distribution */
    public Distribution evalPoints() {
        return evalPoints;
    }

    /**
     * @param dist distribution of eval points (scaled by the radius at build)
     * @return this
     */
    public Ensemble evalPoints(final Distribution dist) {
        this.evalPoints = requireDist("evalPoints", dist);
        return this;
    }

    /**
     * @param points explicit eval points, m x dimensions
     * @return this
     */
    public Ensemble evalPoints(final double[][] points) {
        this.evalPoints = new Samples(checkMatrix("evalPoints", points, -1, dimensions));
        if (nEvalPoints == null) {
            nEvalPoints = points.length;
        }
        return this;
    }

    /** @return the number of eval points, or null for Nengo's heuristic */
    public Integer nEvalPoints() {
        return nEvalPoints;
    }

    /**
     * @param n number of eval points, &gt;= 1
     * @return this
     */
    public Ensemble nEvalPoints(final int n) {
        if (n < 1) {
            throw ValidationError.of(describe(), "nEvalPoints", n, ">= 1");
        }
        this.nEvalPoints = n;
        return this;
    }

    /** @return the noise process added to the neuron input, or null */
    public Process noise() {
        return noise;
    }

    /**
     * @param process noise added to the neuron input current every step, or null
     * @return this
     */
    public Ensemble noise(final Process process) {
        this.noise = process;
        return this;
    }

    /** @return whether encoders are scaled to unit length at build */
    public boolean normalizeEncoders() {
        return normalizeEncoders;
    }

    /**
     * @param normalize whether encoders are scaled to unit length at build
     * @return this
     */
    public Ensemble normalizeEncoders(final boolean normalize) {
        this.normalizeEncoders = normalize;
        return this;
    }

    /**
     * Overrides the initial value of a neuron state variable (Nengo sets this on the neuron type as
     * {@code initial_state}; here it belongs to the ensemble so neuron types stay plain values).
     *
     * @param state the state name, e.g. {@code voltage}
     * @param dist  its initial distribution
     * @return this
     */
    public Ensemble initialState(final String state, final Distribution dist) {
        initialState.put(state, requireDist("initialState[" + state + "]", dist));
        return this;
    }

    /** @return the overridden initial states */
    public Map<String, Distribution> initialState() {
        return Collections.unmodifiableMap(initialState);
    }

    /**
     * NengoDL's per-object trainable switch for encoders (and, unless the neurons say otherwise, biases).
     *
     * @param trainable true, false, or null for the default rules
     * @return this
     */
    public Ensemble trainable(final Boolean trainable) {
        this.trainable = trainable;
        return this;
    }

    /** @return the trainable switch, or null */
    public Boolean trainable() {
        return trainable;
    }

    /** @return true for {@link Direct} ensembles, which have no neurons */
    public boolean isDirect() {
        return neuronType instanceof Direct;
    }

    private Distribution requireDist(final String param, final Distribution dist) {
        if (dist == null) {
            throw ValidationError.of(describe(), param, null, "a distribution or array");
        }
        return dist;
    }

    private Distribution column(final String param, final double[] values) {
        if (values == null || values.length != nNeurons) {
            throw ValidationError.of(describe(), param + ".length", values == null ? null : values.length,
                nNeurons + " (nNeurons)");
        }
        final double[][] m = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw ValidationError.of(describe(), param + "[" + i + "]", values[i], "a finite value");
            }
            m[i][0] = values[i];
        }
        return new Samples(m);
    }

    double[][] checkMatrix(final String param, final double[][] values, final int rows, final int cols) {
        if (values == null) {
            throw ValidationError.of(describe(), param, null, "an array");
        }
        if (rows >= 0 && values.length != rows) {
            throw ValidationError.of(describe(), param + ".rows", values.length, Integer.toString(rows));
        }
        final double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != cols) {
                throw ValidationError.of(describe(), param + "[" + i + "].length", values[i].length,
                    Integer.toString(cols));
            }
            for (int k = 0; k < cols; k++) {
                if (!Double.isFinite(values[i][k])) {
                    throw ValidationError.of(describe(), param + "[" + i + "][" + k + "]", values[i][k],
                        "a finite value");
                }
            }
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
