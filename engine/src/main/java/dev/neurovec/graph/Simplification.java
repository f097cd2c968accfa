package dev.neurovec.graph;

import dev.neurovec.build.ops.Operator;

import java.util.List;

/** One rewrite of an operator list that keeps every probed and protected value the same. */
interface Simplification {

    /** @return the rule's name, for plan descriptions */
    String name();

    /**
     * @param ops   operators in build order
     * @param facts who reads and writes each signal
     * @return the rewritten list, or {@code ops} itself when nothing applies
     */
    List<Operator> apply(List<Operator> ops, SignalFacts facts);
}
