package dev.neurovec.spinnaker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same network, seed and options give byte-identical artifacts (hardware.md §E4.8, §E4.6 for Loihi's analogue). */
class DeterminismTest {

    private static List<Path> files(final Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldWriteIdenticalBytesWhenMappingTwice() throws IOException {
        for (String name : List.of("fan-stress", "node-ens-ens-2d", "lti-filter")) {
            final ReferenceNetwork ref = ReferenceNetworks.get(name);
            final SpinnakerOptions opt = SpinnakerOptions.defaults().withSteps(60);
            final SpinnakerMachine m = SpinnakerMachine.spinn5().withRouterEntries(48);
            final Path a = Files.createTempDirectory("det-a");
            final Path b = Files.createTempDirectory("det-b");
            SpinnakerTool.execute(ref, a, m, opt);
            SpinnakerTool.execute(ref, b, m, opt);
            final List<Path> fa = files(a);
            assertEquals(fa, files(b));
            assertTrue(fa.size() > 10, name + ": " + fa);
            for (Path f : fa) {
                if (f.toString().equals(ArtifactLayout.REPORT)) {
                    final ObjectMapper om = new ObjectMapper();
                    final ObjectNode ra = (ObjectNode) om.readTree(a.resolve(f).toFile());
                    final ObjectNode rb = (ObjectNode) om.readTree(b.resolve(f).toFile());
                    ra.remove("timingsMs");
                    rb.remove("timingsMs");
                    assertEquals(ra, rb, name + ": report.json apart from the stage times");
                } else {
                    assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), name + ": " + f);
                }
            }
        }
    }
}
