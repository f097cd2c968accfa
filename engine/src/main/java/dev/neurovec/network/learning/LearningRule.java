package dev.neurovec.network.learning;

import dev.neurovec.network.Connectable;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Probeable;

import java.util.List;

/**
 * A learning rule attached to a connection ({@code conn.learning_rule} in Nengo): the target of the
 * connection that carries its error signal.
 */
public final class LearningRule implements Connectable, Probeable {
    private final Connection connection;
    private final LearningRuleType type;

    /**
     * @param connection the connection whose weights the rule changes
     * @param type       the rule
     */
    public LearningRule(final Connection connection, final LearningRuleType type) {
        this.connection = connection;
        this.type = type;
    }

    /** @return the connection whose weights the rule changes */
    public Connection connection() {
        return connection;
    }

    /** @return the rule's parameters */
    public LearningRuleType type() {
        return type;
    }

    @Override
    public int sizeIn() {
        return type.sizeIn(connection.sizeOut());
    }

    @Override
    public int sizeOut() {
        return 0;
    }

    @Override
    public List<String> probeable() {
        return type.probeable();
    }

    @Override
    public String describe() {
        return type.getClass().getSimpleName() + " rule on " + connection.describe();
    }

    @Override
    public String toString() {
        return describe();
    }
}
