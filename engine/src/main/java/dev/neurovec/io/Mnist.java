package dev.neurovec.io;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.tensor.Tensor;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Loads MNIST from a folder holding the four idx files, plain or gzip-compressed, and verifies each
 * file's SHA-256 (of the uncompressed bytes) against the published values, so a damaged download is
 * an error rather than a silently worse model. Pixels stay raw 0–255 floats, as the tutorial uses them.
 */
public final class Mnist {
    private static final Map<String, String> SHA256 = Map.of(
        "train-images-idx3-ubyte", "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
        "train-labels-idx1-ubyte", "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
        "t10k-images-idx3-ubyte", "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
        "t10k-labels-idx1-ubyte", "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");
    private static final int IMAGE_MAGIC = 2051;
    private static final int LABEL_MAGIC = 2049;

    private Mnist() {
    }

    /**
     * One split.
     *
     * @param images {@code (n, 1, 784)} raw pixels 0–255 (one time step per image)
     * @param labels class of each image, 0–9
     */
    public record Split(Tensor images, int[] labels) {
    }

    /**
     * The folder to load from: the system property {@code neurovec.mnist}, the environment variable
     * {@code NEUROVEC_MNIST}, or the first of {@code examples/data/mnist}, {@code data/mnist}, {@code ../examples/data/mnist},
     * {@code ../shared/data/mnist}, {@code ../../shared/data/mnist} that exists.
     *
     * @return the folder
     */
    public static Path locate() {
        final String prop = System.getProperty("neurovec.mnist", System.getenv("NEUROVEC_MNIST"));
        if (prop != null) {
            return Path.of(prop);
        }
        for (String c : List.of("examples/data/mnist", "data/mnist", "../examples/data/mnist", "../shared/data/mnist",
            "../../shared/data/mnist")) {
            final Path p = Path.of(c);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new ValidationError("MNIST: no data folder found; set -Dneurovec.mnist=DIR or NEUROVEC_MNIST to a folder"
            + " with the four idx files (plain or .gz)");
    }

    /**
     * @param dir folder with the idx files
     * @return the 60,000 training images and labels
     */
    public static Split train(final Path dir) {
        return split(dir, "train-images-idx3-ubyte", "train-labels-idx1-ubyte");
    }

    /**
     * @param dir folder with the idx files
     * @return the 10,000 test images and labels
     */
    public static Split test(final Path dir) {
        return split(dir, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
    }

    private static Split split(final Path dir, final String images, final String labels) {
        final ByteBuffer img = ByteBuffer.wrap(read(dir, images));
        final ByteBuffer lab = ByteBuffer.wrap(read(dir, labels));
        if (img.getInt() != IMAGE_MAGIC) {
            throw new ValidationError("MNIST " + dir.resolve(images) + ": not an idx3 image file (bad magic number)");
        }
        final int n = img.getInt();
        final int rows = img.getInt();
        final int cols = img.getInt();
        if (lab.getInt() != LABEL_MAGIC || lab.getInt() != n) {
            throw new ValidationError("MNIST " + dir.resolve(labels) + ": not an idx1 label file for " + n + " images");
        }
        final int size = rows * cols;
        final float[] data = new float[n * size];
        for (int i = 0; i < data.length; i++) {
            data[i] = img.get() & 0xff;
        }
        final int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = lab.get() & 0xff;
        }
        return new Split(Tensor.of(data, n, 1, size), y);
    }

    private static byte[] read(final Path dir, final String name) {
        final Path plain = dir.resolve(name);
        final Path gz = dir.resolve(name + ".gz");
        final Path file = Files.exists(plain) ? plain : gz;
        if (!Files.exists(file)) {
            throw new ValidationError("MNIST: " + plain + " (or .gz) not found");
        }
        final byte[] bytes;
        try (InputStream in = file == gz ? new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)))
            : new BufferedInputStream(Files.newInputStream(file))) {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            bytes = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("MNIST: cannot read " + file, e);
        }
        final String sha = sha256(bytes);
        if (!sha.equals(SHA256.get(name))) {
            throw new ValidationError("MNIST " + file + ": SHA-256 " + sha + "; expected " + SHA256.get(name)
                + " (the file is damaged or not the original MNIST)");
        }
        return bytes;
    }

    private static String sha256(final byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
