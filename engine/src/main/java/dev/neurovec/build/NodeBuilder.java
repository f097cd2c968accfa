package dev.neurovec.build;

import dev.neurovec.build.ops.Reset;
import dev.neurovec.build.ops.SimNode;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.network.Node;

/**
 * Builds a node (nengo-semantics.md §1.2): a constant is a signal with no operator, a function a
 * {@link SimNode}, a process a {@link SimProcess} in set mode, and a passthrough shares one signal
 * for input and output. Inputs are cleared every step.
 */
final class NodeBuilder {
    private NodeBuilder() {
    }

    static void build(final ModelBuilder mb, final Node node) {
        final Model model = mb.model();
        final String name = node.path();
        Signal in = null;
        if (node.sizeIn() > 0) {
            in = Signal.zeros(name + ".in", node.sizeIn());
            model.addSignal(node, "in", in);
            model.add(new Reset(in, 0.0, node.describe()));
        }
        switch (node.kind()) {
            case CONSTANT -> model.addSignal(node, "out", Signal.of(name + ".out", node.constant()));
            case PASSTHROUGH -> model.addSignal(node, "out", in);
            case FUNCTION -> {
                final Signal out = node.sizeOut() > 0 ? Signal.zeros(name + ".out", node.sizeOut()) : null;
                if (out != null) {
                    model.addSignal(node, "out", out);
                }
                model.add(new SimNode(node.function(), model.time(), in, out, node.describe()));
            }
            case PROCESS -> {
                final Signal out = Signal.zeros(name + ".out", node.sizeOut());
                model.addSignal(node, "out", out);
                model.add(new SimProcess(node.process(), in, out, model.time(), SimProcess.Mode.SET,
                    ProcessSignals.state(model, node.process(), node.sizeIn(), node.sizeOut(), name + ".process"),
                    node.describe()));
            }
            case TENSOR -> {
                final Signal out = Signal.zeros(name + ".out", node.sizeOut());
                model.addSignal(node, "out", out);
                final java.util.List<Signal> params = new java.util.ArrayList<>();
                for (java.util.Map.Entry<String, float[]> e : node.layer().parameters().entrySet()) {
                    final double[] v = new double[e.getValue().length];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = e.getValue()[i];
                    }
                    final Signal p = Signal.constant(name + "." + e.getKey(), v);
                    model.addSignal(node, e.getKey(), p);
                    params.add(p);
                }
                model.add(new dev.neurovec.build.ops.SimTensorNode(node.layer(), model.time(), in, out, params,
                    node.describe()));
            }
            default -> throw new IllegalStateException("unknown node kind " + node.kind());
        }
    }
}
