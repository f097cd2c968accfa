package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Horizontal sums in one fixed pairwise order, so that a reduction gives the same bits whether it runs interpreted
 * or compiled, and whether a row is reduced alone or together with seven others.
 *
 * <p>The canonical order of {@link #sum}: add each lane {@code l} to lane {@code l ^ LANES/2}, then to
 * {@code l ^ LANES/4}, ..., then {@code l ^ 1}, and read lane 0. {@link #fold8} applies the same pairwise additions to
 * eight vectors at once (float addition is commutative, so the pairs give identical bits), leaving the sum of
 * vector {@code r} in lane {@link #FOLD8_STRIDE}{@code ·r}. {@code reduceLanes(ADD)} is not used: the API leaves
 * its order unspecified.
 *
 * <p>{@link #sum} and {@link #fold8} are the reference forms (used by tests); kernels write the same operations out
 * in their loops, because a method that takes or returns a vector is boxed whenever C2 declines to inline it (its
 * node budget is spent, or it was already compiled on its own into more than {@code InlineSmallCode} bytes).
 */
final class Reductions {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    /** Lane distance between consecutive results of {@link #fold8}: 2 at 512 bits, 1 at 256 bits. */
    static final int FOLD8_STRIDE = V / 8;

    /** Lane permutation {@code l -> l ^ 1} (identity if 1 is not below the lane count). */
    static final VectorShuffle<Float> SWAP1 = swap(1);
    /** Lane permutation {@code l -> l ^ 2} (identity if 2 is not below the lane count). */
    static final VectorShuffle<Float> SWAP2 = swap(2);
    /** Lane permutation {@code l -> l ^ 4} (identity if 4 is not below the lane count). */
    static final VectorShuffle<Float> SWAP4 = swap(4);
    /** Lane permutation {@code l -> l ^ 8} (identity if 8 is not below the lane count). */
    static final VectorShuffle<Float> SWAP8 = swap(8);
    /** Lanes whose bit 1 is set. */
    static final VectorMask<Float> UPPER1 = upper(1);
    /** Lanes whose bit 2 is set. */
    static final VectorMask<Float> UPPER2 = upper(2);
    /** Lanes whose bit 4 is set. */
    static final VectorMask<Float> UPPER4 = upper(4);
    /** Lanes whose bit 8 is set. */
    static final VectorMask<Float> UPPER8 = upper(8);

    private Reductions() {
    }

    /**
     * Sum of all lanes in the canonical pairwise order.
     *
     * @param v the vector
     * @return the sum
     */
    static float sum(final FloatVector v) {
        FloatVector t = v;
        if (V == 16) {
            t = t.add(t.rearrange(SWAP8));
        }
        t = t.add(t.rearrange(SWAP4));
        t = t.add(t.rearrange(SWAP2));
        t = t.add(t.rearrange(SWAP1));
        return t.lane(0);
    }

    /**
     * The canonical dot product of two runs: one vector accumulator over the full vectors, folded as {@link #sum},
     * then the leftover products added by fma in index order. Takes arrays, not vectors, so that a call left out of
     * line by C2 boxes nothing.
     *
     * @param a    first run
     * @param aOff offset of its first element
     * @param b    second run
     * @param bOff offset of its first element
     * @param n    length
     * @return {@code Σ a·b} in the canonical order for {@code n}
     */
    static float dot(final float[] a, final int aOff, final float[] b, final int bOff, final int n) {
        if (n < V) {
            // The fold of an all-zero accumulator is +0, so the canonical sum is this chain. Folding anyway cost more
            // than the products themselves: the sparse value gradient at minibatch 1 ran at 0.57x of scalar (JMH).
            float sum = 0f;
            for (int j = 0; j < n; j++) {
                sum = Math.fma(a[aOff + j], b[bOff + j], sum);
            }
            return sum;
        }
        final int bound = n - n % V;
        FloatVector s = FloatVector.zero(S);
        for (int j = 0; j < bound; j += V) {
            s = FloatVector.fromArray(S, a, aOff + j).fma(FloatVector.fromArray(S, b, bOff + j), s);
        }
        FloatVector t = s;
        if (V == 16) {
            t = t.add(t.rearrange(SWAP8));
        }
        t = t.add(t.rearrange(SWAP4));
        t = t.add(t.rearrange(SWAP2));
        t = t.add(t.rearrange(SWAP1));
        float sum = t.lane(0);
        for (int j = bound; j < n; j++) {
            sum = Math.fma(a[aOff + j], b[bOff + j], sum);
        }
        return sum;
    }

    /**
     * Sums of eight vectors at once, each in the canonical order of {@link #sum}: the sum of {@code v_r} ends in lane
     * {@code FOLD8_STRIDE·r}.
     *
     * @param v0 vector 0
     * @param v1 vector 1
     * @param v2 vector 2
     * @param v3 vector 3
     * @param v4 vector 4
     * @param v5 vector 5
     * @param v6 vector 6
     * @param v7 vector 7
     * @return the folded vector
     */
    static FloatVector fold8(final FloatVector v0, final FloatVector v1, final FloatVector v2, final FloatVector v3,
                             final FloatVector v4, final FloatVector v5, final FloatVector v6, final FloatVector v7) {
        final FloatVector z0;
        final FloatVector z1;
        final FloatVector z2;
        final FloatVector z3;
        final FloatVector w0;
        final FloatVector w1;
        final FloatVector u;
        if (V == 16) {
            z0 = pair(v0, v4, SWAP8, UPPER8);
            z1 = pair(v1, v5, SWAP8, UPPER8);
            z2 = pair(v2, v6, SWAP8, UPPER8);
            z3 = pair(v3, v7, SWAP8, UPPER8);
            w0 = pair(z0, z2, SWAP4, UPPER4);
            w1 = pair(z1, z3, SWAP4, UPPER4);
            u = pair(w0, w1, SWAP2, UPPER2);
            return u.add(u.rearrange(SWAP1));
        }
        z0 = pair(v0, v4, SWAP4, UPPER4);
        z1 = pair(v1, v5, SWAP4, UPPER4);
        z2 = pair(v2, v6, SWAP4, UPPER4);
        z3 = pair(v3, v7, SWAP4, UPPER4);
        w0 = pair(z0, z2, SWAP2, UPPER2);
        w1 = pair(z1, z3, SWAP2, UPPER2);
        return pair(w0, w1, SWAP1, UPPER1);
    }

    /**
     * One level of the fold: lanes whose bit {@code h} is clear get {@code x[l] + x[l^h]}, the others
     * {@code y[l] + y[l^h]}.
     */
    private static FloatVector pair(final FloatVector x, final FloatVector y, final VectorShuffle<Float> swap,
                                    final VectorMask<Float> upper) {
        return x.blend(y, upper).add(y.blend(x, upper).rearrange(swap));
    }

    private static VectorShuffle<Float> swap(final int h) {
        final int[] lanes = new int[V];
        for (int l = 0; l < V; l++) {
            lanes[l] = h < V ? l ^ h : l;
        }
        return VectorShuffle.fromArray(S, lanes, 0);
    }

    private static VectorMask<Float> upper(final int h) {
        final boolean[] lanes = new boolean[V];
        for (int l = 0; l < V; l++) {
            lanes[l] = h < V && (l & h) != 0;
        }
        return VectorMask.fromArray(S, lanes, 0);
    }
}
