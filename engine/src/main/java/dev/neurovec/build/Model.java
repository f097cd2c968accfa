package dev.neurovec.build;

import dev.neurovec.build.ops.Operator;
import dev.neurovec.network.Probe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built network, as Nengo's {@code Model}: signals, the operators over them (in build order), the
 * built parameters of each object, the signal each probe records, and the seeds drawn. Immutable
 * once {@link NetworkBuilder#build} returns it; every executor runs the same model.
 */
public final class Model {
    private final double dt;
    private final Signal step;
    private final Signal time;
    private final List<Operator> operators = new ArrayList<>();
    private final Map<Object, Map<String, Signal>> sig = new IdentityHashMap<>();
    private final Map<Object, Object> params = new IdentityHashMap<>();
    private final Map<Probe, Signal> probes = new LinkedHashMap<>();
    private final Map<Object, Long> seeds = new IdentityHashMap<>();

    Model(final double dt) {
        this.dt = dt;
        this.step = Signal.zeros("step", 1);
        this.time = Signal.zeros("time", 1);
    }

    /** @return time step in seconds */
    public double dt() {
        return dt;
    }

    /** @return the step counter signal */
    public Signal step() {
        return step;
    }

    /** @return the time signal (seconds) */
    public Signal time() {
        return time;
    }

    /** @return operators in build order (the first is the TimeUpdate) */
    public List<Operator> operators() {
        return Collections.unmodifiableList(operators);
    }

    void add(final Operator op) {
        operators.add(op);
    }

    void addSignal(final Object owner, final String name, final Signal s) {
        sig.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(name, s);
    }

    /**
     * @param owner a network object (ensemble, neurons, node, connection, learning rule)
     * @return its named signals ({@code in}, {@code out}, {@code bias}, {@code encoders}, state names, ...)
     */
    public Map<String, Signal> sig(final Object owner) {
        final Map<String, Signal> m = sig.get(owner);
        return m == null ? Map.of() : Collections.unmodifiableMap(m);
    }

    /** @return every object with signals, with its signals */
    public Map<Object, Map<String, Signal>> allSignals() {
        return Collections.unmodifiableMap(sig);
    }

    /**
     * @return every base signal the operators touch that is not a parameter or the clock: the state that
     *     checkpoints save and that calls copy between executors, in first-use order
     */
    public List<Signal> stateSignals() {
        final java.util.Set<Signal> out = new java.util.LinkedHashSet<>();
        for (Operator op : operators) {
            for (List<Signal> l : List.of(op.sets(), op.incs(), op.updates(), op.reads())) {
                for (Signal s : l) {
                    final Signal b = s.base();
                    if (!b.readonly() && b != time && b != step) {
                        out.add(b);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    void setParams(final Object owner, final Object built) {
        params.put(owner, built);
    }

    /**
     * @param owner an ensemble or connection
     * @return its {@link BuiltEnsemble} or {@link BuiltConnection}, or null
     */
    public Object params(final Object owner) {
        return params.get(owner);
    }

    void addProbe(final Probe probe, final Signal s) {
        probes.put(probe, s);
    }

    /** @return each probe and the signal it records, in build order */
    public Map<Probe, Signal> probes() {
        return Collections.unmodifiableMap(probes);
    }

    void setSeed(final Object owner, final long seed) {
        seeds.put(owner, seed);
    }

    /**
     * @param owner a network object
     * @return the seed it was built with
     */
    public Long seed(final Object owner) {
        return seeds.get(owner);
    }
}
