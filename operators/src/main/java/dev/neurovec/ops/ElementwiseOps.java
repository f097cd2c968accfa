package dev.neurovec.ops;

/**
 * Element-wise kernels over flat runs of {@code n} floats (a signal's elements times the minibatch).
 *
 * <p>Each element's result depends only on that element's inputs. Inputs and output may be the same array only at
 * the same offset (exact aliasing); partial overlap is not allowed.
 */
public interface ElementwiseOps {

    /**
     * {@code y[i] = v}.
     *
     * @param y    written: {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param n    length
     * @param v    value
     */
    void fill(float[] y, int yOff, int n, float v);

    /**
     * {@code y[i] = x[i]}.
     *
     * @param x    read: {@code n} floats
     * @param xOff offset of {@code x[0]}
     * @param y    written: {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param n    length
     */
    void copy(float[] x, int xOff, float[] y, int yOff, int n);

    /**
     * {@code y[i] += x[i]}.
     *
     * @param x    read: {@code n} floats
     * @param xOff offset of {@code x[0]}
     * @param y    read and written: {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param n    length
     */
    void add(float[] x, int xOff, float[] y, int yOff, int n);

    /**
     * {@code y[i] += alpha·x[i]}.
     *
     * @param alpha scale
     * @param x     read: {@code n} floats
     * @param xOff  offset of {@code x[0]}
     * @param y     read and written: {@code n} floats
     * @param yOff  offset of {@code y[0]}
     * @param n     length
     */
    void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n);

    /**
     * {@code y[i] = alpha·y[i]}.
     *
     * @param alpha scale
     * @param y     read and written: {@code n} floats
     * @param yOff  offset of {@code y[0]}
     * @param n     length
     */
    void scale(float alpha, float[] y, int yOff, int n);

    /**
     * {@code y[i] = a[i]·x[i]}.
     *
     * @param a    read: {@code n} floats
     * @param aOff offset of {@code a[0]}
     * @param x    read: {@code n} floats
     * @param xOff offset of {@code x[0]}
     * @param y    written: {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param n    length
     */
    void mul(float[] a, int aOff, float[] x, int xOff, float[] y, int yOff, int n);

    /**
     * {@code y[i] += a[i]·x[i]}.
     *
     * @param a    read: {@code n} floats
     * @param aOff offset of {@code a[0]}
     * @param x    read: {@code n} floats
     * @param xOff offset of {@code x[0]}
     * @param y    read and written: {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param n    length
     */
    void mulInc(float[] a, int aOff, float[] x, int xOff, float[] y, int yOff, int n);

    /**
     * {@code y[i·B + b] += a[i]·x[i·B + b]} for {@code i < n}, {@code b < batch}: a per-element gain applied to
     * every minibatch entry.
     *
     * @param a     read: {@code n} floats, one per element
     * @param aOff  offset of {@code a[0]}
     * @param x     read: {@code n·batch} floats, minibatch innermost
     * @param xOff  offset of {@code x[0]}
     * @param y     read and written: {@code n·batch} floats, minibatch innermost
     * @param yOff  offset of {@code y[0]}
     * @param n     elements
     * @param batch minibatch size {@code B}
     */
    void mulIncBroadcast(float[] a, int aOff, float[] x, int xOff, float[] y, int yOff, int n, int batch);

    /**
     * Index of the first NaN or infinite value, relative to {@code xOff}.
     *
     * @param x    read: {@code n} floats
     * @param xOff offset of {@code x[0]}
     * @param n    length
     * @return the smallest {@code i} with {@code x[xOff+i]} not finite, or {@code -1}
     */
    int firstNonFinite(float[] x, int xOff, int n);
}
