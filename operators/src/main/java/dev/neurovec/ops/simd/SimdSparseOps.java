package dev.neurovec.ops.simd;

import dev.neurovec.ops.SparseOps;
import dev.neurovec.ops.scalar.ScalarSparseOps;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API {@link SparseOps} on CSR matrices.
 *
 * <ul>
 *   <li>{@link #csrMmInc} with {@code n = 1} (sparse matrix-vector): the scalar row sum is one dependent add chain
 *       (about 4 cycles per nonzero); here each row gathers {@code LANES} entries of {@code x} through
 *       {@code colIdx} and accumulates them with fma, folded in the canonical order of {@link Reductions#sum}, then
 *       the leftover nonzeros by fma. With {@code n >= LANES} each row keeps its minibatch in registers and adds
 *       {@code val[p]·X(colIdx[p], :)} nonzero by nonzero: per output an fma chain over the row's nonzeros starting
 *       from the old {@code Y}. In between, the same chain runs one element at a time.</li>
 *   <li>{@link #csrMmTransInc}: the scalar twin. It scatters {@code val[p]·X(i, :)} into rows of {@code Y}; at
 *       {@code n = 1} a vector scatter-add was 1.5x slower than scalar (reference/java-stack.md §3), and for larger
 *       {@code n} C2 vectorizes the inner loop itself.</li>
 *   <li>{@link #csrValueGradInc}: each gradient is a dot product over the minibatch, {@link Reductions#dot}.</li>
 * </ul>
 */
public final class SimdSparseOps implements SparseOps {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    private final SparseOps scalar = new ScalarSparseOps();

    /** Constructs the kernels (stateless). */
    public SimdSparseOps() {
    }

    @Override
    public void csrMmInc(final float[] val, final int[] colIdx, final int[] rowPtr, final int m, final float[] x,
                         final int xOff, final float[] y, final int yOff, final int n) {
        if (n == 1) {
            for (int i = 0; i < m; i++) {
                y[yOff + i] += gatherDot(val, colIdx, rowPtr[i], rowPtr[i + 1], x, xOff);
            }
        } else if (n >= V) {
            for (int i = 0; i < m; i++) {
                rowTimesDense(val, colIdx, rowPtr[i], rowPtr[i + 1], x, xOff, y, yOff + i * n, n);
            }
        } else {
            for (int i = 0; i < m; i++) {
                for (int b = 0; b < n; b++) {
                    float acc = y[yOff + i * n + b];
                    for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                        acc = Math.fma(val[p], x[xOff + colIdx[p] * n + b], acc);
                    }
                    y[yOff + i * n + b] = acc;
                }
            }
        }
    }

    @Override
    public void csrMmTransInc(final float[] val, final int[] colIdx, final int[] rowPtr, final int m,
                              final float[] x, final int xOff, final float[] y, final int yOff, final int n) {
        scalar.csrMmTransInc(val, colIdx, rowPtr, m, x, xOff, y, yOff, n);
    }

    @Override
    public void csrValueGradInc(final int[] colIdx, final int[] rowPtr, final int m, final float[] dy,
                                final int dyOff, final float[] x, final int xOff, final int n, final float[] dVal) {
        for (int i = 0; i < m; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                dVal[p] += Reductions.dot(dy, dyOff + i * n, x, xOff + colIdx[p] * n, n);
            }
        }
    }

    /** {@code Σ_p val[p]·x[colIdx[p]]} over {@code [from, to)}: gathered vectors, canonical fold, fma tail. */
    private static float gatherDot(final float[] val, final int[] colIdx, final int from, final int to,
                                   final float[] x, final int xOff) {
        final int bound = from + (to - from) - (to - from) % V;
        FloatVector acc = FloatVector.zero(S);
        for (int p = from; p < bound; p += V) {
            acc = FloatVector.fromArray(S, val, p).fma(FloatVector.fromArray(S, x, xOff, colIdx, p), acc);
        }
        FloatVector t = acc;
        if (V == 16) {
            t = t.add(t.rearrange(Reductions.SWAP8));
        }
        t = t.add(t.rearrange(Reductions.SWAP4));
        t = t.add(t.rearrange(Reductions.SWAP2));
        t = t.add(t.rearrange(Reductions.SWAP1));
        float sum = t.lane(0);
        for (int p = bound; p < to; p++) {
            sum = Math.fma(val[p], x[xOff + colIdx[p]], sum);
        }
        return sum;
    }

    /** {@code Y(i, :) += Σ_p val[p]·X(colIdx[p], :)}, four vectors of the minibatch at a time in registers. */
    private static void rowTimesDense(final float[] val, final int[] colIdx, final int from, final int to,
                                      final float[] x, final int xOff, final float[] y, final int y0, final int n) {
        int b = 0;
        for (; b + 4 * V <= n; b += 4 * V) {
            FloatVector a0 = FloatVector.fromArray(S, y, y0 + b);
            FloatVector a1 = FloatVector.fromArray(S, y, y0 + b + V);
            FloatVector a2 = FloatVector.fromArray(S, y, y0 + b + 2 * V);
            FloatVector a3 = FloatVector.fromArray(S, y, y0 + b + 3 * V);
            for (int p = from; p < to; p++) {
                final FloatVector w = FloatVector.broadcast(S, val[p]);
                final int row = xOff + colIdx[p] * n + b;
                a0 = w.fma(FloatVector.fromArray(S, x, row), a0);
                a1 = w.fma(FloatVector.fromArray(S, x, row + V), a1);
                a2 = w.fma(FloatVector.fromArray(S, x, row + 2 * V), a2);
                a3 = w.fma(FloatVector.fromArray(S, x, row + 3 * V), a3);
            }
            a0.intoArray(y, y0 + b);
            a1.intoArray(y, y0 + b + V);
            a2.intoArray(y, y0 + b + 2 * V);
            a3.intoArray(y, y0 + b + 3 * V);
        }
        for (; b + V <= n; b += V) {
            FloatVector a0 = FloatVector.fromArray(S, y, y0 + b);
            for (int p = from; p < to; p++) {
                a0 = FloatVector.broadcast(S, val[p]).fma(FloatVector.fromArray(S, x, xOff + colIdx[p] * n + b), a0);
            }
            a0.intoArray(y, y0 + b);
        }
        for (; b < n; b++) {
            float acc = y[y0 + b];
            for (int p = from; p < to; p++) {
                acc = Math.fma(val[p], x[xOff + colIdx[p] * n + b], acc);
            }
            y[y0 + b] = acc;
        }
    }
}
