package dev.neurovec.io;

import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.train.Adam;
import dev.neurovec.train.Losses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Loads thousands of mutated checkpoints (seeded): bit flips, truncations, overwritten ranges, and the
 * same mutations of the HDF5 bytes with the checksum trailer recomputed or removed, so that they reach
 * jhdf. Each load must succeed or throw one of the documented checkpoint errors, and allocate a bounded
 * amount. Sealed files must never load after a mutation. The counts are printed.
 */
class CheckpointFuzzTest {
    /** Seed of the mutations; {@code -Dneurovec.fuzzSeed=...} tries others. */
    private static final long SEED = Long.getLong("neurovec.fuzzSeed", 20261127L);
    /** Cases per mutation family; {@code -Dneurovec.fuzzCases=10000} runs a longer campaign. */
    private static final int CASES_PER_FAMILY = Integer.getInteger("neurovec.fuzzCases", 1000);
    private static final Set<Class<?>> DOCUMENTED = Set.of(NotHdf5Error.class, NotACheckpointError.class,
        TruncatedCheckpointError.class, CorruptCheckpointError.class, CheckpointMismatchError.class);

    @TempDir
    Path dir;

    private enum Family {
        BIT_FLIPS(true), TRUNCATION(true), GARBAGE_RANGE(true), RANDOM_FILE(true),
        RESEALED_BIT_FLIPS(false), RESEALED_GARBAGE(false), UNSEALED_BIT_FLIPS(false), UNSEALED_GARBAGE(false);

        /** Mutations the checksum must catch: such a file never loads. */
        final boolean mustFail;

        Family(final boolean mustFail) {
            this.mustFail = mustFail;
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldOnlyEverThrowDocumentedErrorsOnMutatedFiles() throws IOException {
        final TestNets.AutoEncoder ae = TestNets.autoEncoder();
        final Path good = dir.resolve("good.h5");
        final Tensor x = TestNets.data(3);
        // Unverified and other-network loads log a warning each; thousands of them would bury the build log.
        final java.util.logging.Logger quiet = java.util.logging.Logger.getLogger(CheckpointReader.class.getName());
        final java.util.logging.Logger quiet2 = java.util.logging.Logger.getLogger(CheckpointRestore.class.getName());
        quiet.setLevel(java.util.logging.Level.SEVERE);
        quiet2.setLevel(java.util.logging.Level.SEVERE);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final SimulatorOptions opts = SimulatorOptions.defaults().withMinibatchSize(TestNets.MINIBATCH);
        try (Simulator sim = new Simulator(ae.net(), opts)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(ae.in(), x), Map.of(ae.probe(), x), 1);
            sim.saveParams(good, SaveOptions.all().withEpoch(1));
            final byte[] sealed = Files.readAllBytes(good);
            final int hdf5 = sealed.length - CheckpointLayout.TRAILER_SIZE;
            final Random rng = new Random(SEED);
            final Path p = dir.resolve("mutant.h5");
            final Map<String, Integer> outcomes = new TreeMap<>();
            long maxAllocated = 0;
            long maxNanos = 0;
            int cases = 0;
            for (Family f : Family.values()) {
                for (int k = 0; k < CASES_PER_FAMILY; k++) {
                    final byte[] b = mutate(f, k, sealed, hdf5, rng);
                    if (k % 100 == 0) {
                        Files.write(p, b);
                    }
                    final long alloc0 = threads.getCurrentThreadAllocatedBytes();
                    final long t0 = System.nanoTime();
                    String outcome;
                    CheckpointError error = null;
                    try {
                        if (k % 100 == 0) {
                            sim.loadParams(p, LoadOptions.all());
                        } else {
                            // The same path as loadParams after Files.readAllBytes: writing thousands of small
                            // files costs milliseconds each on some disks, and the bytes are what is tested.
                            CheckpointRestore.apply(p, CheckpointReader.parse(p, b, false), sim, LoadOptions.all());
                        }
                        outcome = "loaded";
                    } catch (CheckpointError e) {
                        outcome = e.getClass().getSimpleName();
                        error = e;
                    } catch (RuntimeException | Error e) {
                        throw new AssertionError(f + " case " + k + " (seed " + SEED + ") threw an undocumented " + e,
                            e);
                    }
                    if (error != null && (!DOCUMENTED.contains(error.getClass())
                        || !error.getMessage().startsWith("Checkpoint " + p + ": "))) {
                        fail(f + " case " + k + " (seed " + SEED + "): " + error, error);
                    }
                    // Cutting exactly the trailer leaves complete HDF5 data, which loads unverified (with a
                    // warning), as a file rewritten by h5py does; strict loading refuses it.
                    final boolean onlyTrailerCut = f == Family.TRUNCATION && b.length == hdf5;
                    if (error == null && f.mustFail && !onlyTrailerCut) {
                        fail(f + " case " + k + " (seed " + SEED + ") loaded a damaged sealed file");
                    }
                    maxNanos = Math.max(maxNanos, System.nanoTime() - t0);
                    final long allocated = threads.getCurrentThreadAllocatedBytes() - alloc0;
                    maxAllocated = Math.max(maxAllocated, allocated);
                    assertTrue(allocated < 64L * sealed.length + (16 << 20), f + " case " + k + " allocated "
                        + allocated + " bytes for a " + b.length + "-byte file");
                    outcomes.merge(f + " " + outcome, 1, Integer::sum);
                    cases++;
                }
            }
            System.out.println("checkpoint fuzz: seed " + SEED + ", " + cases + " cases on a " + sealed.length
                + "-byte checkpoint; max load time " + maxNanos / 1_000_000 + " ms, max allocated " + maxAllocated
                + " bytes");
            outcomes.forEach((k, v) -> System.out.println("  " + k + ": " + v));
            assertEquals(Family.values().length * CASES_PER_FAMILY, cases);
        } finally {
            quiet.setLevel(null);
            quiet2.setLevel(null);
        }
    }

    private static byte[] mutate(final Family f, final int k, final byte[] sealed, final int hdf5, final Random rng) {
        switch (f) {
            case BIT_FLIPS:
                return flip(sealed.clone(), sealed.length, 1 + rng.nextInt(4), rng);
            case TRUNCATION:
                return Arrays.copyOf(sealed, k < 64 ? sealed.length - 1 - k : rng.nextInt(sealed.length));
            case GARBAGE_RANGE:
                return garbage(sealed.clone(), sealed.length, rng);
            case RANDOM_FILE: {
                final byte[] b = new byte[rng.nextInt(4096)];
                rng.nextBytes(b);
                if (k % 2 == 0 && b.length >= 8) {
                    System.arraycopy(CheckpointLayout.HDF5_SIGNATURE, 0, b, 0, 8);
                }
                return b;
            }
            case RESEALED_BIT_FLIPS:
                return seal(flip(Arrays.copyOf(sealed, hdf5), hdf5, 1 + rng.nextInt(4), rng));
            case RESEALED_GARBAGE:
                return seal(garbage(Arrays.copyOf(sealed, hdf5), hdf5, rng));
            case UNSEALED_BIT_FLIPS:
                return flip(Arrays.copyOf(sealed, hdf5), hdf5, 1 + rng.nextInt(4), rng);
            default:
                return garbage(Arrays.copyOf(sealed, hdf5), hdf5, rng);
        }
    }

    private static byte[] flip(final byte[] b, final int within, final int bits, final Random rng) {
        for (int i = 0; i < bits; i++) {
            b[rng.nextInt(within)] ^= (byte) (1 << rng.nextInt(8));
        }
        return b;
    }

    private static byte[] garbage(final byte[] b, final int within, final Random rng) {
        final int at = rng.nextInt(within);
        final int n = Math.min(within - at, 1 + rng.nextInt(64));
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) rng.nextInt();
        }
        return b;
    }

    private static byte[] seal(final byte[] hdf5) {
        final byte[] t = ChecksumTrailer.of(hdf5, hdf5.length);
        final byte[] out = Arrays.copyOf(hdf5, hdf5.length + t.length);
        System.arraycopy(t, 0, out, hdf5.length, t.length);
        return out;
    }
}
