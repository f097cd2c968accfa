package dev.neurovec.io;

import dev.neurovec.build.BuiltConnection;
import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.NengoObject;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.train.Trainables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a checkpoint of a given simulator holds, by name: every parameter (ensemble encoders and
 * biases, connection weights, tensor-layer parameters, trained or not) with its logical shape, and
 * every simulation state signal with its owner and role.
 *
 * <p>State signals are named by the object whose path or description is the longest prefix of the
 * signal's build name ({@code e1.neurons.voltage} belongs to ensemble {@code e1}, role
 * {@code neurons.voltage}; a learning rule's signals belong to its connection, role {@code rule.*});
 * the rare signal no object claims is stored under {@code _model} by its build name.
 */
final class ParameterTable {
    /** Object name of state no network object claims. */
    static final String UNOWNED = "_model";

    /**
     * A parameter.
     *
     * @param key       {@code <object>/<param>}
     * @param signal    its signal
     * @param shape     logical shape (encoders (n, d), weights (rows, cols) or (size,), others (size,))
     * @param trainable whether training changes it
     * @param owner     the network object, for messages
     * @param what      e.g. {@code the encoders of Ensemble 'hidden'}
     */
    record Param(String key, Signal signal, int[] shape, boolean trainable, Object owner, String what) {
    }

    /**
     * A state signal.
     *
     * @param key    {@code <object>/<role>}
     * @param signal its base signal
     * @param what   e.g. {@code state 'neurons.voltage' of Ensemble 'hidden'}
     */
    record State(String key, Signal signal, String what) {
    }

    private final Map<String, Param> params = new LinkedHashMap<>();
    private final Map<String, State> state = new LinkedHashMap<>();

    private ParameterTable() {
    }

    /**
     * @param network the simulated network
     * @param model   its built model
     * @param names   the network's stable names
     * @return the table
     */
    static ParameterTable of(final Network network, final Model model, final StableNames names) {
        final ParameterTable t = new ParameterTable();
        final Set<Signal> trainable = Trainables.of(network, model);
        for (Ensemble e : network.allEnsembles()) {
            final Signal enc = model.sig(e).get("encoders");
            if (enc != null) {
                t.param(names.unique(e), "encoders", enc, new int[] {e.nNeurons(), e.dimensions()}, trainable, e);
            }
            final Signal bias = model.sig(e.neurons()).get("bias");
            if (bias != null) {
                t.param(names.unique(e), "bias", bias, new int[] {bias.size()}, trainable, e);
            }
        }
        for (Connection c : network.allConnections()) {
            final Signal w = model.sig(c).get("weights");
            if (w != null) {
                final boolean elementwise = model.params(c) instanceof BuiltConnection b && b.elementwise();
                final int[] shape = elementwise ? new int[] {w.size()} : new int[] {w.rows(), w.cols()};
                t.param(names.unique(c), "weights", w, shape, trainable, c);
            }
        }
        for (Node n : network.allNodes()) {
            if (n.layer() != null) {
                for (String p : n.layer().parameters().keySet()) {
                    final Signal s = model.sig(n).get(p);
                    t.param(names.unique(n), p, s, new int[] {s.size()}, trainable, n);
                }
            }
        }
        t.state(network, model, names);
        return t;
    }

    private void param(final String object, final String name, final Signal s, final int[] shape,
                       final Set<Signal> trainable, final Object owner) {
        if (s.size() == 0) {
            return;
        }
        final String key = object + "/" + name;
        params.put(key, new Param(key, s, shape, trainable.contains(s.base()), owner, "the " + name + " of " + owner));
    }

    /** A state owner: the object named in the checkpoint, the object that built the signal, the role prefix. */
    private record Owner(Object object, Object builder, String rolePrefix) {
    }

    private void state(final Network network, final Model model, final StableNames names) {
        final Map<String, List<Owner>> byPrefix = new HashMap<>();
        final List<NengoObject> objects = new ArrayList<>();
        objects.addAll(network.allEnsembles());
        objects.addAll(network.allNodes());
        objects.addAll(network.allConnections());
        objects.addAll(network.allProbes());
        for (NengoObject o : objects) {
            byPrefix.computeIfAbsent(o.path(), k -> new ArrayList<>(1)).add(new Owner(o, o, ""));
            byPrefix.computeIfAbsent(o.describe(), k -> new ArrayList<>(1)).add(new Owner(o, o, ""));
            if (o instanceof Connection c && c.learningRule() != null) {
                byPrefix.computeIfAbsent(c.learningRule().describe(), k -> new ArrayList<>(1))
                    .add(new Owner(c, c.learningRule(), "rule."));
            }
        }
        final Set<Signal> paramBases = Collections.newSetFromMap(new IdentityHashMap<>());
        params.values().forEach(p -> paramBases.add(p.signal().base()));
        for (Signal s : model.stateSignals()) {
            if (s.size() == 0 || paramBases.contains(s)) {
                continue;
            }
            final String name = s.name();
            Owner owner = null;
            String role = name;
            for (int dot = name.lastIndexOf('.'); dot > 0 && owner == null; dot = name.lastIndexOf('.', dot - 1)) {
                owner = pick(byPrefix.get(name.substring(0, dot)), model, s);
                role = name.substring(dot + 1);
            }
            final String object = owner == null ? UNOWNED : names.unique(owner.object());
            final String base = object + "/" + (owner == null ? name : owner.rolePrefix() + role);
            String key = base;
            for (int k = 1; state.containsKey(key); k++) {
                key = base + "#" + k;
            }
            final String what = "state '" + key.substring(object.length() + 1) + "' of "
                + (owner == null ? "the model (signal " + name + ")" : String.valueOf(owner.object()));
            state.put(key, new State(key, s, what));
        }
    }

    /**
     * Objects of different types can share a path (a probe labeled like the ensemble it watches): the
     * one that registered or records the signal in the model wins, else the first created.
     */
    private static Owner pick(final List<Owner> candidates, final Model model, final Signal s) {
        if (candidates == null) {
            return null;
        }
        if (candidates.size() > 1) {
            for (Owner o : candidates) {
                final Signal recorded = o.builder() instanceof Probe p ? model.probes().get(p) : null;
                if (recorded != null && recorded.base() == s) {
                    return o;
                }
                for (Signal r : model.sig(o.builder()).values()) {
                    if (r.base() == s) {
                        return o;
                    }
                }
            }
        }
        return candidates.get(0);
    }

    /** @return parameters by key, in network order */
    Map<String, Param> params() {
        return Collections.unmodifiableMap(params);
    }

    /** @return state signals by key, in first-use order */
    Map<String, State> state() {
        return Collections.unmodifiableMap(state);
    }

    /**
     * @param base a parameter's base signal
     * @return the parameter, or null
     */
    Param paramOf(final Signal base) {
        for (Param p : params.values()) {
            if (p.signal().base() == base) {
                return p;
            }
        }
        return null;
    }
}
