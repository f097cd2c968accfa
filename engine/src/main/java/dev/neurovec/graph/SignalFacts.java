package dev.neurovec.graph;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.Reset;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simplifications need to know about each base signal of an operator list: which operators
 * write and read it, and whether it is protected (written from outside the operators: fed inputs,
 * trained parameters, restored state), which makes it never constant.
 */
final class SignalFacts {
    private final Map<Signal, List<Operator>> writers = new IdentityHashMap<>();
    private final Map<Signal, List<Operator>> readers = new IdentityHashMap<>();
    private final Set<Signal> protectedBases;

    SignalFacts(final List<Operator> ops, final Set<Signal> protectedBases) {
        this.protectedBases = protectedBases;
        for (Operator op : ops) {
            for (List<Signal> l : List.of(op.sets(), op.incs(), op.updates())) {
                for (Signal s : l) {
                    writers.computeIfAbsent(s.base(), k -> new ArrayList<>()).add(op);
                }
            }
            for (Signal s : op.reads()) {
                readers.computeIfAbsent(s.base(), k -> new ArrayList<>()).add(op);
            }
        }
    }

    List<Operator> writers(final Signal s) {
        return writers.getOrDefault(s.base(), List.of());
    }

    List<Operator> readers(final Signal s) {
        return readers.getOrDefault(s.base(), List.of());
    }

    boolean isProtected(final Signal s) {
        return protectedBases.contains(s.base());
    }

    /** Never written by an operator and not protected: its initial value holds forever. */
    boolean isConstant(final Signal s) {
        return writers(s).isEmpty() && !isProtected(s);
    }

    /** Always zero: constant zero, or only ever reset to zero (from a zero initial value). */
    boolean isZero(final Signal s) {
        if (isProtected(s) || !allEqual(s.base().initialValue(), 0.0)) {
            return false;
        }
        for (Operator w : writers(s)) {
            if (!(w instanceof Reset r) || r.value() != 0.0) {
                return false;
            }
        }
        return true;
    }

    static boolean allEqual(final double[] values, final double v) {
        for (double x : values) {
            if (x != v) {
                return false;
            }
        }
        return true;
    }
}
