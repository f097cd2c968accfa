package dev.neurovec.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurovec.network.library.BenchmarkNetworks;
import dev.neurovec.network.neurons.Lif;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the suite end to end on tiny cases: the output's shape is checked, never its timings. */
class BenchMainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TINY = {"--steps", "5", "--reps", "2", "--warmup-seconds", "0",
        "--reference-rep-seconds", "0.5", "--minibatch", "1,3"};

    private static CaseRegistry tinyRegistry() {
        return CaseRegistry.empty()
            .register(new SimulationCase("tiny_integrator", "integrator(2 dims, 8 neurons/dim)", true,
                () -> BenchmarkNetworks.integrator(2, 8, new Lif()), PeerFigures.nengo(0.062)))
            .register(new SimulationCase("tiny_dense_lif", "dense random LIF, N=40", true,
                () -> BenchmarkNetworks.denseRandomLif(40, 0), PeerFigures.nengoAndBrian2(0.107, 0.046)))
            .register(new SimulationCase("tiny_cconv", "cconv(2 dims, 32 neurons/dim)", false,
                () -> BenchmarkNetworks.cconv(2, 32, new Lif()), PeerFigures.nengoDl(2.25, 3)));
    }

    private static String[] args(final String... extra) {
        final String[] all = new String[TINY.length + extra.length];
        System.arraycopy(TINY, 0, all, 0, TINY.length);
        System.arraycopy(extra, 0, all, TINY.length, extra.length);
        return all;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldWriteEveryRequiredFieldWithPlausibleValuesWhenTinyCasesRun(@TempDir final Path dir) throws IOException {
        final Path json = dir.resolve("e2e.jsonl");
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        final int rc = BenchMain.run(args("--json", json.toString(), "--profile", "--explain"),
            new PrintStream(buf, true, StandardCharsets.UTF_8), tinyRegistry());
        final String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(BenchMain.OK, rc, out);
        final List<String> lines = Files.readAllLines(json);
        // 3 cases x 2 minibatch sizes x 2 executors
        assertEquals(12, lines.size(), out);
        for (String text : lines) {
            final JsonNode line = JSON.readTree(text);
            assertTrue(line.hasNonNull(Fields.RUN) && line.hasNonNull(Fields.COMMIT), text);
            for (String f : Fields.REQUIRED) {
                assertTrue(line.hasNonNull(f), "missing " + f + " in " + text);
            }
            final String executor = line.get(Fields.EXECUTOR).asText();
            assertTrue(executor.equals("reference") || executor.equals("optimized"), text);
            for (String f : List.of(Fields.BUILD_S, Fields.S_PER_SIM_S, Fields.S_PER_SIM_S_BEST, Fields.CPU_S_PER_SIM_S,
                Fields.NEURON_UPDATES_PER_S)) {
                final double v = line.get(f).asDouble();
                assertTrue(v > 0 && Double.isFinite(v), f + " = " + v + " in " + text);
            }
            assertTrue(line.get(Fields.S_PER_SIM_S_BEST).asDouble() <= line.get(Fields.S_PER_SIM_S).asDouble(), text);
            assertTrue(line.get(Fields.STEPS).asInt() >= 1 && line.get(Fields.STEPS).asInt() <= 5, text);
            assertEquals(2, line.get(Fields.REPS).asInt(), text);
            assertTrue(line.get(Fields.NEURONS).asInt() > 0, text);
            if (executor.equals("optimized")) {
                final double speedup = line.get(Fields.SPEEDUP_VS_REFERENCE).asDouble();
                assertTrue(speedup > 0 && Double.isFinite(speedup), text);
                assertTrue(line.get(Fields.BYTES_PER_STEP).asDouble() > 0, text);
                assertTrue(line.get(Fields.FLOPS_PER_STEP).asDouble() > 0, text);
                assertTrue(line.get(Fields.BOUND_S_PER_SIM_S).asDouble() > 0, text);
            }
        }
        assertPeerFields(lines);
        assertTrue(out.contains("# Plan: "), "--explain prints the plan");
        assertTrue(out.contains("Neurons:Lif"), "--profile names the groups");
        assertTrue(out.contains("# case                       executor"), "the table closes the run");
    }

    private static void assertPeerFields(final List<String> lines) throws IOException {
        for (String text : lines) {
            final JsonNode line = JSON.readTree(text);
            final boolean optimized = line.get(Fields.EXECUTOR).asText().equals("optimized");
            final String name = line.get(Fields.CASE).asText();
            final int batch = line.get(Fields.MINIBATCH).asInt();
            final boolean mb1 = optimized && batch == 1;
            assertEquals(mb1 && !name.equals("tiny_cconv"), line.has(Fields.NENGO_S_PER_SIM_S), text);
            assertEquals(mb1 && name.equals("tiny_dense_lif"), line.has(Fields.VS_BRIAN2_CPP), text);
            assertEquals(optimized && batch == 3 && name.equals("tiny_cconv"), line.has(Fields.VS_NENGODL_K80), text);
            assertEquals(line.has(Fields.NENGO_S_PER_SIM_S) || line.has(Fields.VS_NENGODL_K80),
                line.has(Fields.TARGETS_MET), text);
        }
    }

    @Test
    void shouldSayWhereTheAutoencoderCaseRunsWhenItIsNotRegistered() {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        final int rc = BenchMain.run(new String[] {"--case", "autoencoder"}, new PrintStream(buf, true,
            StandardCharsets.UTF_8));
        assertEquals(BenchMain.USAGE, rc);
        assertTrue(buf.toString(StandardCharsets.UTF_8).startsWith("error: case 'autoencoder' is not available: the"
            + " training case needs the tutorial's code"), buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRunAutoencoderOnceRegistered() {
        final BenchCase training = new BenchCase() {
            @Override
            public String name() {
                return "autoencoder";
            }

            @Override
            public String description() {
                return "stand-in";
            }

            @Override
            public boolean quick() {
                return false;
            }

            @Override
            public void run(final SuiteOptions options, final ResultSink sink) {
                sink.accept(new ResultLine().put(Fields.CASE, "autoencoder").put("epoch_s", 1.0));
            }
        };
        final CaseRegistry registry = CaseRegistry.defaults().register(training);
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertEquals(BenchMain.OK, BenchMain.run(new String[] {"--case", "autoencoder"},
            new PrintStream(buf, true, StandardCharsets.UTF_8), registry));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("{\"case\":\"autoencoder\",\"epoch_s\":1.0,\"run\":"));
        assertFalse(registry.pendingCases().containsKey("autoencoder"));
    }

    @Test
    void shouldRejectUnknownOptionsAndCasesWithUsage() {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        assertEquals(BenchMain.USAGE, BenchMain.run(new String[] {"--fast"}, out));
        assertEquals(BenchMain.USAGE, BenchMain.run(new String[] {"--case", "nope"}, out));
        assertEquals(BenchMain.USAGE, BenchMain.run(new String[] {"--reps", "0"}, out));
        final String text = buf.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("error: unknown option '--fast'; --help lists the options"), text);
        assertTrue(text.contains("error: unknown case 'nope'; known cases: integrator_d16, "), text);
        assertTrue(text.contains("error: --reps = 0; expected >= 1"), text);
    }

    @Test
    void shouldListEveryCaseAndThePendingOnes() {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertEquals(BenchMain.OK, BenchMain.run(new String[] {"--list"}, new PrintStream(buf, true,
            StandardCharsets.UTF_8)));
        final String text = buf.toString(StandardCharsets.UTF_8);
        for (BenchCase c : CaseRegistry.defaults().all()) {
            assertTrue(text.contains(c.name()), c.name());
        }
        assertTrue(text.contains("autoencoder                (pending)"), text);
    }
}
