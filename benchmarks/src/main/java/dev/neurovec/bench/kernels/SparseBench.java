package dev.neurovec.bench.kernels;

import dev.neurovec.ops.SparseOps;
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

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * {@link SparseOps} on a random 4096×4096 CSR matrix with 5 % density (about 205 nonzeros per row, 839k in all),
 * minibatch {@code n}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@State(Scope.Thread)
public class SparseBench {

    /** Backend under test. */
    @Param({"scalar", "simd"})
    public String backend;

    /** Minibatch. */
    @Param({"1", "32"})
    public int n;

    private final int m = 4096;
    private final int k = 4096;
    private SparseOps ops;
    private float[] val;
    private int[] colIdx;
    private int[] rowPtr;
    private float[] x;
    private float[] y;
    private float[] dy;
    private float[] dx;
    private float[] dVal;

    /** Allocates inputs once per trial. */
    @Setup
    public void setUp() {
        ops = Backends.named(backend).sparse();
        final Random r = new Random(5);
        rowPtr = new int[m + 1];
        final int[] cols = new int[m * k / 10];
        int nnz = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                if (r.nextInt(20) == 0) {
                    cols[nnz++] = j;
                }
            }
            rowPtr[i + 1] = nnz;
        }
        colIdx = java.util.Arrays.copyOf(cols, nnz);
        val = Backends.uniform(1, nnz, -1f, 1f);
        dVal = new float[nnz];
        x = Backends.uniform(2, k * n, -1f, 1f);
        y = new float[m * n];
        dy = Backends.uniform(3, m * n, -1f, 1f);
        dx = new float[k * n];
    }

    /**
     * {@code Y += A·X}.
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] csrMmInc() {
        ops.csrMmInc(val, colIdx, rowPtr, m, x, 0, y, 0, n);
        return y;
    }

    /**
     * {@code dX += Aᵀ·dY}.
     *
     * @return dx, sunk by JMH
     */
    @Benchmark
    public float[] csrMmTransInc() {
        ops.csrMmTransInc(val, colIdx, rowPtr, m, dy, 0, dx, 0, n);
        return dx;
    }

    /**
     * Value gradient.
     *
     * @return dVal, sunk by JMH
     */
    @Benchmark
    public float[] csrValueGradInc() {
        ops.csrValueGradInc(colIdx, rowPtr, m, dy, 0, x, 0, n, dVal);
        return dVal;
    }

    /*
     * How to run (from the repository root):
     *   mvn -B -o -pl benchmarks -am package -DskipTests
     *   java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar 'kernels.SparseBench' \
     *       -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff sparse.json
     */
}
