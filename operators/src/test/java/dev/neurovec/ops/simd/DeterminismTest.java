package dev.neurovec.ops.simd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kernel results do not depend on JIT state: the same inputs give the same bits in a child JVM that only interprets
 * (the Vector API then runs its per-lane Java fallbacks) and in this JVM after C2 has compiled the kernels.
 */
class DeterminismTest {

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void shouldGiveSameBitsInterpretedAndCompiled() throws IOException, InterruptedException {
        final Map<String, Long> compiled = KernelDigests.digests(10_000);
        final Map<String, String> interpreted = runInterpreted();
        final Map<String, String> expected = new LinkedHashMap<>();
        compiled.forEach((k, v) -> expected.put(k, Long.toHexString(v)));
        assertEquals(expected, interpreted, "kernel digests, C2 (left) against -Xint (right)");
    }

    private static Map<String, String> runInterpreted() throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-modules=jdk.incubator.vector");
        command.add("-Xint");
        final String bits = System.getProperty(SimdSpecies.BITS_PROPERTY);
        if (bits != null) {
            command.add("-D" + SimdSpecies.BITS_PROPERTY + "=" + bits);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KernelDigests.class.getName());
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        final Map<String, String> digests = new LinkedHashMap<>();
        final StringBuilder other = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                final int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("WARNING")) {
                    digests.put(line.substring(0, eq), line.substring(eq + 1));
                } else {
                    other.append(line).append('\n');
                }
            }
        }
        assertEquals(0, process.waitFor(), "interpreted run failed: " + other);
        return digests;
    }
}
