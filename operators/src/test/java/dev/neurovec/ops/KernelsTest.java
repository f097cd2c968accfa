package dev.neurovec.ops;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelsTest {

    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    @Test
    void shouldSelectSimdBackendWhenBuildAddsVectorModule() {
        final Kernels kernels = Kernels.get();
        assertTrue(kernels.isVectorized(), "the build's JVM flags include --add-modules jdk.incubator.vector, "
            + "so Kernels.get() must be the SIMD backend, but it is: " + kernels.describe());
        assertTrue(kernels.describe().startsWith("simd (Species[float, "), kernels.describe());
        assertSame(kernels, Kernels.get(), "the backend is decided once");
    }

    @Test
    void shouldDescribeScalarBackendWithItsReason() {
        final Kernels scalar = Kernels.scalar();
        assertFalse(scalar.isVectorized());
        assertEquals("scalar (requested explicitly)", scalar.describe());
        assertEquals("dev.neurovec.ops.scalar", scalar.dense().getClass().getPackageName());
    }

    @Test
    void shouldImportVectorApiOnlyInSimdPackage() throws IOException {
        final List<Path> offenders;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                .filter(p -> !p.getParent().endsWith(Path.of("dev", "neurovec", "ops", "simd")))
                .filter(KernelsTest::mentionsVectorApi)
                .collect(Collectors.toList());
        }
        assertTrue(offenders.isEmpty(), "only dev.neurovec.ops.simd may import jdk.incubator.vector: " + offenders);
    }

    private static boolean mentionsVectorApi(final Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .anyMatch(line -> line.startsWith("import jdk.incubator.vector")
                    || line.startsWith("import static jdk.incubator.vector")
                    || line.contains("jdk.incubator.vector.") && !line.trim().startsWith("*"));
        } catch (final IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
