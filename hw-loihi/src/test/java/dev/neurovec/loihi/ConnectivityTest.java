package dev.neurovec.loihi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §E4.3: the integer weight matrix reconstructed from the artifact equals the discretized model's exactly. */
class ConnectivityTest {

    @TempDir
    Path tmp;

    /** Small per-core limits so that every block of node-ens-ens is split several times. */
    static LoihiLimits tight() {
        return new LoihiLimits(64, 4096, 4096, 16384L * 64, 32, 8, 7, 128, 2, 50);
    }

    @Test
    void shouldReconstructTheDiscretizedWeightsWhenReadingTheArtifact() throws Exception {
        final LoihiDeployment.Compiled c = LoihiDeployment.compile(ReferenceNetworks.nodeEnsEns().network(),
            LoihiOptions.defaults().withLimits(tight()), 100);
        ArtifactWriter.write(c.artifact(), tmp);
        final WeightReconstruction fromArtifact = WeightReconstruction.fromArtifact(ArtifactReader.open(tmp).artifact());
        final WeightReconstruction fromModel = WeightReconstruction.fromModel(c.model());
        assertNull(fromArtifact.firstDifference(fromModel));
        assertTrue(c.model().splits.size() >= 4, "blocks were split: " + c.model().splits.size());
        // a1 (100) -> decode (20): 2000 pairs; decode -> b1: 2000; a2 (200) -> decode (40): 8000; decode -> b2:
        // 8000; host inputs 2 x 100 + 4 x 200 = 1000
        assertEquals(2000 + 2000 + 8000 + 8000 + 1000, fromModel.size());
    }

    @Test
    void shouldReportTheFirstDifferenceWhenOneWeightRegisterIsChanged() throws Exception {
        final LoihiDeployment.Compiled c = LoihiDeployment.compile(ReferenceNetworks.ensEns().network(),
            LoihiOptions.defaults(), 50);
        ArtifactWriter.write(c.artifact(), tmp);
        final Path syn = tmp.resolve("synapses.bin");
        final byte[] bytes = Files.readAllBytes(syn);
        final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        final int entry = 37;
        b.putShort(entry * 6 + 2, (short) (b.getShort(entry * 6 + 2) + 2));
        Files.write(syn, bytes);
        final String diff = WeightReconstruction.fromArtifact(ArtifactReader.open(tmp).artifact())
            .firstDifference(WeightReconstruction.fromModel(c.model()));
        assertNotNull(diff);
        assertTrue(diff.contains("weight"), diff);
    }
}
