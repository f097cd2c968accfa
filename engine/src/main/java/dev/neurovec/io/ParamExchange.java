package dev.neurovec.io;

import dev.neurovec.build.BuiltConnection;
import dev.neurovec.build.Signal;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.NengoObject;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.sim.Simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NengoDL's {@code get_nengo_params} and {@code freeze_params} (nengo-semantics.md §4.2): reads an
 * object's current values out of a simulator as constructor arguments, and writes them back into the
 * network, the only path from the engine back to the frontend objects.
 */
public final class ParamExchange {
    private ParamExchange() {
    }

    /**
     * @param sim     the simulator holding the trained values
     * @param objects ensembles, connections, or networks (meaning all their ensembles and connections)
     * @return each object's arguments, in the given order; connections without weights (no transform,
     *     not decoded) have none and are left out
     * @throws ValidationError for a Direct ensemble, a node, or an object of another network
     * @throws UnsupportedOperationException for a weight-solver connection or a tensor node with parameters
     */
    public static Map<NengoObject, NengoParams> get(final Simulator sim, final NengoObject... objects) {
        final Map<NengoObject, NengoParams> out = new LinkedHashMap<>();
        for (NengoObject o : expand(objects)) {
            if (o instanceof Ensemble e) {
                out.put(e, ensemble(sim, e));
            } else if (o instanceof Connection c) {
                final NengoParams p = connection(sim, c);
                if (p != null) {
                    out.put(c, p);
                }
            }
        }
        return out;
    }

    /**
     * Writes the simulator's current values into the objects, so that a new simulator of the network
     * (of any kind, and the hardware builders) starts from them.
     *
     * @param sim     the simulator holding the trained values
     * @param objects ensembles, connections or networks
     */
    public static void freeze(final Simulator sim, final NengoObject... objects) {
        get(sim, objects).forEach((o, p) -> p.applyTo(o));
    }

    private static List<NengoObject> expand(final NengoObject... objects) {
        final List<NengoObject> out = new ArrayList<>();
        for (NengoObject o : objects) {
            if (o instanceof Network n) {
                for (Node node : n.allNodes()) {
                    if (node.layer() != null && !node.layer().parameters().isEmpty()) {
                        throw new UnsupportedOperationException(node.describe() + ": tensor-layer parameters cannot"
                            + " be written back into a TensorLayer; save them with saveParams instead");
                    }
                }
                out.addAll(n.allEnsembles());
                out.addAll(n.allConnections());
            } else if (o instanceof Ensemble || o instanceof Connection) {
                out.add(o);
            } else {
                throw ValidationError.of("getNengoParams", "object", o, "an Ensemble, a Connection or a Network");
            }
        }
        return out;
    }

    private static EnsembleParams ensemble(final Simulator sim, final Ensemble e) {
        if (e.isDirect()) {
            throw ValidationError.of(e.describe(), "neuronType", "Direct", "neurons; a Direct ensemble has no"
                + " encoders, gains or biases to freeze (as in NengoDL)");
        }
        final Map<String, Signal> ns = sim.model().sig(e.neurons());
        if (ns.isEmpty()) {
            throw ValidationError.of("getNengoParams", "object", e, "an ensemble of the simulated network");
        }
        final double[] gain = sim.read(ns.get("gain"), 0);
        final double[] bias = sim.read(ns.get("bias"), 0);
        final double[] scaled = sim.read(sim.model().sig(e).get("encoders"), 0);
        final int d = e.dimensions();
        final double[][] enc = new double[e.nNeurons()][d];
        for (int i = 0; i < enc.length; i++) {
            final double q = gain[i] / e.radius();
            if (q == 0 || !Double.isFinite(q)) {
                throw ValidationError.of(e.describe(), "gain[" + i + "]", gain[i], "a finite non-zero gain (the"
                    + " encoders are the scaled encoders divided by gain / radius)");
            }
            for (int k = 0; k < d; k++) {
                // The build multiplies by exactly this quotient, so dividing by it round-trips.
                enc[i][k] = scaled[i * d + k] / q;
            }
        }
        return new EnsembleParams(enc, gain, bias);
    }

    private static NengoParams connection(final Simulator sim, final Connection c) {
        final Signal w = sim.model().sig(c).get("weights");
        final Object built = sim.model().params(c);
        if (!(built instanceof BuiltConnection b)) {
            throw ValidationError.of("getNengoParams", "object", c, "a connection of the simulated network");
        }
        if (w == null) {
            return null;
        }
        if (c.solver() != null && c.solver().weights() && b.evalPoints() != null) {
            throw new UnsupportedOperationException(c.describe() + ": freezing a connection whose solver solves for"
                + " neuron weights is not supported (NoSolver values would be folded with the post encoders again)");
        }
        final double[] v = sim.read(w, 0);
        if (b.elementwise()) {
            return new TransformParams(null, v);
        }
        final int rows = w.rows();
        final int cols = w.cols();
        if (b.evalPoints() != null) {
            final double[][] dec = new double[cols][rows];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < cols; i++) {
                    dec[i][r] = v[r * cols + i];
                }
            }
            return new DecodedConnectionParams(dec);
        }
        final double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(v, r * cols, m[r], 0, cols);
        }
        return new TransformParams(m, null);
    }
}
