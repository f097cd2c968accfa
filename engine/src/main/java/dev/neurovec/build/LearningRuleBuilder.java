package dev.neurovec.build;

import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.Reset;
import dev.neurovec.build.ops.SimPes;
import dev.neurovec.errors.BuildError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.learning.LearningRule;
import dev.neurovec.network.learning.Pes;

/**
 * Builds online learning rules (nengo-semantics.md §1.12, §2.3 "Learning rule"). The error signal is
 * made before connections are built (an error connection targets it); the rule's operators after,
 * when the weights it changes exist. The weight change is an update applied through an increment
 * the next step.
 */
final class LearningRuleBuilder {
    private LearningRuleBuilder() {
    }

    static void prepare(final ModelBuilder mb, final LearningRule rule) {
        final Signal error = Signal.zeros(rule.connection().path() + ".rule.error", rule.sizeIn());
        mb.model().addSignal(rule, "in", error);
        mb.model().add(new Reset(error, 0.0, rule.describe()));
    }

    static void build(final ModelBuilder mb, final LearningRule rule) {
        final Model model = mb.model();
        final Connection conn = rule.connection();
        if (!(rule.type() instanceof Pes pes)) {
            throw new UnsupportedOperationException("Learning rule " + rule.type()
                + " is not supported yet; only PES is implemented");
        }
        final Signal weights = model.sig(conn).get("weights");
        final Signal activities = model.sig(conn).get("in");
        if (weights == null || !weights.isMatrix()) {
            throw new BuildError(rule.describe() + ": PES needs a connection with a weight matrix (a decoded"
                + " connection or a dense transform); " + conn.describe() + " has "
                + (weights == null ? "none" : "element-wise weights"));
        }
        if (weights.cols() != activities.size()) {
            throw new BuildError(rule.describe() + ": weights are " + weights.rows() + "x" + weights.cols()
                + " but the pre signal has " + activities.size() + " elements");
        }
        weights.makeWritable();
        Signal filtered = activities;
        if (pes.preSynapse() != null) {
            final ConnectionBuilder.Spec spec = new ConnectionBuilder.Spec(rule, rule.describe(), 0, null, null, null,
                null, -1, null, null, pes.preSynapse(), null, null, -1, true);
            filtered = ConnectionBuilder.filter(model, spec, activities);
        }
        final Signal error = model.sig(rule).get("in");
        final Signal delta = Signal.of(conn.path() + ".rule.delta", new double[weights.size()]);
        final Signal deltaMatrix = delta;
        model.addSignal(rule, "activities", filtered);
        model.addSignal(rule, "delta", deltaMatrix);
        model.add(new SimPes(filtered, error, deltaMatrix, pes.learningRate(), rule.describe()));
        model.add(new Copy(deltaMatrix, weights, null, null, true, rule.describe() + " apply delta"));
    }
}
