package dev.neurovec.io;

import io.jhdf.HdfFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a checkpoint file into a {@link Checkpoint}, trusting nothing in it. In order:
 * <ol>
 *   <li>the HDF5 signature ({@link NotHdf5Error}; an empty file or a cut signature is a
 *       {@link TruncatedCheckpointError});</li>
 *   <li>the checksum trailer: when present, every byte is checked before parsing
 *       ({@link CorruptCheckpointError}); when absent (a file written or rewritten by another tool), the
 *       superblock's end-of-file address must equal the file's length ({@link TruncatedCheckpointError}
 *       when shorter or when a trailer was cut short), and strict loading refuses the file
 *       ({@link NotACheckpointError});</li>
 *   <li>the HDF5 structure, parsed by jhdf from memory: jhdf then slices the file's bytes instead of
 *       allocating buffers of sizes read from the file, and the decoder checks every declared size
 *       against the length first. Anything jhdf throws, {@code Error}s included, becomes a
 *       {@link CorruptCheckpointError} naming the item being read.</li>
 * </ol>
 * Files up to 2 GiB - 1 bytes are supported (they are read into one array).
 */
final class CheckpointReader {
    private static final System.Logger LOG = System.getLogger(CheckpointReader.class.getName());
    /** Smallest superblock that holds the end-of-file address (version 2 with 2-byte offsets). */
    private static final int MIN_SUPERBLOCK = 20;

    private CheckpointReader() {
    }

    /**
     * @param file            the checkpoint
     * @param requireChecksum refuse files without a valid checksum trailer (strict loading)
     * @return its contents
     */
    static Checkpoint read(final Path file, final boolean requireChecksum) {
        return parse(file, readAll(file), requireChecksum);
    }

    /**
     * As {@link #read}, on the file's bytes already in memory.
     *
     * @param file            the file, for messages
     * @param bytes           its contents
     * @param requireChecksum refuse files without a valid checksum trailer
     * @return its contents
     */
    static Checkpoint parse(final Path file, final byte[] bytes, final boolean requireChecksum) {
        checkSignature(file, bytes);
        final ChecksumTrailer.Found t = ChecksumTrailer.inspect(bytes);
        switch (t.status()) {
            case VALID:
                return decode(file, ByteBuffer.wrap(bytes, 0, t.hdf5Length()).slice());
            case DAMAGED:
                throw new CorruptCheckpointError(file, "/", t.detail() + "; the file is damaged");
            default:
                break;
        }
        final long eof = endOfFile(file, bytes);
        if (bytes.length < eof) {
            throw new TruncatedCheckpointError(file, "/", "the file has " + bytes.length
                + " bytes; its HDF5 superblock says the data ends at byte " + eof);
        }
        if (bytes.length > eof) {
            if (ChecksumTrailer.isCutShort(bytes, (int) eof)) {
                throw new TruncatedCheckpointError(file, "/", "the checksum trailer is cut short: "
                    + (bytes.length - eof) + " of " + CheckpointLayout.TRAILER_SIZE + " bytes");
            }
            throw new CorruptCheckpointError(file, "/", (bytes.length - eof)
                + " bytes after the HDF5 end of file (byte " + eof + ") are not a NeuroVec checksum trailer");
        }
        if (requireChecksum) {
            throw new NotACheckpointError(file, "/", "has no NeuroVec checksum trailer (written or modified by another"
                + " tool); strict loading reads only files NeuroVec wrote");
        }
        LOG.log(System.Logger.Level.WARNING, "Checkpoint " + file + ": no checksum trailer (written or modified by"
            + " another tool); reading it without verifying its bytes");
        return decode(file, ByteBuffer.wrap(bytes));
    }

    /**
     * Parses HDF5 bytes with jhdf inside the boundary that turns every failure into a checkpoint error.
     *
     * @param file for messages
     * @param hdf5 the HDF5 bytes, position 0
     * @return the contents
     */
    static Checkpoint decode(final Path file, final ByteBuffer hdf5) {
        final CheckpointDecoder d = new CheckpointDecoder(file, hdf5.remaining());
        try (HdfFile h = HdfFile.fromByteBuffer(hdf5)) {
            return d.decode(h);
        } catch (CheckpointError e) {
            throw e;
        } catch (Throwable e) {
            // jhdf reports malformed input with assorted runtime exceptions (HdfException, BufferUnderflow,
            // IllegalArgument, Arithmetic, ...) and, on hostile sizes, Errors: all mean the same here.
            throw new CorruptCheckpointError(file, d.item(), "cannot be decoded (" + e + ")", e);
        }
    }

    private static byte[] readAll(final Path file) {
        try {
            final long size = Files.size(file);
            if (size > Integer.MAX_VALUE - 8) {
                throw new CheckpointIoError(file, "/", "the file has " + size
                    + " bytes; checkpoints are read into memory, up to 2 GiB - 1");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CheckpointIoError(file, "/", "no such file", e);
        } catch (IOException e) {
            throw new CheckpointIoError(file, "/", "cannot be read (" + e + ")", e);
        }
    }

    private static void checkSignature(final Path file, final byte[] b) {
        final byte[] sig = CheckpointLayout.HDF5_SIGNATURE;
        final int n = Math.min(b.length, sig.length);
        final boolean prefix = Arrays.equals(b, 0, n, sig, 0, n);
        if (b.length < sig.length && prefix) {
            throw new TruncatedCheckpointError(file, "/", "the file has " + b.length
                + " bytes; an HDF5 file starts with an 8-byte signature");
        }
        if (!prefix) {
            throw new NotHdf5Error(file, "/", "the file does not start with the HDF5 signature \\211HDF\\r\\n\\032\\n");
        }
    }

    /** The end-of-file address in the superblock (versions 0 to 3), plus its base address. */
    private static long endOfFile(final Path file, final byte[] b) {
        if (b.length < MIN_SUPERBLOCK) {
            throw new TruncatedCheckpointError(file, "/", "the file has " + b.length
                + " bytes, too few for an HDF5 superblock");
        }
        final int version = b[8] & 0xff;
        final int offsets = version <= 1 ? b[13] & 0xff : b[9] & 0xff;
        if (offsets != 2 && offsets != 4 && offsets != 8) {
            throw new CorruptCheckpointError(file, "/", "superblock version " + version + " has offsets of "
                + offsets + " bytes; expected 2, 4 or 8");
        }
        final int baseAt = version == 0 ? 24 : version == 1 ? 28 : version <= 3 ? 12 : -1;
        if (baseAt < 0) {
            throw new CorruptCheckpointError(file, "/", "superblock version " + version + "; expected 0 to 3");
        }
        final int eofAt = baseAt + 2 * offsets;
        if (b.length < eofAt + offsets) {
            throw new TruncatedCheckpointError(file, "/", "the file has " + b.length
                + " bytes, too few for its HDF5 superblock");
        }
        final ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        final long base = offset(bb, baseAt, offsets);
        final long eof = offset(bb, eofAt, offsets);
        if (base < 0 || eof < 0 || base + eof < 0) {
            throw new CorruptCheckpointError(file, "/",
                "the superblock's end-of-file address is undefined or negative");
        }
        return base + eof;
    }

    private static long offset(final ByteBuffer b, final int at, final int size) {
        return switch (size) {
            case 2 -> b.getShort(at) & 0xffffL;
            case 4 -> b.getInt(at) & 0xffffffffL;
            default -> b.getLong(at);
        };
    }
}
