package dev.neurovec.network;

/**
 * Something a {@link Connection} can start or end at: an {@link Ensemble}, its {@link Neurons}, a
 * {@link Node}, a {@link Slice} of one of these, or a learning rule (as the target of an error
 * connection).
 */
public interface Connectable {

    /** @return the size of the values this object sends */
    int sizeOut();

    /** @return the size of the values this object receives */
    int sizeIn();

    /** @return the object's description for error messages */
    String describe();
}
