package dev.neurovec.build;

import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.Reset;
import dev.neurovec.errors.BuildError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Neurons;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.Slice;
import dev.neurovec.network.learning.LearningRule;

/**
 * Builds a probe (nengo-semantics.md §1.6): an ensemble's decoded output through a hidden connection
 * seeded with the probe's seed; anything else by recording the attribute's signal, or, when the probe
 * has a synapse, a copy of the filter's output taken before the filter updates it (so a filtered probe
 * lags one step).
 */
final class ProbeBuilder {
    private ProbeBuilder() {
    }

    static void build(final ModelBuilder mb, final Probe probe) {
        final Model model = mb.model();
        final Object target = probe.target() instanceof Slice s ? s.target() : probe.target();
        final int[] idx = probe.target() instanceof Slice s ? s.indices() : null;
        if (target instanceof Ensemble && Ensemble.DECODED_OUTPUT.equals(probe.attr())) {
            final Signal sink = Signal.zeros(probe.path() + ".in", probe.size());
            model.add(new Reset(sink, 0.0, probe.describe()));
            model.addSignal(probe, "in", sink);
            final ConnectionBuilder.Spec spec = new ConnectionBuilder.Spec(probe, probe.describe(),
                mb.seeds().seedOf(probe), (dev.neurovec.network.Connectable) probe.target(), null, sink, null, -1, null,
                null, probe.synapse(), probe.solver(), null, -1, true);
            ConnectionBuilder.build(mb, spec);
            model.addProbe(probe, sink);
            return;
        }
        Signal sig = attributeSignal(model, probe, target);
        if (idx != null) {
            if (ConnectionBuilder.contiguous(idx)) {
                sig = sig.slice(idx[0], idx[idx.length - 1] + 1);
            } else {
                final Signal sliced = Signal.zeros(probe.path() + ".sliced", idx.length);
                model.add(new Copy(sig, sliced, idx, null, false, probe.describe() + " slice"));
                sig = sliced;
            }
        }
        if (probe.synapse() != null) {
            if (sig.isMatrix()) {
                throw new BuildError(probe.describe() + ": synapse " + probe.synapse() + " on matrix attribute '"
                    + probe.attr() + "'; expected no synapse when probing a matrix");
            }
            final ConnectionBuilder.Spec spec = new ConnectionBuilder.Spec(probe, probe.describe(), 0, null, null,
                null, null, -1, null, null, probe.synapse(), null, null, -1, true);
            final Signal filtered = ConnectionBuilder.filter(model, spec, sig);
            // The copy reads the filter output before the filter's update writes the next value, so a
            // filtered probe lags one step, as Nengo's does (§3.2).
            final Signal recorded = Signal.zeros(probe.path() + ".filtered_value", filtered.size());
            model.add(new Copy(filtered, recorded, null, null, false, probe.describe()));
            sig = recorded;
        }
        model.addProbe(probe, sig);
    }

    private static Signal attributeSignal(final Model model, final Probe probe, final Object target) {
        final String attr = probe.attr();
        final String key;
        if (target instanceof Ensemble) {
            key = Ensemble.SCALED_ENCODERS.equals(attr) ? "encoders" : "in";
        } else if (target instanceof Neurons) {
            key = switch (attr) {
                case Neurons.OUTPUT -> "out";
                case Neurons.INPUT -> "in";
                default -> attr;
            };
        } else if (target instanceof Node) {
            key = "out";
        } else if (target instanceof Connection) {
            key = switch (attr) {
                case Connection.OUTPUT -> "weighted";
                case Connection.INPUT -> "in";
                default -> "weights";
            };
        } else if (target instanceof LearningRule) {
            key = "error".equals(attr) ? "in" : attr;
        } else {
            throw new BuildError(probe.describe() + ": cannot probe " + target);
        }
        final Signal s = model.sig(target).get(key);
        if (s == null) {
            throw new BuildError(probe.describe() + ": " + ((dev.neurovec.network.Probeable) target).describe()
                + " has no signal for attribute '" + attr + "'"
                + (target instanceof Connection ? " (a connection without a transform has no weights)" : ""));
        }
        return s;
    }
}
