package dev.neurovec.bench.kernels;

import dev.neurovec.ops.GatherOps;
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
 * {@link GatherOps} through a random permutation of {@code n} elements, blocks of 1 (minibatch 1) and 32 floats,
 * against the rejected Vector API gather and gather-add-scatter ({@link RejectedVectorCandidates}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@State(Scope.Thread)
public class GatherBench {

    /** Backend under test. */
    @Param({"scalar", "simd"})
    public String backend;

    /** Floats per element (the minibatch). */
    @Param({"1", "32"})
    public int block;

    private final int n = 100_000;
    private GatherOps ops;
    private float[] src;
    private float[] dst;
    private int[] idx;

    /** Allocates inputs once per trial. */
    @Setup
    public void setUp() {
        ops = Backends.named(backend).gather();
        final int elements = block == 1 ? n : n / block;
        src = Backends.uniform(1, elements * block, -1f, 1f);
        dst = new float[elements * block];
        idx = new int[elements];
        for (int i = 0; i < elements; i++) {
            idx[i] = i;
        }
        final Random r = new Random(3);
        for (int i = elements - 1; i > 0; i--) {
            final int k = r.nextInt(i + 1);
            final int t = idx[i];
            idx[i] = idx[k];
            idx[k] = t;
        }
    }

    /**
     * {@code dst[t] = src[idx[t]]}.
     *
     * @return dst, sunk by JMH
     */
    @Benchmark
    public float[] gather() {
        ops.gather(src, 0, idx, 0, dst, 0, idx.length, block);
        return dst;
    }

    /**
     * {@code dst[idx[t]] += src[t]}.
     *
     * @return dst, sunk by JMH
     */
    @Benchmark
    public float[] scatterInc() {
        ops.scatterInc(src, 0, idx, 0, dst, 0, idx.length, block);
        return dst;
    }

    /**
     * Rejected Vector API gather (block 1 only; independent of {@code backend}).
     *
     * @return dst, sunk by JMH
     */
    @Benchmark
    public float[] gatherVectorCandidate() {
        RejectedVectorCandidates.gather(src, idx, dst, block == 1 ? idx.length : 0);
        return dst;
    }

    /**
     * Rejected Vector API scatter-add (block 1 only; independent of {@code backend}).
     *
     * @return dst, sunk by JMH
     */
    @Benchmark
    public float[] scatterIncVectorCandidate() {
        RejectedVectorCandidates.scatterInc(src, idx, dst, block == 1 ? idx.length : 0);
        return dst;
    }

    /*
     * How to run (from the repository root):
     *   mvn -B -o -pl benchmarks -am package -DskipTests
     *   java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar 'kernels.GatherBench' \
     *       -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff gather.json
     * The candidates do nothing at block=32; read them at block=1 against gather/scatterInc(scalar).
     */
}
