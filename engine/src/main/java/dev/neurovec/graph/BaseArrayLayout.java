package dev.neurovec.graph;

import dev.neurovec.build.Signal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each base signal lives. Two flat float arrays hold everything a plan touches:
 *
 * <pre>
 *  STATE  (written by operators or fed from outside; one copy per minibatch element)
 *  +---------------------------+---------------------------+-----
 *  | signal 0: e0b0 e0b1 .. e0bB-1 e1b0 ..                  | signal 1 ...
 *  +---------------------------+---------------------------+-----
 *   element i, batch b of a signal at element offset o is at (o + i) * B + b
 *
 *  PARAMS (never written by operators: weights, encoders, biases, gains; shared by the batch)
 *  +-------------------+------------------+-----
 *  | vector or row-major matrix, at element offset o: index o + i
 * </pre>
 *
 * Signals are placed in the order the plan first touches them, so groups that run over the same
 * populations in the same order read and write contiguous runs.
 */
public final class BaseArrayLayout {
    /** Which array a signal lives in. */
    public enum Region {
        /** per-minibatch-element values */
        STATE,
        /** shared parameters */
        PARAMS
    }

    /**
     * @param region the array
     * @param offset element offset of the base signal's first element
     */
    public record Slot(Region region, int offset) {
    }

    private final Map<Signal, Slot> slots = new IdentityHashMap<>();
    private final int batch;
    private int stateSize;
    private int paramsSize;

    BaseArrayLayout(final int batch) {
        this.batch = batch;
    }

    boolean placed(final Signal s) {
        return slots.containsKey(s.base());
    }

    void place(final Signal s, final boolean batched) {
        final Signal base = s.base();
        if (slots.containsKey(base)) {
            return;
        }
        if (batched) {
            slots.put(base, new Slot(Region.STATE, stateSize));
            stateSize = Math.addExact(stateSize, base.size());
        } else {
            slots.put(base, new Slot(Region.PARAMS, paramsSize));
            paramsSize = Math.addExact(paramsSize, base.size());
        }
        if ((long) stateSize * batch > Integer.MAX_VALUE) {
            throw new IllegalStateException("plan state is " + (long) stateSize * batch
                + " floats; a Java array holds at most " + Integer.MAX_VALUE + " (reduce the minibatch or the network)");
        }
    }

    /**
     * @param s a signal or view
     * @return its base's slot
     */
    public Slot slot(final Signal s) {
        final Slot slot = slots.get(s.base());
        if (slot == null) {
            throw new IllegalArgumentException("signal " + s + " is not part of this plan");
        }
        return slot;
    }

    /**
     * @param s a signal or view
     * @return true when it has one copy per minibatch element
     */
    public boolean batched(final Signal s) {
        return slot(s).region() == Region.STATE;
    }

    /**
     * @param s a signal or view
     * @return the element offset of its first element within its array
     */
    public int elementOffset(final Signal s) {
        return slot(s).offset() + s.offset();
    }

    /**
     * @param s a signal or view
     * @return the float offset of its first element (times the minibatch for state)
     */
    public int memoryOffset(final Signal s) {
        final Slot slot = slot(s);
        final int e = slot.offset() + s.offset();
        return slot.region() == Region.STATE ? e * batch : e;
    }

    /** @return elements in STATE (floats = this times the minibatch) */
    public int stateSize() {
        return stateSize;
    }

    /** @return floats in PARAMS */
    public int paramsSize() {
        return paramsSize;
    }

    /** @return the minibatch size */
    public int batch() {
        return batch;
    }

    /** @return every placed base signal and its slot */
    public Map<Signal, Slot> slots() {
        return Collections.unmodifiableMap(slots);
    }
}
