package dev.neurovec.graph;

import dev.neurovec.build.ops.Operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Independent operators of one kind that run as one merged call (or a few, where their memory is
 * not one contiguous run). Operators are kept in layout order.
 */
public final class OpGroup {
    private final String key;
    private final List<Operator> ops;

    OpGroup(final String key, final List<Operator> ops) {
        this.key = key;
        this.ops = new ArrayList<>(ops);
    }

    /** @return the merge key: the kind and the parameters all members share */
    public String key() {
        return key;
    }

    /** @return the member operators */
    public List<Operator> ops() {
        return Collections.unmodifiableList(ops);
    }

    void reorder(final List<Operator> ordered) {
        ops.clear();
        ops.addAll(ordered);
    }

    @Override
    public String toString() {
        return key + " x" + ops.size();
    }
}
