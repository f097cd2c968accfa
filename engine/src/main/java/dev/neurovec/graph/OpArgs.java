package dev.neurovec.graph;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.DotSet;
import dev.neurovec.build.ops.ElementwiseInc;
import dev.neurovec.build.ops.ElementwiseSet;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.Reset;
import dev.neurovec.build.ops.SimNeurons;
import dev.neurovec.build.ops.SimNode;
import dev.neurovec.build.ops.SimPes;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.build.ops.TimeUpdate;

import java.util.ArrayList;
import java.util.List;

/**
 * The memory arguments of an operator in a fixed positional order (outputs first), so the members of
 * a group can be compared argument by argument for contiguity. The clock is not memory in a plan.
 */
final class OpArgs {
    private OpArgs() {
    }

    static List<Signal> of(final Operator op) {
        if (op instanceof TimeUpdate) {
            return List.of();
        }
        if (op instanceof Reset r) {
            return List.of(r.dst());
        }
        if (op instanceof Copy c) {
            return List.of(c.dst(), c.src());
        }
        if (op instanceof ElementwiseInc e) {
            return List.of(e.y(), e.x(), e.a());
        }
        if (op instanceof ElementwiseSet e) {
            return List.of(e.y(), e.x(), e.a());
        }
        if (op instanceof DotInc d) {
            return List.of(d.y(), d.x(), d.a());
        }
        if (op instanceof DotSet d) {
            return List.of(d.y(), d.x(), d.a());
        }
        if (op instanceof SimNeurons n) {
            final List<Signal> a = new ArrayList<>();
            a.add(n.output());
            a.addAll(n.state());
            a.add(n.j());
            return a;
        }
        if (op instanceof SimProcess p) {
            final List<Signal> a = new ArrayList<>();
            a.add(p.output());
            a.addAll(p.state());
            if (p.input() != null) {
                a.add(p.input());
            }
            return a;
        }
        if (op instanceof SimNode n) {
            final List<Signal> a = new ArrayList<>();
            if (n.output() != null) {
                a.add(n.output());
            }
            if (n.input() != null) {
                a.add(n.input());
            }
            return a;
        }
        if (op instanceof dev.neurovec.build.ops.SimTensorNode n) {
            final List<Signal> a = new ArrayList<>();
            a.add(n.output());
            if (n.input() != null) {
                a.add(n.input());
            }
            a.addAll(n.params());
            return a;
        }
        if (op instanceof SimPes p) {
            return List.of(p.delta(), p.error(), p.preFiltered());
        }
        throw new IllegalArgumentException("no argument list for " + op.getClass().getSimpleName());
    }
}
