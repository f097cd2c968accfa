package dev.neurovec.network;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.solvers.LstsqL2;
import dev.neurovec.network.solvers.Solver;
import dev.neurovec.network.synapses.Synapse;

/**
 * Records an attribute of an object every step (or every {@code sampleEvery} seconds), as Nengo's
 * {@code nengo.Probe}. A probe with a synapse filters the value and so lags one step; a probe of
 * an ensemble's decoded output solves its own decoders through a hidden connection (§1.6, §3.2).
 */
public final class Probe extends NengoObject {
    private final Probeable target;
    private final String attr;
    private Double sampleEvery;
    private Synapse synapse;
    private Solver solver;

    Probe(final Network parent, final Probeable target, final String attr) {
        super(parent);
        if (target == null) {
            throw ValidationError.of(describe(), "target", null, "an ensemble, neurons, node, connection or slice");
        }
        this.target = target;
        this.attr = attr == null ? target.probeable().get(0) : attr;
        if (!target.probeable().contains(this.attr)) {
            throw ValidationError.of(describe(), "attr", this.attr, "one of " + target.probeable() + " of " + target.describe());
        }
        for (Network n : parent.configChain()) {
            if (n.config().probe().synapseSet) {
                synapse = n.config().probe().synapse;
                break;
            }
        }
        // Nengo's ConnectionDefault: a configured probe solver, else the configured connection solver (§1.6).
        for (Network n : parent.configChain()) {
            if (solver == null && n.config().probe().solver != null) {
                solver = n.config().probe().solver;
            }
        }
        for (Network n : parent.configChain()) {
            if (solver == null && n.config().connection().solver != null) {
                solver = n.config().connection().solver;
            }
        }
        if (solver == null) {
            solver = new LstsqL2();
        }
    }

    @Override
    public String typeName() {
        return "Probe";
    }

    /**
     * @param label the label
     * @return this
     */
    public Probe label(final String label) {
        setLabel(label);
        return this;
    }

    /**
     * @param seed seed for the hidden decoding connection of a decoded-output probe
     * @return this
     */
    public Probe seed(final long seed) {
        setSeed(seed);
        return this;
    }

    /** @return what is recorded */
    public Probeable target() {
        return target;
    }

    /** @return the recorded attribute */
    public String attr() {
        return attr;
    }

    /** @return the sampling period in seconds, or null for every step */
    public Double sampleEvery() {
        return sampleEvery;
    }

    /**
     * @param seconds sampling period, &gt; 0
     * @return this
     */
    public Probe sampleEvery(final double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw ValidationError.of(describe(), "sampleEvery", seconds, "a finite period > 0 seconds");
        }
        this.sampleEvery = seconds;
        return this;
    }

    /** @return the filter on the recorded value, or null */
    public Synapse synapse() {
        return synapse;
    }

    /**
     * @param synapse filter on the recorded value (adds a one-step lag), or null
     * @return this
     */
    public Probe synapse(final Synapse synapse) {
        this.synapse = synapse;
        return this;
    }

    /**
     * @param tau lowpass time constant in seconds
     * @return this
     */
    public Probe synapse(final double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw ValidationError.of(describe(), "synapse", tau, "a finite time constant >= 0");
        }
        this.synapse = new dev.neurovec.network.synapses.Lowpass(tau);
        return this;
    }

    /** @return the solver for decoded-output probes */
    public Solver solver() {
        return solver;
    }

    /**
     * @param solver solver of the hidden connection of a decoded-output probe
     * @return this
     */
    public Probe solver(final Solver solver) {
        if (solver == null) {
            throw ValidationError.of(describe(), "solver", null, "a solver");
        }
        this.solver = solver;
        return this;
    }

    /** @return the size of one recorded sample */
    public int size() {
        if (target instanceof Connection c) {
            return switch (attr) {
                case Connection.INPUT -> c.sizeIn();
                case Connection.WEIGHTS -> -1;
                default -> c.sizeOut();
            };
        }
        if (target instanceof Ensemble e) {
            return Ensemble.SCALED_ENCODERS.equals(attr) ? e.nNeurons() * e.dimensions() : e.dimensions();
        }
        if (target instanceof Connectable c) {
            return c.sizeOut() > 0 ? c.sizeOut() : c.sizeIn();
        }
        throw new IllegalStateException("unknown probe target " + target);
    }
}
