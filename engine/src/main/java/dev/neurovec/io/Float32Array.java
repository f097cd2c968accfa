package dev.neurovec.io;

import java.util.Arrays;

/**
 * One dataset of a checkpoint: its shape and its float32 values in row-major (C) order, as h5py and
 * NumPy see them.
 *
 * @param shape  dimensions, each &gt;= 0, product equal to the number of values (rank 0: a scalar)
 * @param values the values (not copied)
 */
public record Float32Array(int[] shape, float[] values) {

    /** Checks that the shape fits the values. */
    public Float32Array {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("dimension " + d + " in shape " + Arrays.toString(shape)
                    + "; expected >= 0");
            }
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values; got "
                + values.length);
        }
    }

    /** @return the shape as NumPy prints it, e.g. {@code (64, 3)} or {@code (8,)} */
    public String shapeText() {
        return shapeText(shape);
    }

    /**
     * @param shape dimensions
     * @return the shape as NumPy prints it
     */
    static String shapeText(final int[] shape) {
        final StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /**
     * @param other another array
     * @return true when shapes are equal and values are bit-identical (NaN payloads included)
     */
    public boolean sameAs(final Float32Array other) {
        if (!Arrays.equals(shape, other.shape) || values.length != other.values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (Float.floatToRawIntBits(values[i]) != Float.floatToRawIntBits(other.values[i])) {
                return false;
            }
        }
        return true;
    }
}
