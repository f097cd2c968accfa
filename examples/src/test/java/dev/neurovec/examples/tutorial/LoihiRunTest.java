package dev.neurovec.examples.tutorial;

import dev.neurovec.loihi.ArtifactWriter;
import dev.neurovec.loihi.LoihiDeployment;
import dev.neurovec.loihi.LoihiOptions;
import dev.neurovec.loihi.ReferenceNetworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoihiRunTest {

    @TempDir
    Path tmp;

    /** The fidelity bars the demo borrows belong to this very network: hw-loihi's copy emits the same bytes. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldEmitTheSameArtifactWhenCompilingHwLoihisCopyOfTheTutorialsNetwork() throws IOException {
        ArtifactWriter.write(LoihiDeployment.compile(NefSinSquare.build().network(), LoihiOptions.defaults(), 50)
            .artifact(), tmp.resolve("tutorial"));
        ArtifactWriter.write(LoihiDeployment.compile(ReferenceNetworks.get(LoihiRun.REFERENCE).factory().get()
            .network(), LoihiOptions.defaults(), 50).artifact(), tmp.resolve("reference"));
        final List<String> files;
        try (Stream<Path> s = Files.list(tmp.resolve("tutorial"))) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(16, files.size());
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("tutorial").resolve(f)),
                Files.readAllBytes(tmp.resolve("reference").resolve(f)), f);
        }
    }

    /** The demo's hardware cell runs the tutorial's network on Loihi as it is. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRunTheTutorialsNetworkWhenTheDemoDeploysItToLoihi() {
        final HardwareRun r = LoihiRun.run(tmp.resolve("loihi"), 600);
        assertTrue(r.network().startsWith("the tutorial's sin(x^2) network, as it is"), r.network());
        assertEquals(r.checksTotal(), r.checksPassed(), "every check of the artifact and the emulation holds");
        assertTrue(r.rmseSim() > 0 && r.rmseSim() < 0.1, "outpt_p against the float simulation: " + r.rmseSim());
        assertTrue(r.rmseFunction() < 0.1 && r.rmseFunctionSim() < 0.1, r.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("loihi").resolve("report.json")));
    }
}
