package dev.neurovec.spinnaker;

import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageTest {
    private static Fixture fixture;
    private static Ensemble ens;
    private static BuiltEnsemble built;

    /** A 600-neuron 8-D ensemble: 2 cores by DTCM ((600·8 + 600·8 + 1800)·4 = 45,600 B > 43,008 B). */
    @BeforeAll
    static void map() {
        final Network net = new Network("image").seed(8);
        final Node in = net.node(0, 8, (t, x, out) -> {
            for (int i = 0; i < 8; i++) {
                out[i] = 0.3 * Math.sin(6 * t + i);
            }
        });
        ens = net.ensemble("e", 600, 8);
        net.connect(in, ens);
        net.probe(ens).synapse(0.01);
        fixture = Fixture.of(net, 50);
        built = (BuiltEnsemble) fixture.model.params(ens);
    }

    private static ImageDecoder.EnsembleBlock decode(final ArtifactReader.Block b) {
        return (ImageDecoder.EnsembleBlock) ImageDecoder.decode("b", b.app(), fixture.reader().image(b), b.totalBytes());
    }

    @Test
    void shouldDecodeTheModelBackWhenReadingEnsembleImages() {
        final List<ArtifactReader.Block> blocks = fixture.reader().blocks().stream().filter(b -> b.app() == App.ENSEMBLE)
            .toList();
        assertEquals(2, blocks.size());
        final ImageDecoder.EnsembleBlock b0 = decode(blocks.get(0));
        final ImageDecoder.EnsembleBlock b1 = decode(blocks.get(1));
        assertEquals(b0.inputVector(), b1.inputVector(), "one cluster, one shared input vector");
        assertEquals(b0.spikeVector(), b1.spikeVector());
        assertEquals(b0.inputVector() + 4 * 8, b0.spikeVector(), "spike vector follows the 8-word input vector");
        assertEquals(0x7000_0000, b0.semaInput() & 0xf000_0000, "semaphores in the unbuffered alias");
        assertArrayEquals(new int[] {300, 300}, b0.populationLengths());
        assertEquals(List.of(0, 1), List.of(b0.population(), b1.population()));
        assertEquals(List.of(0, 4, 4, 4), List.of(b0.inputOffset(), b0.inputDims(), b1.inputOffset(), b1.inputDims()));
        assertEquals(1597, b0.lifK());
        assertEquals(2, b0.tauRefSteps());
        final double dt = 0.001;
        for (int i = 0; i < 300; i++) {
            for (int d = 0; d < 8; d++) {
                assertEquals((int) (built.scaledEncoders()[300 + i][d] * 32768), b1.encoders()[i * 8 + d]);
            }
            assertEquals((int) (built.bias()[300 + i] * 32768), b1.bias()[i]);
            assertEquals((int) (built.gain()[i] * 32768), b0.gain()[i]);
        }
        final double[][] decoders = fixture.mapping.model().signals().stream().filter(s -> s.sinks().get(0).operator()
            instanceof ValueSinkOperator).findFirst().orElseThrow().transform();
        assertEquals(4, b0.rows());
        for (int r = 0; r < 4; r++) {
            for (int i = 0; i < 600; i++) {
                assertEquals((int) (decoders[4 + r][i] / dt * 32768), b1.decoders()[r * 600 + i],
                    "row " + (4 + r) + " is decoded by core 1 over all 600 neurons");
            }
        }
    }

    @Test
    void shouldRejectTheBlockWhenThePointerTableIsCorrupt() throws IOException {
        final ArtifactReader.Block b = fixture.reader().blocks().get(0);
        final byte[] img = fixture.reader().image(b);
        final byte[] bad = img.clone();
        ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(4 * 3, 4 * 3 + 2);
        final MappingError e = assertThrows(MappingError.class, () -> ImageDecoder.decode("block", b.app(), bad,
            b.totalBytes()));
        assertTrue(e.getMessage().startsWith("block region 3 (encoders): offset = 14; limit word aligned, not before region 2"),
            e.getMessage());
        final byte[] shortImg = java.util.Arrays.copyOf(img, 60);
        assertThrows(MappingError.class, () -> ImageDecoder.decode("block", b.app(), shortImg, b.totalBytes()));
    }

    @Test
    void shouldFailTheImageCheckWhenAWordIsOffByMoreThanOneLsb() throws IOException {
        final Path copy = Files.createTempDirectory("corrupt");
        copyTree(fixture.dir, copy);
        final ArtifactReader.Block b = ArtifactReader.open(copy).blocks().get(0);
        final Path bin = copy.resolve("sdram").resolve(b.file());
        final byte[] img = Files.readAllBytes(bin);
        final ByteBuffer buf = ByteBuffer.wrap(img).order(ByteOrder.LITTLE_ENDIAN);
        final int biasAt = buf.getInt(4 * ImageLayout.ENS_BIAS);
        buf.putInt(biasAt, buf.getInt(biasAt) + 5);
        Files.write(bin, img);
        final List<Check> checks = MappingVerifier.verify(fixture.mapping, ArtifactReader.open(copy));
        final Check image = checks.stream().filter(c -> c.name().startsWith("SDRAM images decode")).findFirst()
            .orElseThrow();
        assertFalse(image.ok());
        assertTrue(image.detail().contains("bias[0]"), image.detail());
        assertTrue(MappingVerifier.verify(fixture.mapping, fixture.reader()).stream().allMatch(Check::ok));
    }

    static void copyTree(final Path from, final Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                final Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
