package dev.neurovec.network;

import dev.neurovec.errors.ValidationError;

import java.util.Arrays;
import java.util.List;

/**
 * A view of some elements of an ensemble, neurons or node, as Nengo's {@code ObjView}
 * ({@code ens[1:3]}, {@code ens.neurons[[0, 2, 5]]}). Indices are normalised (negative ones count
 * from the end) and checked when the view is made.
 */
public final class Slice implements Connectable, Probeable {
    private final Object target;
    private final int[] indices;
    private final int targetSize;

    private Slice(final Object target, final int[] indices, final int targetSize) {
        this.target = target;
        this.indices = indices;
        this.targetSize = targetSize;
    }

    static Slice range(final Connectable target, final int from, final int to) {
        final int n = target.sizeOut() > 0 ? target.sizeOut() : target.sizeIn();
        if (from < 0 || to > n || from >= to) {
            throw ValidationError.of(target.describe(), "slice", "[" + from + ", " + to + ")",
                "0 <= from < to <= " + n);
        }
        final int[] idx = new int[to - from];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = from + i;
        }
        return new Slice(target, idx, n);
    }

    static Slice of(final Connectable target, final int... indices) {
        final int n = target.sizeOut() > 0 ? target.sizeOut() : target.sizeIn();
        if (indices == null || indices.length == 0) {
            throw ValidationError.of(target.describe(), "slice", indices, "at least one index");
        }
        final int[] idx = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            final int k = indices[i] < 0 ? indices[i] + n : indices[i];
            if (k < 0 || k >= n) {
                throw ValidationError.of(target.describe(), "slice[" + i + "]", indices[i], "-" + n + " <= index < " + n);
            }
            idx[i] = k;
        }
        return new Slice(target, idx, n);
    }

    /** @return the sliced object: an {@link Ensemble}, {@link Neurons} or {@link Node} */
    public Object target() {
        return target;
    }

    /** @return the selected indices (a copy) */
    public int[] indices() {
        return indices.clone();
    }

    /** @return the size of the sliced object */
    public int targetSize() {
        return targetSize;
    }

    /** @return true when the indices are one increasing contiguous run */
    public boolean contiguous() {
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] != indices[i - 1] + 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int sizeOut() {
        return indices.length;
    }

    @Override
    public int sizeIn() {
        return indices.length;
    }

    @Override
    public List<String> probeable() {
        return ((Probeable) target).probeable();
    }

    @Override
    public String describe() {
        return ((Connectable) target).describe() + Arrays.toString(indices);
    }

    @Override
    public String toString() {
        return describe();
    }
}
