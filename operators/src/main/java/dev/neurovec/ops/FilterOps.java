package dev.neurovec.ops;

/**
 * Linear synapse filters applied element-wise to runs of {@code n} signals (elements × minibatch).
 *
 * <p>State-space filters of order {@code k} keep their state component {@code s} of element {@code i} at
 * {@code x[xOff + s*n + i]}, so each component is a contiguous run. Their coefficients ({@code A} {@code k×k}
 * row-major, {@code B}, {@code C}, {@code D}) are shared by all {@code n} elements; {@code k} is at most
 * {@link #MAX_STATE_ORDER}. Each element's result depends only on its own input and state.
 */
public interface FilterOps {

    /**
     * Largest supported state-space order. The update {@code x = A·x} must read every old component before it
     * writes a new one, and kernels may not allocate, so the old components are held in this many locals.
     */
    int MAX_STATE_ORDER = 8;

    /**
     * First-order low-pass, output used as state: {@code y = a·y + b·u} (Nengo's zero-order-hold Lowpass has
     * {@code a = exp(-dt/tau)}, {@code b = 1 - a}).
     *
     * @param u    read: input, {@code n} floats
     * @param uOff offset of {@code u[0]}
     * @param y    read and written: filter output and state, {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param n    elements × minibatch
     * @param a    state coefficient
     * @param b    input coefficient
     */
    void lowpass(float[] u, int uOff, float[] y, int yOff, int n, float a, float b);

    /**
     * First-order low-pass with per-element coefficients (merged filters with different time constants):
     * {@code y[i] = a[i]·y[i] + b[i]·u[i]}.
     *
     * @param u    read: input, {@code n} floats
     * @param uOff offset of {@code u[0]}
     * @param y    read and written: output and state, {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param a    read: state coefficients, {@code n} floats
     * @param aOff offset of {@code a[0]}
     * @param b    read: input coefficients, {@code n} floats
     * @param bOff offset of {@code b[0]}
     * @param n    elements × minibatch
     */
    void lowpassPerElement(float[] u, int uOff, float[] y, int yOff, float[] a, int aOff, float[] b, int bOff, int n);

    /**
     * State-space filter without feed-through (Nengo's {@code NoD} step): {@code x = A·x + B·u}, then
     * {@code y = C·x} with the new state. Per component: {@code x'[s] = Σ_t A(s,t)·x[t] + B[s]·u}.
     *
     * @param u    read: input, {@code n} floats
     * @param uOff offset of {@code u[0]}
     * @param x    read and written: state, {@code k·n} floats, component-major
     * @param xOff offset of component 0 of element 0
     * @param y    written: output, {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param n    elements × minibatch
     * @param k    order, {@code 1 <= k <= MAX_STATE_ORDER}
     * @param a    read: {@code A}, {@code k×k} row-major at offset 0
     * @param bVec read: {@code B}, {@code k} floats
     * @param c    read: {@code C}, {@code k} floats
     */
    void stateSpaceNoD(float[] u, int uOff, float[] x, int xOff, float[] y, int yOff, int n, int k, float[] a,
                       float[] bVec, float[] c);

    /**
     * State-space filter with feed-through (Nengo's {@code General} step): {@code y = C·x + D·u} with the old
     * state, then {@code x = A·x + B·u}.
     *
     * @param u    read: input, {@code n} floats
     * @param uOff offset of {@code u[0]}
     * @param x    read and written: state, {@code k·n} floats, component-major
     * @param xOff offset of component 0 of element 0
     * @param y    written: output, {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param n    elements × minibatch
     * @param k    order, {@code 1 <= k <= MAX_STATE_ORDER}
     * @param a    read: {@code A}, {@code k×k} row-major at offset 0
     * @param bVec read: {@code B}, {@code k} floats
     * @param c    read: {@code C}, {@code k} floats
     * @param d    feed-through {@code D}
     */
    void stateSpaceGeneral(float[] u, int uOff, float[] x, int xOff, float[] y, int yOff, int n, int k, float[] a,
                           float[] bVec, float[] c, float d);
}
