package dev.neurovec.bench.kernels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMH JSON results of the kernel benchmarks ({@code -rf json}) into the Markdown table of
 * {@code benchmarks/RESULTS.md}, section Kernels: per configuration the scalar twin's and the SIMD backend's time, their
 * ratio, a throughput where the work per call is known, and the larger of the two allocation figures.
 *
 * <p>Several files may be given; a configuration measured in a later file replaces the earlier measurement of both
 * backends together, so every ratio is still taken within one run.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.neurovec.bench.kernels.KernelReport full.json [rerun.json]}</pre>
 */
public final class KernelReport {

    /** One configuration: both backends' scores from the same file. */
    private static final class Row {
        final String name;
        final Map<String, String> params;
        double scalarUs = Double.NaN;
        double simdUs = Double.NaN;
        double allocBytes;
        String file;

        Row(final String name, final Map<String, String> params) {
            this.name = name;
            this.params = params;
        }
    }

    /** Below this a call did no work worth a row. */
    private static final double NO_WORK_US = 0.01;

    private KernelReport() {
    }

    /**
     * @param args JMH JSON result files, earliest first
     * @throws IOException if a file cannot be read
     */
    public static void main(final String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: KernelReport result.json [later.json ...]");
            System.exit(2);
        }
        final List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Path.of(a));
        }
        print(files, System.out);
    }

    /**
     * Reads the files and prints the table.
     *
     * @param files JMH JSON result files, earliest first
     * @param out   where the Markdown goes
     * @throws IOException if a file cannot be read or is not a JMH result array
     */
    public static void print(final List<Path> files, final PrintStream out) throws IOException {
        final Map<String, Row> rows = new TreeMap<>();
        final ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            final JsonNode results = json.readTree(file.toFile());
            if (!results.isArray()) {
                throw new IOException(file + ": expected the JSON array JMH writes with -rf json");
            }
            final Map<String, Row> fresh = new TreeMap<>();
            for (JsonNode b : results) {
                final String name = b.path("benchmark").asText().replaceFirst(".*\\.kernels\\.", "");
                final Map<String, String> params = new TreeMap<>();
                b.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
                final String backend = params.remove("backend");
                if (backend == null) {
                    continue;
                }
                final String unit = b.path("primaryMetric").path("scoreUnit").asText();
                if (!"us/op".equals(unit)) {
                    throw new IOException(file + ": " + name + " is in " + unit + "; the kernel benchmarks report us/op");
                }
                final Row row = fresh.computeIfAbsent(name + " | " + describe(params), k -> new Row(name, params));
                row.file = file.getFileName().toString();
                final double score = b.path("primaryMetric").path("score").asDouble();
                if ("scalar".equals(backend)) {
                    row.scalarUs = score;
                } else {
                    row.simdUs = score;
                }
                row.allocBytes = Math.max(row.allocBytes,
                    b.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(0));
            }
            rows.putAll(fresh);
        }
        out.println("| kernel | params | scalar µs | SIMD µs | scalar/SIMD | SIMD rate | max B/op | file |");
        out.println("|---|---|---:|---:|---:|---:|---:|---|");
        final List<String> noWork = new ArrayList<>();
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            final Row r = e.getValue();
            final String params = describe(r.params);
            if (r.scalarUs < NO_WORK_US && r.simdUs < NO_WORK_US) {
                noWork.add(r.name + " (" + params + ")");
                continue;
            }
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.0f | %s |%n", r.name, params, us(r.scalarUs),
                us(r.simdUs), Double.isNaN(r.scalarUs / r.simdUs) ? "" : String.format(Locale.ROOT, "%.2f",
                    r.scalarUs / r.simdUs), rate(r.name, r.params, r.simdUs), r.allocBytes, r.file);
        }
        if (!noWork.isEmpty()) {
            out.println();
            out.println("Left out, under " + NO_WORK_US + " us on both backends (a candidate at a parameter it ignores"
                + " does no work): " + String.join(", ", noWork) + ".");
        }
    }

    private static String describe(final Map<String, String> params) {
        final StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> p : params.entrySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(p.getKey()).append('=').append(p.getValue());
        }
        return sb.toString();
    }

    private static String us(final double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, v < 10 ? "%.3f" : "%.1f", v);
    }

    /**
     * Bytes each streaming kernel reads and writes per element (4 per float stream; the optimizers' state streams,
     * the filters' state, the broadcast operand's share), for a GB/s figure.
     */
    private static final Map<String, Double> BYTES_PER_ELEMENT = Map.ofEntries(
        Map.entry("ElementwiseBench.axpy", 12.0), Map.entry("ElementwiseBench.axpyVectorCandidate", 12.0),
        Map.entry("ElementwiseBench.copy", 8.0), Map.entry("ElementwiseBench.mulInc", 16.0),
        Map.entry("ElementwiseBench.mulIncVectorCandidate", 16.0), Map.entry("ElementwiseBench.mulIncBroadcast", 12.5),
        Map.entry("ElementwiseBench.scale", 8.0), Map.entry("ElementwiseBench.firstNonFinite", 4.0),
        Map.entry("FilterBench.lowpass", 12.0), Map.entry("FilterBench.lowpassVectorCandidate", 12.0),
        Map.entry("FilterBench.stateSpaceNoD", 28.0), Map.entry("FilterBench.stateSpaceGeneral", 28.0),
        Map.entry("LossBench.nanMseInc", 16.0), Map.entry("LossBench.countFinite", 4.0),
        Map.entry("OptimizerBench.adam", 28.0), Map.entry("OptimizerBench.rmsprop", 20.0),
        Map.entry("OptimizerBench.sgd", 12.0), Map.entry("OptimizerBench.sgdMomentum", 20.0),
        Map.entry("OptimizerBench.sgdNesterov", 20.0),
        // 100,000 floats moved, each read through an index and written
        Map.entry("GatherBench.gather", 8.0), Map.entry("GatherBench.gatherVectorCandidate", 8.0),
        Map.entry("GatherBench.scatterInc", 12.0), Map.entry("GatherBench.scatterIncVectorCandidate", 12.0));
    /** Elements per call of the benchmarks without an {@code n} parameter. */
    private static final double DEFAULT_ELEMENTS = 100_000;

    /** Throughput of the SIMD run where the work per call follows from the parameters alone. */
    static String rate(final String name, final Map<String, String> p, final double us) {
        if (Double.isNaN(us)) {
            return "";
        }
        final String shape = p.get("shape");
        final double flops;
        if (name.startsWith("DenseBench.gemm") && shape != null) {
            final int[] d = Backends.dims(shape);
            flops = 2.0 * d[0] * d[1] * d[2];
        } else if (name.startsWith("DenseBench.gemv") && shape != null) {
            final int[] d = Backends.dims(shape);
            flops = 2.0 * d[0] * d[1];
        } else if (name.startsWith("NeuronBench") && p.containsKey("n")) {
            return String.format(Locale.ROOT, "%.2f ns/neuron", us * 1e3 / Double.parseDouble(p.get("n")));
        } else if (BYTES_PER_ELEMENT.containsKey(name)) {
            final double elements = p.containsKey("n") ? Double.parseDouble(p.get("n")) : DEFAULT_ELEMENTS;
            return String.format(Locale.ROOT, "%.1f GB/s", BYTES_PER_ELEMENT.get(name) * elements / (us * 1e-6) / 1e9);
        } else {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f GFLOP/s", flops / (us * 1e-6) / 1e9);
    }
}
