package dev.neurovec.ops;

/**
 * Sparse matrix products with {@code A} in CSR form: the nonzeros of row {@code i} are
 * {@code val[p]} at column {@code colIdx[p]} for {@code p} in {@code [rowPtr[i], rowPtr[i+1])}. Dense operands use
 * the engine's layout (row-major, minibatch innermost): {@code X(j,b)} is at {@code x[xOff + j*n + b]}.
 *
 * <p>Each output element is accumulated over the nonzeros in their stored order, so results are deterministic.
 * Outputs must not alias inputs.
 */
public interface SparseOps {

    /**
     * {@code Y += A·X}: {@code Y(i,b) += Σ_p val[p]·X(colIdx[p], b)} over the nonzeros {@code p} of row {@code i}.
     * With {@code n = 1} this is a sparse matrix-vector product.
     *
     * @param val    read: nonzero values, in CSR order
     * @param colIdx read: column of each nonzero
     * @param rowPtr read: {@code m+1} row starts
     * @param m      rows of {@code A}
     * @param x      read: {@code X}, (columns of {@code A})×{@code n}
     * @param xOff   offset of {@code X(0,0)}
     * @param y      read and written: {@code Y}, {@code m×n}
     * @param yOff   offset of {@code Y(0,0)}
     * @param n      columns of {@code X} and {@code Y} (the minibatch)
     */
    void csrMmInc(float[] val, int[] colIdx, int[] rowPtr, int m, float[] x, int xOff, float[] y, int yOff, int n);

    /**
     * {@code Y += Aᵀ·X}: for every nonzero {@code p} of row {@code i}, {@code Y(colIdx[p], b) += val[p]·X(i, b)},
     * rows visited in ascending order (the input gradient of {@link #csrMmInc}).
     *
     * @param val    read: nonzero values
     * @param colIdx read: column of each nonzero
     * @param rowPtr read: {@code m+1} row starts
     * @param m      rows of {@code A}
     * @param x      read: {@code X}, {@code m×n}
     * @param xOff   offset of {@code X(0,0)}
     * @param y      read and written: {@code Y}, (columns of {@code A})×{@code n}
     * @param yOff   offset of {@code Y(0,0)}
     * @param n      columns of {@code X} and {@code Y}
     */
    void csrMmTransInc(float[] val, int[] colIdx, int[] rowPtr, int m, float[] x, int xOff, float[] y, int yOff,
                       int n);

    /**
     * Gradient of {@link #csrMmInc} with respect to the stored values:
     * {@code dVal[p] += Σ_b dY(i,b)·X(colIdx[p], b)} for every nonzero {@code p} of row {@code i}.
     *
     * @param colIdx read: column of each nonzero
     * @param rowPtr read: {@code m+1} row starts
     * @param m      rows of {@code A}
     * @param dy     read: {@code dY}, {@code m×n}
     * @param dyOff  offset of {@code dY(0,0)}
     * @param x      read: {@code X}, (columns of {@code A})×{@code n}
     * @param xOff   offset of {@code X(0,0)}
     * @param n      columns of {@code dY} and {@code X}
     * @param dVal   read and written: one gradient per nonzero, indexed like {@code val}
     */
    void csrValueGradInc(int[] colIdx, int[] rowPtr, int m, float[] dy, int dyOff, float[] x, int xOff, int n,
                         float[] dVal);
}
