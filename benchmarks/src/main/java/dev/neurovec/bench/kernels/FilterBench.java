package dev.neurovec.bench.kernels;

import dev.neurovec.ops.FilterOps;
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
 * {@link FilterOps} over {@code n} signals: low-pass (twin against the rejected Vector API candidate) and the
 * second-order state-space filter (Nengo's Alpha synapse) in both step forms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@State(Scope.Thread)
public class FilterBench {

    /** Backend under test. */
    @Param({"scalar", "simd"})
    public String backend;

    /** Signals × minibatch. */
    @Param({"100000"})
    public int n;

    private FilterOps ops;
    private float[] u;
    private float[] y;
    private float[] x;
    private final float[] a = {1.8097f, -0.8187f, 1f, 0f};
    private final float[] b = {1f, 0f};
    private final float[] c = {0.0045f, 0.0041f};

    /** Allocates inputs once per trial. */
    @Setup
    public void setUp() {
        ops = Backends.named(backend).filters();
        u = Backends.uniform(1, n, -1f, 1f);
        y = Backends.uniform(2, n, -1f, 1f);
        x = Backends.uniform(3, 2 * n, -1f, 1f);
    }

    /**
     * {@code y = a·y + b·u}.
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] lowpass() {
        ops.lowpass(u, 0, y, 0, n, 0.9048f, 0.0952f);
        return y;
    }

    /**
     * The rejected Vector API low-pass (independent of {@code backend}).
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] lowpassVectorCandidate() {
        RejectedVectorCandidates.lowpass(u, y, n, 0.9048f, 0.0952f);
        return y;
    }

    /**
     * Second-order filter, NoD form.
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] stateSpaceNoD() {
        ops.stateSpaceNoD(u, 0, x, 0, y, 0, n, 2, a, b, c);
        return y;
    }

    /**
     * Second-order filter, General form.
     *
     * @return y, sunk by JMH
     */
    @Benchmark
    public float[] stateSpaceGeneral() {
        ops.stateSpaceGeneral(u, 0, x, 0, y, 0, n, 2, a, b, c, 0.01f);
        return y;
    }

    /*
     * How to run (from the repository root):
     *   mvn -B -o -pl benchmarks -am package -DskipTests
     *   java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar 'kernels.FilterBench' \
     *       -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff filters.json
     */
}
