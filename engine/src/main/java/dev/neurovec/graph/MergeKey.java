package dev.neurovec.graph;

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
import dev.neurovec.network.synapses.LinearFilter;
import dev.neurovec.network.synapses.Lowpass;

/**
 * Which operators may share a group. Beyond NengoDL's rules (§5.2): dense products of any shapes
 * merge (each keeps its own GEMV/GEMM call on its own memory, so shape equality is not needed);
 * neurons merge by type, with runs of equal parameters becoming one kernel call each; all Lowpass
 * filters merge, with per-element coefficients.
 */
final class MergeKey {
    private MergeKey() {
    }

    static String of(final Operator op, final int index) {
        if (op instanceof TimeUpdate) {
            return "TimeUpdate";
        }
        if (op instanceof Reset) {
            return "Reset";
        }
        if (op instanceof Copy c) {
            return c.inc() ? "CopyInc" : "Copy";
        }
        if (op instanceof ElementwiseInc) {
            return "ElementwiseInc";
        }
        if (op instanceof ElementwiseSet) {
            return "ElementwiseSet";
        }
        if (op instanceof DotInc) {
            return "DotInc";
        }
        if (op instanceof DotSet) {
            return "DotSet";
        }
        if (op instanceof SimNeurons n) {
            return "Neurons:" + n.type().getClass().getSimpleName();
        }
        if (op instanceof SimProcess p) {
            // Lowpass(0) has no state (y = u), so only a filter with one state per element joins the kernel group.
            if (p.process() instanceof Lowpass && p.input() != null && p.state().size() == 1
                && p.state().get(0).size() == p.output().size()) {
                return "Lowpass:" + p.mode();
            }
            if (p.process() instanceof LinearFilter f) {
                return "LinearFilter:" + p.mode() + ":" + f.num().length + "/" + f.den().length;
            }
            return "Process#" + index;
        }
        if (op instanceof SimNode) {
            return "Node";
        }
        if (op instanceof SimPes) {
            return "Pes";
        }
        throw new IllegalArgumentException("no merge rule for " + op.getClass().getSimpleName());
    }
}
