package dev.neurovec.ops.simd;

import dev.neurovec.ops.Kernels;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Bit digests of SIMD kernel results on fixed inputs. {@link #main} prints them, so a child JVM started with
 * {@code -Xint} (every Vector API call runs its Java fallback) can be compared with the C2-compiled kernels of the
 * test JVM.
 */
final class KernelDigests {

    private KernelDigests() {
    }

    /** One kernel call on fresh copies of fixed inputs; returns the arrays it wrote. */
    private static Map<String, Consumer<float[][]>> calls(final Kernels k) {
        final Map<String, Consumer<float[][]>> m = new LinkedHashMap<>();
        final int n = 53;
        final int[] rowPtr = new int[n + 1];
        final int[] colIdx = new int[n * 19];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < 19; q++) {
                colIdx[i * 19 + q] = (i * 7 + 3 * q) % n;
            }
            rowPtr[i + 1] = (i + 1) * 19;
        }
        final float[] ss = {0.5f, 0.1f, -0.2f, 0.9f, 1f, 0.5f, 0.3f, 0.7f};
        m.put("gemv", a -> k.dense().gemv(a[0], 1, a[1], 2, a[2], 3, 9, 37));
        m.put("gemm", a -> k.dense().gemm(a[0], 1, a[1], 2, a[2], 3, 9, 17, 37));
        m.put("gemmTransAInc", a -> k.dense().gemmTransAInc(a[0], 1, a[1], 2, a[2], 3, 9, 17, 37));
        m.put("gemmTransBInc", a -> k.dense().gemmTransBInc(a[0], 1, a[1], 2, a[2], 3, 9, 17, 37));
        m.put("dot", a -> a[2][0] = k.dense().dot(a[0], 1, a[1], 2, 1000));
        m.put("csrMmInc n1", a -> k.sparse().csrMmInc(a[0], colIdx, rowPtr, n, a[1], 0, a[2], 0, 1));
        m.put("csrMmInc n20", a -> k.sparse().csrMmInc(a[0], colIdx, rowPtr, n, a[1], 0, a[2], 0, 20));
        m.put("csrValueGradInc", a -> k.sparse().csrValueGradInc(colIdx, rowPtr, n, a[1], 0, a[0], 0, 20, a[2]));
        m.put("lifStep x10", a -> {
            for (int s = 0; s < 10; s++) {
                k.neurons().lifStep(a[3], 1, a[4], 2, a[5], 3, a[2], 4, n, 0.001f, 0.02f, 0.002f, 0f, 1f);
            }
        });
        m.put("lifRateStep", a -> k.neurons().lifRateStep(a[3], 1, a[2], 2, n, 0.02f, 0.002f, 1f));
        m.put("lifRateVjp", a -> k.neurons().lifRateVjp(a[3], 1, a[1], 2, a[2], 3, n, 0.02f, 0.002f, 1f));
        m.put("softLifRateStep", a -> k.neurons().softLifRateStep(a[3], 1, a[2], 2, n, 0.05f, 0.02f, 0.002f, 1f));
        m.put("softLifRateVjp",
            a -> k.neurons().softLifRateVjp(a[3], 1, a[1], 2, a[2], 3, n, 0.05f, 0.02f, 0.002f, 1f));
        m.put("sigmoidStep", a -> k.neurons().sigmoidStep(a[0], 1, a[2], 2, n, 0.0025f));
        m.put("sigmoidVjp", a -> k.neurons().sigmoidVjp(a[0], 1, a[1], 2, a[2], 3, n, 0.0025f));
        m.put("tanhStep", a -> k.neurons().tanhStep(a[0], 1, a[2], 2, n, 0.0025f));
        m.put("tanhVjp", a -> k.neurons().tanhVjp(a[0], 1, a[1], 2, a[2], 3, n, 0.0025f));
        m.put("spikingReluStep", a -> k.neurons().spikingReluStep(a[3], 1, a[4], 2, a[2], 3, n, 0.001f, 1f));
        m.put("stateSpaceGeneral",
            a -> k.filters().stateSpaceGeneral(a[0], 1, a[4], 2, a[2], 3, n, 2, ss, new float[] {1f, 0.5f},
                new float[] {0.3f, 0.7f}, 0.1f));
        m.put("mseInc", a -> a[1][0] = (float) k.losses().mseInc(a[0], 1, a[3], 2, 1500, a[2], 3, 1e-3f));
        m.put("countFinite", a -> a[2][0] = k.losses().countFinite(a[0], 1, 1000));
        final dev.neurovec.ops.Conv2dShape rows = dev.neurovec.ops.Conv2dShape.of(6, 5, 3, 16, 3, 3, 1, 2,
            dev.neurovec.ops.Padding.SAME, 1);
        final dev.neurovec.ops.Conv2dShape batch = dev.neurovec.ops.Conv2dShape.of(4, 4, 3, 5, 3, 3, 1, 1,
            dev.neurovec.ops.Padding.VALID, 17);
        m.put("conv2dInc b1", a -> k.conv().conv2dInc(a[0], 1, a[1], 2, a[2], 3, rows));
        m.put("conv2dInc b17", a -> k.conv().conv2dInc(a[0], 1, a[1], 2, a[2], 3, batch));
        m.put("conv2dKernelVjp b17", a -> k.conv().conv2dKernelVjp(a[0], 1, a[1], 2, a[2], 3, batch));
        return m;
    }

    private static float[][] inputs() {
        final Random r = new Random(20251127);
        final float[][] a = new float[6][];
        a[0] = TwinCheck.uniform(r, 2048, -4f, 4f);
        a[1] = TwinCheck.uniform(r, 2048, -1f, 1f);
        a[2] = TwinCheck.uniform(r, 2048, -1f, 1f);
        a[3] = TwinCheck.uniform(r, 2048, 0f, 3f);
        a[4] = TwinCheck.uniform(r, 2048, 0f, 1f);
        a[5] = TwinCheck.uniform(r, 2048, -0.001f, 0.003f);
        return a;
    }

    /**
     * Runs every call {@code repeat} times on fresh inputs and digests the last result.
     *
     * @param repeat calls per kernel (1 in the interpreter, thousands to reach C2)
     * @return kernel name to digest
     */
    static Map<String, Long> digests(final int repeat) {
        final Map<String, Long> out = new LinkedHashMap<>();
        final float[][] base = inputs();
        for (final Map.Entry<String, Consumer<float[][]>> e : calls(new SimdKernels()).entrySet()) {
            float[][] a = null;
            for (int i = 0; i < repeat; i++) {
                a = TwinCheck.deepCopy(base);
                e.getValue().accept(a);
            }
            long h = 1125899906842597L;
            for (final float[] x : a) {
                for (final float f : x) {
                    h = 31 * h + Float.floatToRawIntBits(f);
                }
            }
            out.put(e.getKey(), h);
        }
        return out;
    }

    /**
     * Prints {@code name=digest} lines.
     *
     * @param args unused
     */
    public static void main(final String[] args) {
        for (final Map.Entry<String, Long> e : digests(1).entrySet()) {
            System.out.println(e.getKey() + "=" + Long.toHexString(e.getValue()));
        }
    }
}
