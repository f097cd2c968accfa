package dev.neurovec.ops;

/**
 * Dense linear algebra on row-major float matrices addressed by array and offset.
 *
 * <p>An {@code m×k} matrix {@code A} at offset {@code aOff} holds {@code A(i,p)} at {@code a[aOff + i*k + p]}. With
 * the engine's minibatch-innermost layout a transform {@code Y(m×B) += A(m×k)·X(k×B)} is {@link #gemmInc} with
 * {@code n = B}, and a minibatch of one is {@link #gemvInc}.
 *
 * <p>Determinism: every output element is accumulated in an order fixed by the reduction length alone, so a result
 * does not depend on which rows of a call it shares with other rows, nor on JIT state. Outputs must not alias
 * inputs.
 */
public interface DenseOps {

    /**
     * {@code y = A·x}, that is {@code y[i] = Σ_p A(i,p)·x[p]}.
     *
     * @param a    read: {@code A}, {@code m×k} row-major
     * @param aOff offset of {@code A(0,0)}
     * @param x    read: {@code k} floats
     * @param xOff offset of {@code x[0]}
     * @param y    written: {@code m} floats; must not overlap {@code a} or {@code x}
     * @param yOff offset of {@code y[0]}
     * @param m    rows
     * @param k    columns
     */
    void gemv(float[] a, int aOff, float[] x, int xOff, float[] y, int yOff, int m, int k);

    /**
     * {@code y += A·x}, that is {@code y[i] += Σ_p A(i,p)·x[p]}; the dot product is formed first, then added.
     *
     * @param a    read: {@code A}, {@code m×k} row-major
     * @param aOff offset of {@code A(0,0)}
     * @param x    read: {@code k} floats
     * @param xOff offset of {@code x[0]}
     * @param y    read and written: {@code m} floats; must not overlap {@code a} or {@code x}
     * @param yOff offset of {@code y[0]}
     * @param m    rows
     * @param k    columns
     */
    void gemvInc(float[] a, int aOff, float[] x, int xOff, float[] y, int yOff, int m, int k);

    /**
     * {@code y += Aᵀ·x}, that is {@code y[p] += Σ_i A(i,p)·x[i]} accumulated in ascending {@code i} (the input
     * gradient of {@link #gemvInc}).
     *
     * @param a    read: {@code A}, {@code m×k} row-major
     * @param aOff offset of {@code A(0,0)}
     * @param x    read: {@code m} floats
     * @param xOff offset of {@code x[0]}
     * @param y    read and written: {@code k} floats; must not overlap {@code a} or {@code x}
     * @param yOff offset of {@code y[0]}
     * @param m    rows of {@code A}
     * @param k    columns of {@code A}
     */
    void gemvTransInc(float[] a, int aOff, float[] x, int xOff, float[] y, int yOff, int m, int k);

    /**
     * {@code C = A·B}, that is {@code C(i,j) = Σ_p A(i,p)·B(p,j)}.
     *
     * @param a    read: {@code A}, {@code m×k} row-major
     * @param aOff offset of {@code A(0,0)}
     * @param b    read: {@code B}, {@code k×n} row-major (engine: {@code k} input signals × minibatch)
     * @param bOff offset of {@code B(0,0)}
     * @param c    written: {@code C}, {@code m×n} row-major; must not overlap {@code a} or {@code b}
     * @param cOff offset of {@code C(0,0)}
     * @param m    rows of {@code A} and {@code C}
     * @param k    columns of {@code A}, rows of {@code B}
     * @param n    columns of {@code B} and {@code C} (the minibatch)
     */
    void gemm(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n);

    /**
     * {@code C += A·B}, that is {@code C(i,j) += Σ_p A(i,p)·B(p,j)}.
     *
     * @param a    read: {@code A}, {@code m×k} row-major
     * @param aOff offset of {@code A(0,0)}
     * @param b    read: {@code B}, {@code k×n} row-major
     * @param bOff offset of {@code B(0,0)}
     * @param c    read and written: {@code C}, {@code m×n} row-major; must not overlap {@code a} or {@code b}
     * @param cOff offset of {@code C(0,0)}
     * @param m    rows of {@code A} and {@code C}
     * @param k    columns of {@code A}, rows of {@code B}
     * @param n    columns of {@code B} and {@code C}
     */
    void gemmInc(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n);

    /**
     * {@code C += Aᵀ·B}, that is {@code C(p,j) += Σ_i A(i,p)·B(i,j)} (the input gradient of {@link #gemmInc}: with
     * {@code B = dY} it yields {@code dX}).
     *
     * @param a    read: {@code A}, {@code m×k} row-major
     * @param aOff offset of {@code A(0,0)}
     * @param b    read: {@code B}, {@code m×n} row-major
     * @param bOff offset of {@code B(0,0)}
     * @param c    read and written: {@code C}, {@code k×n} row-major; must not overlap {@code a} or {@code b}
     * @param cOff offset of {@code C(0,0)}
     * @param m    rows of {@code A} and {@code B} (the reduction length)
     * @param k    columns of {@code A}, rows of {@code C}
     * @param n    columns of {@code B} and {@code C}
     */
    void gemmTransAInc(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n);

    /**
     * {@code C += A·Bᵀ}, that is {@code C(i,p) += Σ_j A(i,j)·B(p,j)} (the weight gradient of {@link #gemmInc}: with
     * {@code A = dY} and {@code B = X} it yields {@code dW}). The sum over {@code j} is formed first, then added.
     *
     * @param a    read: {@code A}, {@code m×n} row-major
     * @param aOff offset of {@code A(0,0)}
     * @param b    read: {@code B}, {@code k×n} row-major
     * @param bOff offset of {@code B(0,0)}
     * @param c    read and written: {@code C}, {@code m×k} row-major; must not overlap {@code a} or {@code b}
     * @param cOff offset of {@code C(0,0)}
     * @param m    rows of {@code A} and {@code C}
     * @param k    rows of {@code B}, columns of {@code C}
     * @param n    columns of {@code A} and {@code B} (the minibatch; may be 1)
     */
    void gemmTransBInc(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n);

    /**
     * {@code C_g += A_g·B_g} for {@code g = 0 … count-1}, where {@code A_g} starts at {@code aOff + g*aStride},
     * {@code B_g} at {@code bOff + g*bStride} and {@code C_g} at {@code cOff + g*cStride} (merged transforms of one
     * shape). Each product is computed exactly as {@link #gemmInc} would.
     *
     * @param a       read: {@code count} matrices {@code m×k}
     * @param aOff    offset of {@code A_0(0,0)}
     * @param aStride floats between consecutive {@code A_g}
     * @param b       read: {@code count} matrices {@code k×n}
     * @param bOff    offset of {@code B_0(0,0)}
     * @param bStride floats between consecutive {@code B_g}
     * @param c       read and written: {@code count} matrices {@code m×n}; no {@code C_g} may overlap any input
     *                or another {@code C_g}
     * @param cOff    offset of {@code C_0(0,0)}
     * @param cStride floats between consecutive {@code C_g}
     * @param count   number of products
     * @param m       rows of each {@code A_g}, {@code C_g}
     * @param k       columns of each {@code A_g}, rows of each {@code B_g}
     * @param n       columns of each {@code B_g}, {@code C_g}
     */
    void gemmStridedInc(float[] a, int aOff, int aStride, float[] b, int bOff, int bStride, float[] c, int cOff,
                        int cStride, int count, int m, int k, int n);

    /**
     * {@code Σ_i x[i]·y[i]}.
     *
     * @param x    read: {@code n} floats
     * @param xOff offset of {@code x[0]}
     * @param y    read: {@code n} floats
     * @param yOff offset of {@code y[0]}
     * @param n    length
     * @return the dot product, in an order fixed by {@code n}
     */
    float dot(float[] x, int xOff, float[] y, int yOff, int n);

    /**
     * Event-driven {@code y += A·x}: {@code y[i] += Σ_{j : x[j] ≠ 0} x[j]·A(i,j)}, visiting active columns in
     * ascending {@code j}; cost grows with the number of active columns, not with {@code k}.
     *
     * @param aT      read: {@code Aᵀ}, {@code k×m} row-major, so column {@code j} of {@code A} is contiguous at
     *                {@code aTOff + j*m}
     * @param aTOff   offset of {@code Aᵀ(0,0)}
     * @param m       rows of {@code A} (length of {@code y})
     * @param x       read: {@code k} floats, mostly zero (spikes)
     * @param xOff    offset of {@code x[0]}
     * @param k       columns of {@code A} (length of {@code x})
     * @param scratch written: the indices of the nonzero {@code x[j]} in ascending order; length at least
     *                {@code k}
     * @param y       read and written: {@code m} floats; must not overlap {@code aT} or {@code x}
     * @param yOff    offset of {@code y[0]}
     * @return the number of nonzero entries of {@code x} (valid prefix of {@code scratch})
     */
    int spikeColumnsInc(float[] aT, int aTOff, int m, float[] x, int xOff, int k, int[] scratch, float[] y, int yOff);
}
