package dev.neurovec.loihi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A little-endian table of fixed-size records, one artifact side file (hardware.md §E2.1). Values are held as
 * {@code long} columns (F64 fields as raw IEEE bits) and range-checked against their field type when set, so a
 * value that does not fit its register field can never be written silently.
 */
public final class BinaryTable {

    /** Field encodings. */
    public enum Type {
        /** unsigned 8-bit */
        U8(1, 0, 0xff),
        /** unsigned 16-bit */
        U16(2, 0, 0xffff),
        /** signed 16-bit */
        I16(2, Short.MIN_VALUE, Short.MAX_VALUE),
        /** unsigned 32-bit */
        U32(4, 0, 0xffffffffL),
        /** IEEE 754 binary64 */
        F64(8, Long.MIN_VALUE, Long.MAX_VALUE);

        final int bytes;
        final long min;
        final long max;

        Type(final int bytes, final long min, final long max) {
            this.bytes = bytes;
            this.min = min;
            this.max = max;
        }
    }

    /**
     * One field of a record.
     *
     * @param name field name
     * @param type encoding
     */
    public record Field(String name, Type type) {
    }

    /**
     * The layout of one record.
     *
     * @param file   the file name
     * @param fields fields in storage order
     */
    public record Layout(String file, List<Field> fields) {
        /** @return bytes per record */
        public int recordBytes() {
            int b = 0;
            for (Field f : fields) {
                b += f.type().bytes;
            }
            return b;
        }

        /**
         * @param name a field name
         * @return its column index
         */
        public int column(final String name) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(file + ": no field '" + name + "'");
        }
    }

    private final Layout layout;
    private final long[][] cols;
    private int rows;

    private BinaryTable(final Layout layout, final int capacity) {
        this.layout = layout;
        this.cols = new long[layout.fields().size()][Math.max(capacity, 1)];
    }

    /**
     * @param layout   the record layout
     * @param capacity initial row capacity
     * @return an empty table
     */
    public static BinaryTable create(final Layout layout, final int capacity) {
        return new BinaryTable(layout, capacity);
    }

    /** @return the layout */
    public Layout layout() {
        return layout;
    }

    /** @return number of records */
    public int rows() {
        return rows;
    }

    /**
     * Appends a record.
     *
     * @param values one value per field, in layout order (F64 fields as {@link Double#doubleToRawLongBits})
     * @return the new record's index
     */
    public int append(final long... values) {
        if (values.length != cols.length) {
            throw new IllegalArgumentException(layout.file() + ": record of " + values.length + " values; expected "
                + cols.length);
        }
        if (rows == cols[0].length) {
            for (int c = 0; c < cols.length; c++) {
                cols[c] = java.util.Arrays.copyOf(cols[c], Math.max(16, rows * 2));
            }
        }
        for (int c = 0; c < cols.length; c++) {
            final Field f = layout.fields().get(c);
            if (values[c] < f.type().min || values[c] > f.type().max) {
                throw new IllegalStateException(layout.file() + " record " + rows + ": " + f.name() + " = " + values[c]
                    + " does not fit " + f.type() + "; expected " + f.type().min + " <= value <= " + f.type().max);
            }
            cols[c][rows] = values[c];
        }
        return rows++;
    }

    /**
     * @param row    record index
     * @param column field index
     * @return the integer value
     */
    public long get(final int row, final int column) {
        return cols[column][row];
    }

    /**
     * @param row    record index
     * @param column field index of an F64 field
     * @return the value
     */
    public double getDouble(final int row, final int column) {
        return Double.longBitsToDouble(cols[column][row]);
    }

    /** @return the little-endian bytes of every record */
    public byte[] encode() {
        final ByteBuffer buf = ByteBuffer.allocate(rows * layout.recordBytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols.length; c++) {
                final long v = cols[c][r];
                switch (layout.fields().get(c).type()) {
                    case U8 -> buf.put((byte) v);
                    case U16, I16 -> buf.putShort((short) v);
                    case U32 -> buf.putInt((int) v);
                    case F64 -> buf.putLong(v);
                    default -> throw new IllegalStateException("unknown type");
                }
            }
        }
        return buf.array();
    }

    /**
     * @param layout the record layout
     * @param bytes  the whole file
     * @return the decoded table
     */
    public static BinaryTable decode(final Layout layout, final byte[] bytes) {
        final int rb = layout.recordBytes();
        if (bytes.length % rb != 0) {
            throw new IllegalArgumentException(layout.file() + ": " + bytes.length + " bytes is not a multiple of the "
                + rb + "-byte record");
        }
        final int n = bytes.length / rb;
        final BinaryTable t = new BinaryTable(layout, n);
        final ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < t.cols.length; c++) {
                t.cols[c][r] = switch (layout.fields().get(c).type()) {
                    case U8 -> buf.get() & 0xffL;
                    case U16 -> buf.getShort() & 0xffffL;
                    case I16 -> buf.getShort();
                    case U32 -> buf.getInt() & 0xffffffffL;
                    case F64 -> buf.getLong();
                };
            }
        }
        t.rows = n;
        return t;
    }
}
