package dev.neurovec.bench.kernels;

import dev.neurovec.ops.ElementwiseOps;
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
 * {@link ElementwiseOps} over {@code n} floats, scalar twin against SIMD backend, plus the rejected hand-written
 * Vector API {@code axpy} ({@link RejectedVectorCandidates}) that motivated handing out the twin.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@State(Scope.Thread)
public class ElementwiseBench {

    /** Backend under test. */
    @Param({"scalar", "simd"})
    public String backend;

    /** Floats per run: 100k (400 KB per array, L2) and 1024 (L1). */
    @Param({"100000", "1024"})
    public int n;

    private ElementwiseOps ops;
    private float[] a;
    private float[] x;
    private float[] y;

    /** Allocates inputs once per trial. */
    @Setup
    public void setUp() {
        ops = Backends.named(backend).elementwise();
        a = Backends.uniform(1, n, 0.99f, 1.01f);
        x = Backends.uniform(2, n, -1f, 1f);
        y = Backends.uniform(3, n, -1f, 1f);
    }

    /**
     * {@code y += 0.5·x}.
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] axpy() {
        ops.axpy(0.5f, x, 0, y, 0, n);
        return y;
    }

    /**
     * The rejected Vector API axpy (independent of {@code backend}).
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] axpyVectorCandidate() {
        RejectedVectorCandidates.axpy(0.5f, x, y, n);
        return y;
    }

    /**
     * {@code y = x}.
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] copy() {
        ops.copy(x, 0, y, 0, n);
        return y;
    }

    /**
     * {@code y += a∘x}.
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] mulInc() {
        ops.mulInc(a, 0, x, 0, y, 0, n);
        return y;
    }

    /**
     * The rejected Vector API mulInc (independent of {@code backend}).
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] mulIncVectorCandidate() {
        RejectedVectorCandidates.mulInc(a, x, y, n);
        return y;
    }

    /**
     * {@code y[i·8+b] += a[i]·x[i·8+b]}.
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] mulIncBroadcast() {
        ops.mulIncBroadcast(a, 0, x, 0, y, 0, n / 8, 8);
        return y;
    }

    /**
     * {@code y = 0.999·y}.
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] scale() {
        ops.scale(0.999f, y, 0, n);
        return y;
    }

    /**
     * Scan for NaN/Inf in a finite run (worst case: whole run scanned).
     *
     * @return index, sunk by JMH
     */
    @Benchmark
    public int firstNonFinite() {
        return ops.firstNonFinite(x, 0, n);
    }

    /*
     * How to run (from the repository root):
     *   mvn -B -o -pl benchmarks -am package -DskipTests
     *   java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar 'kernels.ElementwiseBench' \
     *       -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff elementwise.json
     * axpyVectorCandidate ignores the backend parameter; compare it with axpy(scalar).
     */
}
