package dev.neurovec.errors;

import java.util.Arrays;

/** Formats values for error messages: arrays are printed, long ones abbreviated with their length. */
public final class ValueText {
    private static final int MAX_ELEMENTS = 8;

    private ValueText() {
    }

    /**
     * @param value any value, array or null
     * @return a short readable form
     */
    public static String of(final Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof double[] a) {
            return a.length <= MAX_ELEMENTS ? Arrays.toString(a)
                : Arrays.toString(Arrays.copyOf(a, MAX_ELEMENTS)).replace("]", ", ...] (length " + a.length + ")");
        }
        if (value instanceof float[] a) {
            return a.length <= MAX_ELEMENTS ? Arrays.toString(a)
                : Arrays.toString(Arrays.copyOf(a, MAX_ELEMENTS)).replace("]", ", ...] (length " + a.length + ")");
        }
        if (value instanceof int[] a) {
            return a.length <= MAX_ELEMENTS ? Arrays.toString(a)
                : Arrays.toString(Arrays.copyOf(a, MAX_ELEMENTS)).replace("]", ", ...] (length " + a.length + ")");
        }
        if (value instanceof double[][] a) {
            return "matrix " + a.length + "x" + (a.length == 0 ? 0 : a[0].length);
        }
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        return String.valueOf(value);
    }
}
