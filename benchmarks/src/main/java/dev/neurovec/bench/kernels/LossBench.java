package dev.neurovec.bench.kernels;

import dev.neurovec.ops.LossOps;
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
 * {@link LossOps}: squared error over 100k floats (the tutorial auto-encoder: 784 × minibatch 50 × ~2.5 steps),
 * and softmax cross-entropy over 200 rows of 10 classes (spiking MNIST, minibatch 200).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@State(Scope.Thread)
public class LossBench {

    /** Backend under test. */
    @Param({"scalar", "simd"})
    public String backend;

    private final int n = 100_000;
    private final int rows = 200;
    private final int classes = 10;
    private LossOps ops;
    private float[] pred;
    private float[] target;
    private float[] grad;
    private float[] logits;
    private int[] labels;
    private float[] logitGrad;

    /** Allocates inputs once per trial. */
    @Setup
    public void setUp() {
        ops = Backends.named(backend).losses();
        pred = Backends.uniform(1, n, 0f, 255f);
        target = Backends.uniform(2, n, 0f, 255f);
        for (int i = 0; i < n; i += 97) {
            target[i] = Float.NaN;
        }
        grad = new float[n];
        logits = Backends.uniform(3, rows * classes, -5f, 5f);
        labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = r % classes;
        }
        logitGrad = new float[rows * classes];
    }

    /**
     * Squared error with NaN targets skipped.
     *
     * @return loss, sunk by JMH
     */
    @Benchmark
    public double nanMseInc() {
        return ops.nanMseInc(pred, 0, target, 0, n, grad, 0, 1e-9f);
    }

    /**
     * Finite-value count.
     *
     * @return count, sunk by JMH
     */
    @Benchmark
    public int countFinite() {
        return ops.countFinite(target, 0, n);
    }

    /**
     * Softmax cross-entropy.
     *
     * @return loss, sunk by JMH
     */
    @Benchmark
    public double sparseSoftmaxCrossEntropyInc() {
        return ops.sparseSoftmaxCrossEntropyInc(logits, 0, labels, 0, rows, classes, logitGrad, 0, 1e-9f);
    }

    /*
     * How to run (from the repository root):
     *   mvn -B -o -pl benchmarks -am package -DskipTests
     *   java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar 'kernels.LossBench' \
     *       -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff losses.json
     */
}
