package dev.neurovec.build;

import java.util.Arrays;

/**
 * A named array of values the operators of a model read and write, as Nengo's {@code Signal}: a
 * vector, or a row-major matrix (the weights of a {@code DotInc}). A view shares a contiguous run of
 * a base vector's elements. The initial value is what {@code reset} restores. A readonly signal is a
 * parameter no operator writes (online learning makes its target writable).
 */
public final class Signal {
    private final String name;
    private final int rows;
    private final int cols;
    private final double[] initial;
    private final Signal base;
    private final int offset;
    private boolean readonly;

    private Signal(final String name, final int rows, final int cols, final double[] initial, final Signal base,
                   final int offset, final boolean readonly) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.initial = initial;
        this.base = base == null ? this : base;
        this.offset = offset;
        this.readonly = readonly;
    }

    /**
     * @param name name for messages and plan descriptions
     * @param size number of elements, &gt;= 0
     * @return a zero-initialised vector
     */
    public static Signal zeros(final String name, final int size) {
        return new Signal(name, size, 1, new double[size], null, 0, false);
    }

    /**
     * @param name    name
     * @param initial initial values (copied)
     * @return a vector with those initial values
     */
    public static Signal of(final String name, final double[] initial) {
        return new Signal(name, initial.length, 1, initial.clone(), null, 0, false);
    }

    /**
     * @param name   name
     * @param values values (copied)
     * @return a readonly vector (a parameter)
     */
    public static Signal constant(final String name, final double[] values) {
        return new Signal(name, values.length, 1, values.clone(), null, 0, true);
    }

    /**
     * @param name   name
     * @param matrix values, rows x cols (copied, stored row-major)
     * @return a readonly matrix
     */
    public static Signal matrix(final String name, final double[][] matrix) {
        final int r = matrix.length;
        final int c = r == 0 ? 0 : matrix[0].length;
        final double[] flat = new double[r * c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(matrix[i], 0, flat, i * c, c);
        }
        return new Signal(name, r, c, flat, null, 0, true);
    }

    /**
     * @param from first element, inclusive
     * @param to   last element, exclusive
     * @return a view of elements [from, to) of this vector (or of its base, for a view)
     */
    public Signal slice(final int from, final int to) {
        if (cols != 1) {
            throw new IllegalArgumentException("Signal '" + name + "': cannot slice a " + rows + "x" + cols + " matrix");
        }
        if (from < 0 || to > rows || from > to) {
            throw new IllegalArgumentException("Signal '" + name + "': slice [" + from + ", " + to + ") of size " + rows);
        }
        if (from == 0 && to == rows) {
            return this;
        }
        return new Signal(name + "[" + from + ":" + to + "]", to - from, 1, null, base, offset + from, readonly);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return number of elements */
    public int size() {
        return rows * cols;
    }

    /** @return rows (size for a vector) */
    public int rows() {
        return rows;
    }

    /** @return columns (1 for a vector) */
    public int cols() {
        return cols;
    }

    /** @return true for a matrix (cols &gt; 1, or a declared matrix) */
    public boolean isMatrix() {
        return cols != 1;
    }

    /** @return the signal this one is a view of, or itself */
    public Signal base() {
        return base;
    }

    /** @return true when this is a view of another signal */
    public boolean isView() {
        return base != this;
    }

    /** @return offset of the first element within the base */
    public int offset() {
        return offset;
    }

    /** @return whether no operator may write this signal */
    public boolean readonly() {
        return readonly;
    }

    /** Makes a parameter writable (a learning rule updates it). */
    void makeWritable() {
        readonly = false;
    }

    /** @return a copy of the initial values (a view returns its part of the base's) */
    public double[] initialValue() {
        if (isView()) {
            return Arrays.copyOfRange(base.initial, offset, offset + size());
        }
        return initial.clone();
    }

    /** @return true when this signal's elements overlap {@code other}'s (same base, intersecting ranges) */
    public boolean overlaps(final Signal other) {
        return base == other.base && offset < other.offset + other.size() && other.offset < offset + size();
    }

    @Override
    public String toString() {
        return name + (cols == 1 ? "(" + rows + ")" : "(" + rows + "x" + cols + ")");
    }
}
