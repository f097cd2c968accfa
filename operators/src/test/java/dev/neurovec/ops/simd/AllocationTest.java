package dev.neurovec.ops.simd;

import dev.neurovec.ops.Conv2dShape;
import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.Padding;
import dev.neurovec.ops.Pool2dShape;
import dev.neurovec.ops.scalar.ScalarKernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steady-state kernel calls allocate nothing: after warm-up (vector code allocates boxes until C2 compiles it), the
 * current thread's allocated-bytes counter does not move over thousands of calls of every kernel of both backends.
 * Shapes include tails and every dense path.
 *
 * <p>On JDK 17 and 25 alike, C2 sometimes compiles one kernel with a boxed vector after the JVM has warmed up dozens
 * of other kernels through the same Vector API internals (a different kernel from run to run: adam, sgdMomentum,
 * softLifRateVjp). A kernel that allocates here is therefore measured again alone, warmed up the same way in a fresh
 * JVM with the same flags ({@link #main}); it fails the test only if it allocates there too. The ones that passed
 * only alone are printed, so the JIT artefact stays visible.
 */
class AllocationTest {

    private static final int WARM_UP_CALLS = 15_000;
    private static final int MEASURED_CALLS = 3_000;
    private static final int ATTEMPTS = 6;

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static Map<String, Runnable> calls(final Kernels k) {
        final Random r = new Random(1);
        final int n = 37;
        final float[] a = TwinCheck.uniform(r, 4096, -1f, 1f);
        final float[] b = TwinCheck.uniform(r, 4096, -1f, 1f);
        final float[] c = TwinCheck.uniform(r, 4096, -1f, 1f);
        final float[] j = TwinCheck.uniform(r, 4096, 0f, 3f);
        final float[] v = TwinCheck.uniform(r, 4096, 0f, 1f);
        final float[] ref = new float[4096];
        final float[] out = new float[4096];
        final float[] g = TwinCheck.uniform(r, 4096, -1f, 1f);
        final float[] gj = new float[4096];
        final float[] spikes = new float[256];
        for (int i = 0; i < spikes.length; i += 7) {
            spikes[i] = 1000f;
        }
        final int[] scratch = new int[256];
        final int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = (i * 7) % n;
        }
        final int[] rowPtr = new int[n + 1];
        final int[] colIdx = new int[n * 5];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < 5; q++) {
                colIdx[i * 5 + q] = (i + 3 * q) % n;
            }
            rowPtr[i + 1] = (i + 1) * 5;
        }
        final int[] labels = new int[n];
        final float[] ssA = {0.5f, 0.1f, -0.2f, 0.9f};
        final float[] ssB = {1f, 0.5f};
        final float[] ssC = {0.3f, 0.7f};
        final Conv2dShape conv = Conv2dShape.of(6, 7, 3, 5, 3, 3, 1, 2, Padding.SAME, 2);
        final Pool2dShape pool = Pool2dShape.of(6, 7, 3, 2, 2, 2, 2, Padding.SAME, 2);
        final Map<String, Runnable> m = new LinkedHashMap<>();
        m.put("gemv", () -> k.dense().gemv(a, 1, b, 2, c, 3, 9, 37));
        m.put("gemvInc", () -> k.dense().gemvInc(a, 1, b, 2, c, 3, 17, 33));
        m.put("gemvTransInc", () -> k.dense().gemvTransInc(a, 1, b, 2, c, 3, 17, 37));
        m.put("gemm", () -> k.dense().gemm(a, 1, b, 2, c, 3, 9, 17, 37));
        m.put("gemmInc", () -> k.dense().gemmInc(a, 1, b, 2, c, 3, 9, 17, 70));
        m.put("gemmInc narrow", () -> k.dense().gemmInc(a, 1, b, 2, c, 3, 9, 17, 5));
        m.put("gemmTransAInc", () -> k.dense().gemmTransAInc(a, 1, b, 2, c, 3, 9, 17, 37));
        m.put("gemmTransBInc", () -> k.dense().gemmTransBInc(a, 1, b, 2, c, 3, 9, 17, 37));
        m.put("gemmTransBInc rank1", () -> k.dense().gemmTransBInc(a, 1, b, 2, c, 3, 9, 37, 1));
        m.put("gemmStridedInc", () -> k.dense().gemmStridedInc(a, 0, 200, b, 0, 300, c, 0, 100, 3, 5, 7, 17));
        m.put("dot", () -> c[0] += k.dense().dot(a, 1, b, 2, 1000));
        m.put("spikeColumnsInc", () -> k.dense().spikeColumnsInc(a, 0, 13, spikes, 0, 256, scratch, c, 1));
        m.put("csrMmInc n=1", () -> k.sparse().csrMmInc(a, colIdx, rowPtr, n, b, 0, c, 0, 1));
        m.put("csrMmInc n=20", () -> k.sparse().csrMmInc(a, colIdx, rowPtr, n, b, 0, c, 0, 20));
        m.put("csrMmTransInc", () -> k.sparse().csrMmTransInc(a, colIdx, rowPtr, n, b, 0, c, 0, 3));
        m.put("csrValueGradInc", () -> k.sparse().csrValueGradInc(colIdx, rowPtr, n, b, 0, a, 0, 20, c));
        m.put("fill", () -> k.elementwise().fill(c, 1, n, 0.5f));
        m.put("copy", () -> k.elementwise().copy(a, 1, c, 2, n));
        m.put("add", () -> k.elementwise().add(a, 1, c, 2, n));
        m.put("axpy", () -> k.elementwise().axpy(0.5f, a, 1, c, 2, n));
        m.put("scale", () -> k.elementwise().scale(0.99f, c, 2, n));
        m.put("mul", () -> k.elementwise().mul(a, 1, b, 2, c, 3, n));
        m.put("mulInc", () -> k.elementwise().mulInc(a, 1, b, 2, c, 3, n));
        m.put("mulIncBroadcast", () -> k.elementwise().mulIncBroadcast(a, 1, b, 2, c, 3, 9, 5));
        m.put("firstNonFinite", () -> c[0] += k.elementwise().firstNonFinite(a, 1, 1000));
        m.put("gather", () -> k.gather().gather(a, 0, idx, 0, c, 0, n, 3));
        m.put("scatter", () -> k.gather().scatter(a, 0, idx, 0, c, 0, n, 3));
        m.put("scatterInc", () -> k.gather().scatterInc(a, 0, idx, 0, c, 0, n, 3));
        m.put("gatherScatter", () -> k.gather().gatherScatter(a, 0, idx, 0, c, 0, idx, 0, n, 2));
        m.put("gatherScatterInc", () -> k.gather().gatherScatterInc(a, 0, idx, 0, c, 0, idx, 0, n, 2));
        m.put("lifStep", () -> k.neurons().lifStep(j, 1, v, 2, ref, 3, out, 4, n, 0.001f, 0.02f, 0.002f, 0f, 1f));
        m.put("lifRateStep", () -> k.neurons().lifRateStep(j, 1, out, 2, n, 0.02f, 0.002f, 1f));
        m.put("lifRateVjp", () -> k.neurons().lifRateVjp(j, 1, g, 2, gj, 3, n, 0.02f, 0.002f, 1f));
        m.put("softLifRateStep", () -> k.neurons().softLifRateStep(j, 1, out, 2, n, 0.05f, 0.02f, 0.002f, 1f));
        m.put("softLifRateVjp", () -> k.neurons().softLifRateVjp(j, 1, g, 2, gj, 3, n, 0.05f, 0.02f, 0.002f, 1f));
        m.put("reluStep", () -> k.neurons().reluStep(g, 1, out, 2, n, 1f));
        m.put("reluVjp", () -> k.neurons().reluVjp(g, 1, a, 2, gj, 3, n, 1f));
        m.put("spikingReluStep", () -> k.neurons().spikingReluStep(j, 1, v, 2, out, 3, n, 0.001f, 1f));
        m.put("regularSpikingStep", () -> k.neurons().regularSpikingStep(j, 1, v, 2, out, 3, n, 0.001f, 1f));
        m.put("sigmoidStep", () -> k.neurons().sigmoidStep(g, 1, out, 2, n, 0.0025f));
        m.put("sigmoidVjp", () -> k.neurons().sigmoidVjp(g, 1, a, 2, gj, 3, n, 0.0025f));
        m.put("tanhStep", () -> k.neurons().tanhStep(g, 1, out, 2, n, 0.0025f));
        m.put("tanhVjp", () -> k.neurons().tanhVjp(g, 1, a, 2, gj, 3, n, 0.0025f));
        m.put("lowpass", () -> k.filters().lowpass(a, 1, c, 2, n, 0.9f, 0.1f));
        m.put("lowpassPerElement", () -> k.filters().lowpassPerElement(a, 1, c, 2, b, 3, b, 4, n));
        m.put("stateSpaceNoD", () -> k.filters().stateSpaceNoD(a, 1, v, 2, out, 3, n, 2, ssA, ssB, ssC));
        m.put("stateSpaceGeneral", () -> k.filters().stateSpaceGeneral(a, 1, v, 2, out, 3, n, 2, ssA, ssB, ssC,
            0.1f));
        m.put("mseInc", () -> c[0] += (float) k.losses().mseInc(a, 1, b, 2, 1500, gj, 3, 1e-3f));
        m.put("nanMseInc", () -> c[0] += (float) k.losses().nanMseInc(a, 1, b, 2, 1500, gj, 3, 1e-3f));
        m.put("countFinite", () -> c[0] += k.losses().countFinite(a, 1, 1000));
        m.put("softmaxCrossEntropy",
            () -> c[0] += (float) k.losses().sparseSoftmaxCrossEntropyInc(a, 1, labels, 0, 7, 5, gj, 2, 0.1f));
        m.put("argmaxMatches", () -> c[0] += k.losses().argmaxMatches(a, 1, labels, 0, 7, 5));
        m.put("sgd", () -> k.optimizers().sgd(c, 1, g, 2, n, 1e-6f));
        m.put("sgdMomentum", () -> k.optimizers().sgdMomentum(c, 1, g, 2, gj, 3, n, 1e-6f, 0.9f));
        m.put("sgdNesterov", () -> k.optimizers().sgdNesterov(c, 1, g, 2, gj, 3, n, 1e-6f, 0.9f));
        m.put("adam", () -> k.optimizers().adam(c, 1, g, 2, gj, 3, out, 4, n, 1e-6f, 0.9f, 0.999f, 1e-7f, 3));
        m.put("rmsprop", () -> k.optimizers().rmsprop(c, 1, g, 2, gj, 3, n, 1e-6f, 0.9f, 1e-7f));
        m.put("conv2dInc", () -> k.conv().conv2dInc(a, 0, b, 0, c, 0, conv));
        m.put("conv2dInputVjp", () -> k.conv().conv2dInputVjp(b, 0, a, 0, c, 0, conv));
        m.put("conv2dKernelVjp", () -> k.conv().conv2dKernelVjp(a, 0, b, 0, c, 0, conv));
        m.put("avgPool2d", () -> k.conv().avgPool2d(a, 0, c, 0, pool));
        m.put("avgPool2dVjp", () -> k.conv().avgPool2dVjp(a, 0, c, 0, pool));
        return m;
    }

    /** @return bytes the current thread allocated over the measured calls, after warm-up (0 once any attempt is 0) */
    private static long steadyStateBytes(final Runnable call) {
        long bytes = -1;
        for (int attempt = 0; attempt < ATTEMPTS && bytes != 0; attempt++) {
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                call.run();
            }
            final long before = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < MEASURED_CALLS; i++) {
                call.run();
            }
            bytes = THREADS.getCurrentThreadAllocatedBytes() - before;
        }
        return bytes;
    }

    private static Kernels backend(final String name) {
        return "scalar".equals(name) ? new ScalarKernels() : new SimdKernels();
    }

    /**
     * Measures one kernel alone in this JVM and prints its steady-state bytes.
     *
     * @param args backend ({@code scalar} or {@code simd}) and kernel name
     */
    public static void main(final String[] args) {
        final Runnable call = calls(backend(args[0])).get(args[1]);
        if (call == null) {
            throw new IllegalArgumentException("no kernel named " + args[1]);
        }
        System.out.println("bytes=" + steadyStateBytes(call));
    }

    /** Runs {@link #main} for one kernel in a fresh JVM with this JVM's flags; returns its steady-state bytes. */
    private static long bytesInFreshJvm(final String backend, final String kernel) throws IOException,
        InterruptedException {
        final List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-javaagent") && !a.startsWith("-agentlib")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), AllocationTest.class.getName(), backend,
            kernel));
        final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("fresh JVM for " + kernel + " failed: " + out);
        }
        final int at = out.lastIndexOf("bytes=");
        if (at < 0) {
            throw new IllegalStateException("fresh JVM for " + kernel + " printed no figure: " + out);
        }
        return Long.parseLong(out.substring(at + 6).trim());
    }

    private static void assertNoAllocation(final String backend) throws IOException, InterruptedException {
        final Kernels kernels = backend(backend);
        final List<String> allocating = new ArrayList<>();
        final List<String> onlyWarmedWithOthers = new ArrayList<>();
        for (final Map.Entry<String, Runnable> e : calls(kernels).entrySet()) {
            final long bytes = steadyStateBytes(e.getValue());
            if (bytes == 0) {
                continue;
            }
            final long alone = bytesInFreshJvm(backend, e.getKey());
            final String what = e.getKey() + " (" + bytes + " B over " + MEASURED_CALLS + " calls; alone in a fresh JVM "
                + alone + " B)";
            (alone == 0 ? onlyWarmedWithOthers : allocating).add(what);
        }
        if (!onlyWarmedWithOthers.isEmpty()) {
            System.out.println(kernels.describe() + ": allocated only after the other kernels' warm-up (C2 boxed a"
                + " vector), not alone: " + onlyWarmedWithOthers);
        }
        assertTrue(allocating.isEmpty(), kernels.describe() + " kernels allocate in steady state: " + allocating);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldNotAllocateWhenSimdKernelsRunInSteadyState() throws IOException, InterruptedException {
        assertNoAllocation("simd");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldNotAllocateWhenScalarKernelsRunInSteadyState() throws IOException, InterruptedException {
        assertNoAllocation("scalar");
    }
}
