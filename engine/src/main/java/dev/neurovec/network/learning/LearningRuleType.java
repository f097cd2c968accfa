package dev.neurovec.network.learning;

/** An online learning rule's parameters, as Nengo's {@code LearningRuleType}; immutable. */
public abstract class LearningRuleType {

    /** @return the per-step learning rate */
    public abstract double learningRate();

    /**
     * @param connectionSizeOut the size_out of the connection the rule is on
     * @return the size of the error (or modulatory) signal the rule receives
     */
    public abstract int sizeIn(int connectionSizeOut);

    /** @return the probeable signals of the rule */
    public abstract java.util.List<String> probeable();
}
