package dev.neurovec.tensor;

import dev.neurovec.errors.ValidationError;

import java.util.Arrays;

/**
 * A dense float array with a shape, row-major, as NengoDL's data arrays: inputs and targets are
 * {@code (batch, steps, dims)}. {@link #rows} gives zero-copy views of a range of the first axis.
 * Not a general n-d library: what {@code predict}, {@code fit} and {@code evaluate} need.
 */
public final class Tensor {
    private final float[] data;
    private final int offset;
    private final int[] shape;

    private Tensor(final float[] data, final int offset, final int[] shape) {
        this.data = data;
        this.offset = offset;
        this.shape = shape;
    }

    /**
     * @param shape dimensions, each &gt;= 0
     * @return a zero tensor
     */
    public static Tensor zeros(final int... shape) {
        return new Tensor(new float[size(shape)], 0, shape.clone());
    }

    /**
     * Wraps an array without copying.
     *
     * @param data  values, row-major, exactly {@code product(shape)} long
     * @param shape dimensions
     * @return the tensor
     */
    public static Tensor of(final float[] data, final int... shape) {
        if (data.length != size(shape)) {
            throw ValidationError.of("Tensor", "data.length", data.length, size(shape) + " for shape " + Arrays.toString(shape));
        }
        return new Tensor(data, 0, shape.clone());
    }

    /**
     * A (batch, 1, dims) tensor from rows (one time step per example), as the tutorial's
     * {@code data[:, None, :]}.
     *
     * @param rows batch x dims
     * @return the tensor (copied)
     */
    public static Tensor ofRows(final float[][] rows) {
        final int b = rows.length;
        final int d = b == 0 ? 0 : rows[0].length;
        final float[] data = new float[b * d];
        for (int i = 0; i < b; i++) {
            if (rows[i].length != d) {
                throw ValidationError.of("Tensor", "rows[" + i + "].length", rows[i].length, Integer.toString(d));
            }
            System.arraycopy(rows[i], 0, data, i * d, d);
        }
        return new Tensor(data, 0, new int[] {b, 1, d});
    }

    /**
     * A view over part of an existing array, without copying (kernels and user layers write through it).
     *
     * @param data   backing array
     * @param offset index of the first element
     * @param shape  dimensions
     * @return the view
     */
    public static Tensor view(final float[] data, final int offset, final int... shape) {
        if (offset < 0 || offset + size(shape) > data.length) {
            throw ValidationError.of("Tensor", "view", "offset " + offset + ", shape " + Arrays.toString(shape),
                "inside an array of " + data.length);
        }
        return new Tensor(data, offset, shape.clone());
    }

    private static int size(final int[] shape) {
        long n = 1;
        for (int s : shape) {
            if (s < 0) {
                throw ValidationError.of("Tensor", "shape", Arrays.toString(shape), "non-negative dimensions");
            }
            n *= s;
        }
        if (n > Integer.MAX_VALUE) {
            throw ValidationError.of("Tensor", "shape", Arrays.toString(shape), "at most " + Integer.MAX_VALUE + " elements");
        }
        return (int) n;
    }

    /** @return the shape (a copy) */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * @param axis an axis
     * @return its length
     */
    public int dim(final int axis) {
        return shape[axis];
    }

    /** @return the number of axes */
    public int rank() {
        return shape.length;
    }

    /** @return number of elements */
    public int size() {
        return size(shape);
    }

    /** @return the backing array (shared: views and the tensor they come from write the same memory) */
    public float[] data() {
        return data;
    }

    /** @return offset of the first element in {@link #data()} */
    public int offset() {
        return offset;
    }

    /**
     * @param from first index of axis 0, inclusive
     * @param to   last index, exclusive
     * @return a view of rows [from, to) of the first axis
     */
    public Tensor rows(final int from, final int to) {
        if (from < 0 || to > shape[0] || from > to) {
            throw ValidationError.of("Tensor", "rows", "[" + from + ", " + to + ")", "0 <= from <= to <= " + shape[0]);
        }
        final int[] s = shape.clone();
        s[0] = to - from;
        return new Tensor(data, offset + from * (size(shape) / Math.max(1, shape[0])), s);
    }

    /**
     * @param index indices, one per axis
     * @return the element
     */
    public float get(final int... index) {
        return data[offset + flat(index)];
    }

    /**
     * @param value the value
     * @param index indices, one per axis
     */
    public void set(final float value, final int... index) {
        data[offset + flat(index)] = value;
    }

    private int flat(final int[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("Tensor: " + index.length + " indices for shape " + Arrays.toString(shape));
        }
        int f = 0;
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || index[i] >= shape[i]) {
                throw new IndexOutOfBoundsException("Tensor: index " + Arrays.toString(index) + " for shape "
                    + Arrays.toString(shape));
            }
            f = f * shape[i] + index[i];
        }
        return f;
    }

    /** @return a copy with its own array */
    public Tensor copy() {
        return new Tensor(Arrays.copyOfRange(data, offset, offset + size()), 0, shape.clone());
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
