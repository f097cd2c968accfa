package dev.neurovec.bench.kernels;

import dev.neurovec.ops.DenseOps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * {@link DenseOps}: GEMM with a minibatch ({@code m×k×n}: {@code C(m×n) += A(m×k)·B(k×n)}), GEMV, the two VJP
 * products, dot and event-driven spike propagation, scalar twin against SIMD kernel in the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class DenseBench {

    /** Batched products: the engine's {@code Y(m×B) += W(m×k)·X(k×B)} with {@code n = B}. */
    @State(Scope.Thread)
    public static class Gemm {
        /** Backend under test. */
        @Param({"scalar", "simd"})
        public String backend;
        /** {@code m x k x n}. */
        @Param({"512x512x64", "512x512x32", "256x1024x16", "512x512x8"})
        public String shape;
        DenseOps ops;
        int m;
        int k;
        int n;
        float[] a;
        float[] b;
        float[] c;
        float[] dy;
        float[] dx;
        float[] dw;

        /** Allocates inputs once per trial. */
        @Setup
        public void setUp() {
            ops = Backends.named(backend).dense();
            final int[] d = Backends.dims(shape);
            m = d[0];
            k = d[1];
            n = d[2];
            a = Backends.uniform(1, m * k, -1f, 1f);
            b = Backends.uniform(2, k * n, -1f, 1f);
            c = new float[m * n];
            dy = Backends.uniform(3, m * n, -1f, 1f);
            dx = new float[k * n];
            dw = new float[m * k];
        }
    }

    /** Matrix-vector products: minibatch 1. */
    @State(Scope.Thread)
    public static class Gemv {
        /** Backend under test. */
        @Param({"scalar", "simd"})
        public String backend;
        /** {@code m x k}. */
        @Param({"1024x1024", "64x4096", "512x512"})
        public String shape;
        DenseOps ops;
        int m;
        int k;
        float[] a;
        float[] x;
        float[] y;
        float[] g;
        float[] gx;

        /** Allocates inputs once per trial. */
        @Setup
        public void setUp() {
            ops = Backends.named(backend).dense();
            final int[] d = Backends.dims(shape);
            m = d[0];
            k = d[1];
            a = Backends.uniform(1, m * k, -1f, 1f);
            x = Backends.uniform(2, k, -1f, 1f);
            y = new float[m];
            g = Backends.uniform(3, m, -1f, 1f);
            gx = new float[k];
        }
    }

    /** Dot products. */
    @State(Scope.Thread)
    public static class Dot {
        /** Backend under test. */
        @Param({"scalar", "simd"})
        public String backend;
        /** Length. */
        @Param({"1024", "100000"})
        public int n;
        DenseOps ops;
        float[] x;
        float[] y;

        /** Allocates inputs once per trial. */
        @Setup
        public void setUp() {
            ops = Backends.named(backend).dense();
            x = Backends.uniform(1, n, -1f, 1f);
            y = Backends.uniform(2, n, -1f, 1f);
        }
    }

    /** Event-driven propagation of a spike vector through a dense {@code 4096×4096} matrix. */
    @State(Scope.Thread)
    public static class Spikes {
        /** Backend under test. */
        @Param({"scalar", "simd"})
        public String backend;
        /** Percentage of active inputs. */
        @Param({"2", "10"})
        public int activePercent;
        final int m = 4096;
        final int k = 4096;
        DenseOps ops;
        float[] aT;
        float[] x;
        float[] y;
        int[] scratch;

        /** Allocates inputs once per trial. */
        @Setup
        public void setUp() {
            ops = Backends.named(backend).dense();
            aT = Backends.uniform(1, m * k, -1f, 1f);
            x = new float[k];
            final java.util.Random r = new java.util.Random(2);
            for (int j = 0; j < k; j++) {
                x[j] = r.nextInt(100) < activePercent ? 1000f : 0f;
            }
            y = new float[m];
            scratch = new int[k];
        }
    }

    /**
     * Forward batched product.
     *
     * @param s state
     * @return the output, sunk by JMH
     */
    @Benchmark
    public float[] gemmInc(final Gemm s) {
        s.ops.gemmInc(s.a, 0, s.b, 0, s.c, 0, s.m, s.k, s.n);
        return s.c;
    }

    /**
     * Input gradient {@code dX += Wᵀ·dY}.
     *
     * @param s state
     * @return the output, sunk by JMH
     */
    @Benchmark
    public float[] gemmTransAInc(final Gemm s) {
        s.ops.gemmTransAInc(s.a, 0, s.dy, 0, s.dx, 0, s.m, s.k, s.n);
        return s.dx;
    }

    /**
     * Weight gradient {@code dW += dY·Xᵀ}.
     *
     * @param s state
     * @return the output, sunk by JMH
     */
    @Benchmark
    public float[] gemmTransBInc(final Gemm s) {
        s.ops.gemmTransBInc(s.dy, 0, s.b, 0, s.dw, 0, s.m, s.k, s.n);
        return s.dw;
    }

    /**
     * Matrix-vector product.
     *
     * @param s state
     * @return the output, sunk by JMH
     */
    @Benchmark
    public float[] gemvInc(final Gemv s) {
        s.ops.gemvInc(s.a, 0, s.x, 0, s.y, 0, s.m, s.k);
        return s.y;
    }

    /**
     * Transposed matrix-vector product (input gradient at minibatch 1).
     *
     * @param s state
     * @return the output, sunk by JMH
     */
    @Benchmark
    public float[] gemvTransInc(final Gemv s) {
        s.ops.gemvTransInc(s.a, 0, s.g, 0, s.gx, 0, s.m, s.k);
        return s.gx;
    }

    /**
     * Dot product.
     *
     * @param s state
     * @return the sum, sunk by JMH
     */
    @Benchmark
    public float dot(final Dot s) {
        return s.ops.dot(s.x, 0, s.y, 0, s.n);
    }

    /**
     * Event-driven spike propagation.
     *
     * @param s state
     * @return the output, sunk by JMH
     */
    @Benchmark
    public float[] spikeColumnsInc(final Spikes s) {
        s.ops.spikeColumnsInc(s.aT, 0, s.m, s.x, 0, s.k, s.scratch, s.y, 0);
        return s.y;
    }

    /*
     * How to run (from the repository root):
     *   mvn -B -o -pl benchmarks -am package -DskipTests
     *   java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar 'kernels.DenseBench' \
     *       -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff dense.json
     * Outputs grow between invocations (Inc kernels); the values stay finite and the work per call is constant.
     */
}
