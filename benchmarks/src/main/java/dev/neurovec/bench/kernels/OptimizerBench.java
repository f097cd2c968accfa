package dev.neurovec.bench.kernels;

import dev.neurovec.ops.OptimizerOps;
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
 * {@link OptimizerOps} over 100k parameters (the auto-encoder's 784×64 weights are 50k), scalar twin against SIMD
 * kernel in the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@State(Scope.Thread)
public class OptimizerBench {

    /** Backend under test. */
    @Param({"scalar", "simd"})
    public String backend;

    private final int n = 100_000;
    private OptimizerOps ops;
    private float[] p;
    private float[] g;
    private float[] m;
    private float[] v;

    /** Allocates inputs once per trial. */
    @Setup
    public void setUp() {
        ops = Backends.named(backend).optimizers();
        p = Backends.uniform(1, n, -1f, 1f);
        g = Backends.uniform(2, n, -1e-3f, 1e-3f);
        m = new float[n];
        v = new float[n];
    }

    /**
     * Adam step.
     *
     * @return parameters, sunk by JMH
     */
    @Benchmark
    public float[] adam() {
        ops.adam(p, 0, g, 0, m, 0, v, 0, n, 1e-3f, 0.9f, 0.999f, 1e-7f, 10);
        return p;
    }

    /**
     * RMSprop step.
     *
     * @return parameters, sunk by JMH
     */
    @Benchmark
    public float[] rmsprop() {
        ops.rmsprop(p, 0, g, 0, m, 0, n, 1e-3f, 0.9f, 1e-7f);
        return p;
    }

    /**
     * Plain SGD.
     *
     * @return parameters, sunk by JMH
     */
    @Benchmark
    public float[] sgd() {
        ops.sgd(p, 0, g, 0, n, 1e-3f);
        return p;
    }

    /**
     * SGD with Nesterov momentum.
     *
     * @return parameters, sunk by JMH
     */
    @Benchmark
    public float[] sgdNesterov() {
        ops.sgdNesterov(p, 0, g, 0, m, 0, n, 1e-3f, 0.9f);
        return p;
    }

    /**
     * SGD with momentum.
     *
     * @return parameters, sunk by JMH
     */
    @Benchmark
    public float[] sgdMomentum() {
        ops.sgdMomentum(p, 0, g, 0, m, 0, n, 1e-3f, 0.9f);
        return p;
    }

    /*
     * How to run (from the repository root):
     *   mvn -B -o -pl benchmarks -am package -DskipTests
     *   java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar 'kernels.OptimizerBench' \
     *       -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff optimizers.json
     */
}
