package dev.neurovec.bench.kernels;

import dev.neurovec.ops.Conv2dShape;
import dev.neurovec.ops.ConvOps;
import dev.neurovec.ops.Padding;
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
 * {@link ConvOps} on the second layer of the NengoDL spiking-MNIST network (28×28×32 → 64 channels, 3×3, stride 2,
 * same padding; 7.2 MFLOP per image), at minibatch 1 (inference) and 16 (training).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@State(Scope.Thread)
public class ConvBench {

    /** Backend under test. */
    @Param({"scalar", "simd"})
    public String backend;

    /** Minibatch. */
    @Param({"1", "16"})
    public int batch;

    private ConvOps ops;
    private Conv2dShape shape;
    private float[] x;
    private float[] k;
    private float[] y;
    private float[] dy;
    private float[] dx;
    private float[] dk;

    /** Allocates inputs once per trial. */
    @Setup
    public void setUp() {
        ops = Backends.named(backend).conv();
        shape = Conv2dShape.of(28, 28, 32, 64, 3, 3, 2, 2, Padding.SAME, batch);
        x = Backends.uniform(1, shape.inputLength(), -1f, 1f);
        k = Backends.uniform(2, shape.kernelLength(), -0.1f, 0.1f);
        y = new float[shape.outputLength()];
        dy = Backends.uniform(3, shape.outputLength(), -1f, 1f);
        dx = new float[shape.inputLength()];
        dk = new float[shape.kernelLength()];
    }

    /**
     * Forward.
     *
     * @return output, sunk by JMH
     */
    @Benchmark
    public float[] conv2dInc() {
        ops.conv2dInc(x, 0, k, 0, y, 0, shape);
        return y;
    }

    /**
     * Input gradient.
     *
     * @return dX, sunk by JMH
     */
    @Benchmark
    public float[] conv2dInputVjp() {
        ops.conv2dInputVjp(k, 0, dy, 0, dx, 0, shape);
        return dx;
    }

    /**
     * Kernel gradient.
     *
     * @return dK, sunk by JMH
     */
    @Benchmark
    public float[] conv2dKernelVjp() {
        ops.conv2dKernelVjp(x, 0, dy, 0, dk, 0, shape);
        return dk;
    }

    /*
     * How to run (from the repository root):
     *   mvn -B -o -pl benchmarks -am package -DskipTests
     *   java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar 'kernels.ConvBench' \
     *       -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff conv.json
     * FLOP per call: 2·14·14·64·3·3·32·batch (about 7.2 M per image, edge taps included).
     */
}
