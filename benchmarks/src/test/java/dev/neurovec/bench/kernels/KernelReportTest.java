package dev.neurovec.bench.kernels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelReportTest {

    private static String result(final String bench, final String backend, final String shape, final double us) {
        return "{\"benchmark\":\"dev.neurovec.bench.kernels." + bench + "\",\"params\":{\"backend\":\"" + backend
            + "\",\"shape\":\"" + shape + "\"},\"primaryMetric\":{\"score\":" + us + ",\"scoreUnit\":\"us/op\"},"
            + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + (backend.equals("simd") ? 3 : 1) + "}}}";
    }

    private static String report(final Path... files) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        KernelReport.print(List.of(files), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReportTheRatioAndTheRateOfEachConfiguration(@TempDir final Path dir) throws IOException {
        final Path f = Files.writeString(dir.resolve("a.json"), "[" + result("DenseBench.gemmInc", "scalar", "100x10x5",
            40.0) + "," + result("DenseBench.gemmInc", "simd", "100x10x5", 2.0) + "]");
        final String table = report(f);
        // 2 * 100 * 10 * 5 FLOP in 2 us = 5 GFLOP/s; 40 / 2 = 20x; allocation is the larger of the two
        assertTrue(table.contains("| DenseBench.gemmInc | shape=100x10x5 | 40.0 | 2.000 | 20.00 | 5.0 GFLOP/s | 3 | a.json |"),
            table);
    }

    @Test
    void shouldTakeBothBackendsOfAConfigurationFromTheLatestFileThatMeasuredIt(@TempDir final Path dir)
        throws IOException {
        final Path first = Files.writeString(dir.resolve("full.json"), "[" + result("DenseBench.gemvInc", "scalar",
            "8x8", 10.0) + "," + result("DenseBench.gemvInc", "simd", "8x8", 5.0) + "," + result("DenseBench.gemvInc",
            "scalar", "16x16", 30.0) + "," + result("DenseBench.gemvInc", "simd", "16x16", 10.0) + "]");
        final Path rerun = Files.writeString(dir.resolve("rerun.json"), "[" + result("DenseBench.gemvInc", "scalar",
            "8x8", 12.0) + "," + result("DenseBench.gemvInc", "simd", "8x8", 3.0) + "]");
        final String table = report(first, rerun);
        assertTrue(table.contains("| shape=8x8 | 12.0 | 3.000 | 4.00 |"), table);
        assertTrue(table.contains("| shape=16x16 | 30.0 | 10.0 | 3.00 |"), table);
        assertEquals(4, table.lines().count(), table);
    }

    @Test
    void shouldRejectAFileThatIsNotAJmhResultArray(@TempDir final Path dir) throws IOException {
        final Path f = Files.writeString(dir.resolve("x.json"), "{\"benchmark\":1}");
        final IOException e = assertThrows(IOException.class, () -> report(f));
        assertTrue(e.getMessage().contains("x.json"), e.getMessage());
    }
}
