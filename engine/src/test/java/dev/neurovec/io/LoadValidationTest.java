package dev.neurovec.io;

import dev.neurovec.io.CheckpointMismatchError.Kind;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way a load can fail has its own exception, naming the file and the item. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadValidationTest {
    @TempDir
    Path dir;
    private Path good;
    private byte[] goodBytes;

    @BeforeEach
    void writeGoodCheckpoint() throws IOException {
        good = dir.resolve("good.h5");
        try (Simulator sim = new Simulator(TestNets.autoEncoder().net())) {
            sim.saveParams(good, SaveOptions.params().withState(true));
        }
        goodBytes = Files.readAllBytes(good);
    }

    private static <T extends Throwable> T loading(final Class<T> type, final Path file, final LoadOptions o) {
        try (Simulator sim = new Simulator(TestNets.autoEncoder().net())) {
            return assertThrows(type, () -> sim.loadParams(file, o));
        }
    }

    private Path bytes(final String name, final byte[] b) throws IOException {
        final Path p = dir.resolve(name);
        Files.write(p, b);
        return p;
    }

    private Path rawHdf5(final String name, final Consumer<WritableHdfFile> body) {
        final Path p = dir.resolve(name);
        try (WritableHdfFile f = HdfFile.write(p)) {
            body.accept(f);
        }
        return p;
    }

    /** A copy of the good file's root attributes and groups, without the trailer, with one change. */
    private Path editedCopy(final String name, final Consumer<WritableGroup> editParams) {
        final Checkpoint c = Checkpoints.read(good);
        return rawHdf5(name, f -> {
            f.putAttribute("format", CheckpointLayout.FORMAT);
            f.putAttribute("formatVersion", 1);
            f.putAttribute("neurovecVersion", "test");
            f.putAttribute("dt", c.info().dt());
            f.putAttribute("seed", c.info().seed());
            f.putAttribute("step", 0L);
            f.putAttribute("networkHash", c.info().networkHash());
            f.putAttribute("created", c.info().created());
            final WritableGroup params = f.putGroup("params");
            final java.util.Map<String, WritableGroup> groups = new java.util.HashMap<>();
            c.params().forEach((k, v) -> {
                final String[] kp = k.split("/");
                final WritableGroup g = groups.computeIfAbsent(kp[0], params::putGroup);
                if (v.shape().length == 1) {
                    g.putDataset(kp[1], v.values());
                } else {
                    final float[][] m = new float[v.shape()[0]][v.shape()[1]];
                    for (int r = 0; r < m.length; r++) {
                        System.arraycopy(v.values(), r * m[0].length, m[r], 0, m[0].length);
                    }
                    g.putDataset(kp[1], m);
                }
            });
            editParams.accept(params);
        });
    }

    @Test
    void shouldNameANonHdf5File() throws IOException {
        final Path p = bytes("notes.h5", "weights: 1 2 3\n".getBytes(StandardCharsets.UTF_8));
        final NotHdf5Error e = loading(NotHdf5Error.class, p, LoadOptions.params());
        assertEquals("Checkpoint " + p + ": /: the file does not start with the HDF5 signature \\211HDF\\r\\n\\032\\n",
            e.getMessage());
        assertEquals(p, e.file());
    }

    @Test
    void shouldCallAnEmptyOrCutFileTruncated() throws IOException {
        final Path empty = bytes("empty.h5", new byte[0]);
        assertEquals("Checkpoint " + empty + ": /: the file has 0 bytes; an HDF5 file starts with an 8-byte signature",
            loading(TruncatedCheckpointError.class, empty, LoadOptions.params()).getMessage());
        final Path cut = bytes("cut.h5", Arrays.copyOf(goodBytes, goodBytes.length / 2));
        assertEquals("Checkpoint " + cut + ": /: the file has " + goodBytes.length / 2 + " bytes; its HDF5 superblock"
            + " says the data ends at byte " + (goodBytes.length - CheckpointLayout.TRAILER_SIZE),
            loading(TruncatedCheckpointError.class, cut, LoadOptions.params()).getMessage());
        final Path trailer = bytes("trailer.h5", Arrays.copyOf(goodBytes, goodBytes.length - 20));
        assertEquals("Checkpoint " + trailer + ": /: the checksum trailer is cut short: 12 of 32 bytes",
            loading(TruncatedCheckpointError.class, trailer, LoadOptions.params()).getMessage());
    }

    @Test
    void shouldCallAFlippedBitCorrupt() throws IOException {
        final byte[] b = goodBytes.clone();
        b[b.length / 3] ^= 0x10;
        final Path p = bytes("flipped.h5", b);
        final CorruptCheckpointError e = loading(CorruptCheckpointError.class, p, LoadOptions.params());
        assertTrue(e.getMessage().matches("Checkpoint .*flipped\\.h5: /: the CRC-32C of the HDF5 bytes is"
            + " 0x[0-9a-f]{8}; the trailer records 0x[0-9a-f]{8}; the file is damaged"), e.getMessage());
    }

    @Test
    void shouldRefuseAnHdf5FileOfAnotherProgram() {
        final Path p = rawHdf5("other.h5", f -> f.putDataset("x", new float[] {1, 2}));
        final NotACheckpointError e = loading(NotACheckpointError.class, p, LoadOptions.params());
        assertEquals("Checkpoint " + p + ": /@format: the root attribute is missing; expected \"neurovec-checkpoint\""
            + " (an HDF5 file from another program?)", e.getMessage());
    }

    @Test
    void shouldRefuseANewerFormatVersion() {
        final Path p = rawHdf5("future.h5", f -> {
            f.putAttribute("format", CheckpointLayout.FORMAT);
            f.putAttribute("formatVersion", 2);
            f.putGroup("params");
        });
        assertEquals("Checkpoint " + p + ": /@formatVersion: is 2; this NeuroVec reads format versions up to 1"
            + " (upgrade NeuroVec)", loading(NotACheckpointError.class, p, LoadOptions.params()).getMessage());
    }

    @Test
    void shouldListMissingUnexpectedAndMisshapenParameters() {
        final Network net = new Network("autoencoder").seed(0);
        final Node in = net.node(new double[TestNets.SIZE]).label("in");
        final Ensemble hidden = net.ensemble("hidden", 5, 1).neuronType(new RectifiedLinear())
            .gain(Dists.choice(1)).bias(Dists.choice(0));
        final Ensemble extra = net.ensemble("extra", TestNets.SIZE, 1).neuronType(new RectifiedLinear());
        net.connect(in, hidden.neurons()).transform(Dists.glorot()).synapse(null);
        net.connect(hidden.neurons(), extra.neurons()).transform(Dists.glorot()).synapse(null);
        try (Simulator sim = new Simulator(net)) {
            final double[] bias = sim.read(sim.model().sig(hidden.neurons()).get("bias"), 0);
            final CheckpointMismatchError e = assertThrows(CheckpointMismatchError.class, () -> sim.loadParams(good));
            assertEquals(List.of(
                "SHAPE /params/hidden/encoders: shape (6, 1); expected (5, 1) for the encoders of Ensemble 'hidden'",
                "SHAPE /params/hidden/bias: shape (6,); expected (5,) for the bias of Ensemble 'hidden'",
                "MISSING /params/extra/encoders: not in the file; expected the encoders of Ensemble 'extra', shape"
                    + " (12, 1)",
                "MISSING /params/extra/bias: not in the file; expected the bias of Ensemble 'extra', shape (12,)",
                "SHAPE /params/in->hidden.neurons/weights: shape (6, 12); expected (5, 12) for the weights of"
                    + " Connection 'Connection[0]'",
                "MISSING /params/hidden.neurons->extra.neurons/weights: not in the file; expected the weights of"
                    + " Connection 'Connection[1]', shape (12, 5)",
                "UNEXPECTED /params/hidden.neurons->out.neurons/weights: in the file but not in the network (renamed,"
                    + " removed, or not a parameter here)",
                "UNEXPECTED /params/out/bias: in the file but not in the network (renamed, removed, or not a parameter"
                    + " here)",
                "UNEXPECTED /params/out/encoders: in the file but not in the network (renamed, removed, or not a"
                    + " parameter here)"),
                e.mismatches().stream().map(m -> m.kind() + " " + m).toList());
            assertTrue(e.getMessage().startsWith("Checkpoint " + good + ": /params/hidden/encoders: shape (6, 1);"
                + " expected (5, 1) for the encoders of Ensemble 'hidden' (and 8 more: /params/hidden/bias: "),
                e.getMessage());
            assertTrue(Arrays.equals(bias, sim.read(sim.model().sig(hidden.neurons()).get("bias"), 0)),
                "a failed load changes nothing");
        }
    }

    @Test
    void shouldReportAFloat64DatasetAsADtypeMismatch() {
        final Path p = editedCopy("float64.h5", params -> {
            final WritableGroup g = params.putGroup("extra");
            g.putDataset("bias", new double[] {1, 2, 3});
        });
        final CheckpointMismatchError e = loading(CheckpointMismatchError.class, p, LoadOptions.params());
        assertEquals(Kind.DTYPE, e.kind());
        assertEquals("Checkpoint " + p + ": /params/extra/bias: dtype float64; expected float32", e.getMessage());
    }

    @Test
    void shouldLoadAFileRewrittenByAnotherToolButNotInStrictMode() {
        final Path p = editedCopy("rewritten.h5", params -> { });
        try (Simulator sim = new Simulator(TestNets.autoEncoder().net())) {
            sim.loadParams(p);
        }
        assertEquals("Checkpoint " + p + ": /: has no NeuroVec checksum trailer (written or modified by another"
            + " tool); strict loading reads only files NeuroVec wrote",
            loading(NotACheckpointError.class, p, LoadOptions.params().withStrict(true)).getMessage());
    }

    @Test
    void shouldWarnAboutAnotherNetworkStructureAndRefuseItInStrictMode() {
        final TestNets.AutoEncoder rewired = TestNets.autoEncoder();
        rewired.net().connections().get(1).synapse(0.01);
        try (Simulator sim = new Simulator(rewired.net())) {
            sim.loadParams(good);
            final CheckpointMismatchError e = assertThrows(CheckpointMismatchError.class,
                () -> sim.loadParams(good, LoadOptions.params().withStrict(true)));
            assertEquals(Kind.NETWORK_HASH, e.kind());
            assertEquals("Checkpoint " + good + ": /@networkHash: the file was written for network "
                + NetworkHash.of(TestNets.autoEncoder().net()) + "; this network is " + NetworkHash.of(rewired.net())
                + " (its structure differs; NetworkHash.describe shows the structure hashed)", e.getMessage());
        }
    }

    @Test
    void shouldCheckTheStateItIsAskedToRestore() throws IOException {
        final Path paramsOnly = dir.resolve("params.h5");
        try (Simulator sim = new Simulator(TestNets.autoEncoder().net())) {
            sim.saveParams(paramsOnly);
        }
        assertEquals("Checkpoint " + paramsOnly + ": /state: the file holds no simulation state; save with"
            + " SaveOptions.withState(true), or load without state",
            loading(CheckpointMismatchError.class, paramsOnly, LoadOptions.params().withState(true)).getMessage());
        try (Simulator sim = new Simulator(TestNets.autoEncoder().net(),
            SimulatorOptions.defaults().withMinibatchSize(3))) {
            final CheckpointMismatchError e = assertThrows(CheckpointMismatchError.class,
                () -> sim.loadParams(good, LoadOptions.params().withState(true)));
            assertEquals("Checkpoint " + good + ": /state@minibatchSize: is 1; the simulator's minibatch size is 3",
                e.getMessage());
        }
    }

    @Test
    void shouldNameAMissingFile() {
        final Path p = dir.resolve("absent.h5");
        assertEquals("Checkpoint " + p + ": /: no such file",
            loading(CheckpointIoError.class, p, LoadOptions.params()).getMessage());
    }

    @Test
    void shouldAskForCompileBeforeLoadingOptimizerState() {
        try (Simulator sim = new Simulator(TestNets.autoEncoder().net())) {
            final IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sim.loadParams(good, LoadOptions.all()));
            assertEquals("loadParams with includeOptimizer: the simulator has no optimizer; call compile(optimizer,"
                + " loss) before loading", e.getMessage());
        }
    }
}
