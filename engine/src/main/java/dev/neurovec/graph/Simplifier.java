package dev.neurovec.graph;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the simplifications repeatedly until none changes the operator list (each can enable
 * another: a removed reset makes an input zero, which removes an increment, ...).
 */
public final class Simplifier {
    private static final int MAX_ROUNDS = 100;
    private static final List<Simplification> RULES = List.of(new RemoveUnmodifiedResets(), new RemoveZeroIncs(),
        new RemoveIdentityMuls(), new RemoveConstantCopies(), new ResetIncToSet());

    private Simplifier() {
    }

    /**
     * The simplified operators and what each rule did.
     *
     * @param operators the simplified operators, in build order
     * @param applied   rule name → number of rounds in which it changed something
     */
    public record Result(List<Operator> operators, Map<String, Integer> applied) {
    }

    /**
     * @param operators      operators in build order
     * @param protectedBases base signals written from outside (inputs, trained parameters): never constant
     * @return the fixpoint
     */
    public static Result simplify(final List<Operator> operators, final Set<Signal> protectedBases) {
        List<Operator> ops = operators;
        final Map<String, Integer> applied = new LinkedHashMap<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (Simplification rule : RULES) {
                final List<Operator> next = rule.apply(ops, new SignalFacts(ops, protectedBases));
                if (next != ops) {
                    applied.merge(rule.name(), 1, Integer::sum);
                    ops = next;
                    changed = true;
                }
            }
            if (!changed) {
                return new Result(List.copyOf(ops), applied);
            }
        }
        throw new IllegalStateException("simplifications did not reach a fixpoint in " + MAX_ROUNDS + " rounds");
    }
}
