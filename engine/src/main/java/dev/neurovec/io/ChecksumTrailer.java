package dev.neurovec.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32C;

import static dev.neurovec.io.CheckpointLayout.TRAILER_DATA_CRC_OFFSET;
import static dev.neurovec.io.CheckpointLayout.TRAILER_END_MAGIC;
import static dev.neurovec.io.CheckpointLayout.TRAILER_END_MAGIC_OFFSET;
import static dev.neurovec.io.CheckpointLayout.TRAILER_LENGTH_OFFSET;
import static dev.neurovec.io.CheckpointLayout.TRAILER_MAGIC;
import static dev.neurovec.io.CheckpointLayout.TRAILER_SELF_CRC_OFFSET;
import static dev.neurovec.io.CheckpointLayout.TRAILER_SIZE;

/**
 * The 32-byte trailer after the HDF5 bytes (see {@link CheckpointLayout}): it lets the reader check
 * every byte of the file with CRC-32C before the HDF5 parser sees any of it, so a damaged file is
 * reported as such instead of reaching jhdf. CRC-32C catches every error of up to 32 consecutive bits
 * and all but one in 2^32 of the rest.
 */
final class ChecksumTrailer {
    /** What the end of a file holds. */
    enum Status {
        /** A trailer whose checksums match. */
        VALID,
        /** No trailer (the file does not end with the end magic). */
        ABSENT,
        /** A trailer whose fields or checksums do not match. */
        DAMAGED
    }

    /**
     * @param status what was found
     * @param hdf5Length the HDF5 length the trailer gives (VALID only)
     * @param detail why it is damaged
     */
    record Found(Status status, int hdf5Length, String detail) {
    }

    private ChecksumTrailer() {
    }

    /**
     * @param hdf5   the HDF5 bytes
     * @param length how many of them
     * @return the trailer for them
     */
    static byte[] of(final byte[] hdf5, final int length) {
        final ByteBuffer b = ByteBuffer.allocate(TRAILER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(TRAILER_MAGIC).putLong(TRAILER_LENGTH_OFFSET, length);
        b.putInt(TRAILER_DATA_CRC_OFFSET, crc(hdf5, 0, length));
        b.putInt(TRAILER_SELF_CRC_OFFSET, crc(b.array(), 0, TRAILER_SELF_CRC_OFFSET));
        b.put(TRAILER_END_MAGIC_OFFSET, TRAILER_END_MAGIC);
        return b.array();
    }

    /**
     * @param file the whole file
     * @return what its last 32 bytes hold
     */
    static Found inspect(final byte[] file) {
        final int n = file.length;
        if (n < TRAILER_SIZE || !Arrays.equals(file, n - 8, n, TRAILER_END_MAGIC, 0, 8)) {
            return new Found(Status.ABSENT, -1, "");
        }
        final int t = n - TRAILER_SIZE;
        final ByteBuffer b = ByteBuffer.wrap(file, t, TRAILER_SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        if (!Arrays.equals(file, t, t + 8, TRAILER_MAGIC, 0, 8)) {
            return damaged("the trailer's start magic is not NVCKSUM1");
        }
        final int self = crc(file, t, TRAILER_SELF_CRC_OFFSET);
        if (b.getInt(TRAILER_SELF_CRC_OFFSET) != self) {
            return damaged("the trailer's own CRC-32C is " + hex(self) + "; it records "
                + hex(b.getInt(TRAILER_SELF_CRC_OFFSET)));
        }
        final long length = b.getLong(TRAILER_LENGTH_OFFSET);
        if (length != t) {
            return damaged("the trailer records " + length + " HDF5 bytes; the file has " + t + " before it");
        }
        final int data = crc(file, 0, t);
        if (b.getInt(TRAILER_DATA_CRC_OFFSET) != data) {
            return damaged("the CRC-32C of the HDF5 bytes is " + hex(data) + "; the trailer records "
                + hex(b.getInt(TRAILER_DATA_CRC_OFFSET)));
        }
        return new Found(Status.VALID, t, "");
    }

    /**
     * @param tail bytes found after the HDF5 end of file
     * @return true when they are the start of a trailer cut short
     */
    static boolean isCutShort(final byte[] file, final int from) {
        final int len = file.length - from;
        return len > 0 && len < TRAILER_SIZE && Arrays.equals(file, from, from + Math.min(8, len), TRAILER_MAGIC, 0,
            Math.min(8, len));
    }

    private static Found damaged(final String detail) {
        return new Found(Status.DAMAGED, -1, detail);
    }

    private static int crc(final byte[] b, final int from, final int length) {
        final CRC32C c = new CRC32C();
        c.update(b, from, length);
        return (int) c.getValue();
    }

    private static String hex(final int v) {
        return String.format("0x%08x", v);
    }
}
