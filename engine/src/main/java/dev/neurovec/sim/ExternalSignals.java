package dev.neurovec.sim;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Signals that change from outside the operators and so must never be folded away by the optimizer:
 * the outputs of input nodes (fed by {@code predict} and {@code fit}) and the parameters training may
 * change (connection weights, encoders, biases).
 */
final class ExternalSignals {
    private ExternalSignals() {
    }

    static Set<Signal> of(final Network network, final Model model) {
        final Set<Signal> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : network.allNodes()) {
            final Signal s = model.sig(n).get("out");
            if (n.sizeIn() == 0 && s != null) {
                out.add(s.base());
            }
        }
        for (Connection c : network.allConnections()) {
            final Signal w = model.sig(c).get("weights");
            if (w != null) {
                out.add(w.base());
            }
        }
        for (Ensemble e : network.allEnsembles()) {
            final Signal enc = model.sig(e).get("encoders");
            final Signal bias = model.sig(e.neurons()).get("bias");
            if (enc != null) {
                out.add(enc.base());
            }
            if (bias != null) {
                out.add(bias.base());
            }
        }
        return out;
    }
}
