package dev.neurovec.train;

import dev.neurovec.build.Model;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.tensor.Tensor;

import java.util.Arrays;
import java.util.Map;

/** Checks data given to predict, fit and evaluate, with messages naming the node or probe and the shape. */
final class DataCheck {
    private DataCheck() {
    }

    static int steps(final Map<Node, Tensor> x, final String call) {
        if (x == null || x.isEmpty()) {
            throw ValidationError.of(call, "inputs", x, "data for at least one input node");
        }
        return x.values().iterator().next().dim(1);
    }

    /** @return the number of rows; every tensor is (rows, nSteps, node size) for an input node of the network */
    static int rows(final Network network, final Map<Node, Tensor> x, final int batch, final int nSteps, final String call) {
        if (nSteps < 1) {
            throw ValidationError.of(call, "nSteps", nSteps, ">= 1");
        }
        if (x.isEmpty()) {
            return batch;
        }
        int rows = -1;
        for (Map.Entry<Node, Tensor> e : x.entrySet()) {
            final Node n = e.getKey();
            final Tensor t = e.getValue();
            if (!network.allNodes().contains(n)) {
                throw ValidationError.of(call, "input", n.describe(), "a node of the simulated network");
            }
            if (n.sizeIn() != 0) {
                throw ValidationError.of(call, "input", n.describe(), "an input node (sizeIn 0); this node has sizeIn "
                    + n.sizeIn());
            }
            if (t.rank() != 3 || t.dim(1) != nSteps || t.dim(2) != n.sizeOut()) {
                throw ValidationError.of(call, "data for " + n.describe(), Arrays.toString(t.shape()),
                    "(rows, " + nSteps + ", " + n.sizeOut() + ")");
            }
            if (rows >= 0 && t.dim(0) != rows) {
                throw ValidationError.of(call, "data for " + n.describe() + " rows", t.dim(0), rows
                    + " (as the other inputs)");
            }
            rows = t.dim(0);
        }
        return rows;
    }

    static void targets(final Model model, final Map<Probe, Tensor> y, final Compiled c, final int rows, final String call) {
        for (Probe p : c.losses().keySet()) {
            final Tensor t = y.get(p);
            if (t == null) {
                throw ValidationError.of(call, "targets", "none for " + p.describe(), "targets for every probe with a loss");
            }
            if (t.rank() != 3 || t.dim(0) != rows) {
                throw ValidationError.of(call, "targets for " + p.describe(), Arrays.toString(t.shape()),
                    "(" + rows + ", steps, dims) with the inputs' rows");
            }
        }
        for (Probe p : y.keySet()) {
            if (!model.probes().containsKey(p)) {
                throw ValidationError.of(call, "target", p.describe(), "a probe of the simulated network");
            }
        }
    }

    /** Rows beyond a multiple of the minibatch are dropped with a warning; fewer than one minibatch is an error. */
    static int usableRows(final int rows, final int batch, final String call) {
        if (rows < batch) {
            throw ValidationError.of(call, "rows", rows, ">= the minibatch size " + batch);
        }
        final int used = rows / batch * batch;
        if (used != rows) {
            Trainer.warnDropped(call, rows - used, rows, batch);
        }
        return used;
    }
}
