package dev.neurovec.train;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Which parameters training changes, with NengoDL's defaults (§4.5): connection weights (decoders,
 * transforms, neuron weights), ensemble encoders (scaled encoders) and neuron biases. An object's own
 * switch wins, then the innermost network config that sets one; weights an online learning rule
 * changes are never trained, nor are the hidden connections of probes. Parameters of differentiable
 * tensor layers are trained too (as a Keras layer's weights in NengoDL).
 */
public final class Trainables {
    private Trainables() {
    }

    /**
     * @param network the network
     * @param model   its built model
     * @return the base signals of the trained parameters
     */
    public static Set<Signal> of(final Network network, final Model model) {
        final Set<Signal> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Connection c : network.allConnections()) {
            final Signal w = model.sig(c).get("weights");
            if (w != null && c.learningRule() == null && resolve(c.trainable(), c.parent())) {
                out.add(w.base());
            }
        }
        for (Ensemble e : network.allEnsembles()) {
            if (!resolve(e.trainable(), e.parent())) {
                continue;
            }
            final Signal enc = model.sig(e).get("encoders");
            final Signal bias = model.sig(e.neurons()).get("bias");
            if (enc != null) {
                out.add(enc.base());
            }
            if (bias != null) {
                out.add(bias.base());
            }
        }
        for (dev.neurovec.network.Node n : network.allNodes()) {
            if (n.layer() != null && n.layer().differentiable() && resolve(n.trainable(), n.parent())) {
                for (String name : n.layer().parameters().keySet()) {
                    out.add(model.sig(n).get(name).base());
                }
            }
        }
        return out;
    }

    private static boolean resolve(final Boolean own, final Network parent) {
        if (own != null) {
            return own;
        }
        for (Network n = parent; n != null; n = n.parent()) {
            if (n.config().trainable() != null) {
                return n.config().trainable();
            }
        }
        return true;
    }
}
