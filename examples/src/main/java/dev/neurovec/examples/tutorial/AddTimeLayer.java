package dev.neurovec.examples.tutorial;

import dev.neurovec.network.TensorLayer;
import dev.neurovec.tensor.Tensor;

/**
 * The tutorial's TensorNode function {@code out = t + x}, which also records the {@code t} and {@code x}
 * it was called with, the way the tutorial prints them from inside the function. Recording goes into
 * arrays sized once, so the simulation loop allocates nothing; calls past the capacity are counted, not
 * recorded.
 */
public final class AddTimeLayer implements TensorLayer {
    private final int size;
    private final int capacity;
    private final float[] times;
    private final float[] inputs;
    private int calls;

    /**
     * @param size     input and output size, at least 1
     * @param capacity calls to record (steps times minibatch elements are recorded as one call per step)
     */
    public AddTimeLayer(final int size, final int capacity) {
        if (size < 1 || capacity < 1) {
            throw new IllegalArgumentException("AddTimeLayer: size = " + size + ", capacity = " + capacity
                + "; expected both >= 1");
        }
        this.size = size;
        this.capacity = capacity;
        this.times = new float[capacity];
        this.inputs = new float[capacity * size];
    }

    @Override
    public void forward(final double t, final Tensor x, final Tensor out, final Tensor[] params) {
        // t is the engine's float32 time widened to double, so the cast back is exact.
        final float tf = (float) t;
        final float[] xd = x.data();
        final float[] yd = out.data();
        final int n = x.size();
        for (int i = 0; i < n; i++) {
            yd[out.offset() + i] = tf + xd[x.offset() + i];
        }
        if (calls < capacity) {
            times[calls] = tf;
            System.arraycopy(xd, x.offset(), inputs, calls * size, size);
        }
        calls++;
    }

    /** @return calls so far (may exceed {@link #recorded()}) */
    public int calls() {
        return calls;
    }

    /** @return calls recorded, at most the capacity */
    public int recorded() {
        return Math.min(calls, capacity);
    }

    /**
     * @param call a recorded call, 0-based
     * @return the time it was given (s)
     */
    public float time(final int call) {
        checkRecorded(call);
        return times[call];
    }

    /**
     * @param call a recorded call, 0-based
     * @return the first minibatch element's input of that call (a copy)
     */
    public float[] input(final int call) {
        checkRecorded(call);
        final float[] x = new float[size];
        System.arraycopy(inputs, call * size, x, 0, size);
        return x;
    }

    private void checkRecorded(final int call) {
        if (call < 0 || call >= recorded()) {
            throw new IndexOutOfBoundsException("AddTimeLayer: call = " + call + "; recorded = " + recorded());
        }
    }
}
