package dev.neurovec.bench.kernels;

import dev.neurovec.ops.NeuronOps;
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
 * {@link NeuronOps} over {@code n} neurons (100k floats = 400 KB per array, L2-resident), scalar twin against SIMD
 * kernel in the same run. LIF: {@code dt} 1 ms, {@code tauRc} 20 ms, {@code tauRef} 2 ms, {@code J} uniform in
 * {@code [0, 3)}, so about 4 % of neurons spike per step, as in reference/java-stack.md §3.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@State(Scope.Thread)
public class NeuronBench {

    /** Backend under test. */
    @Param({"scalar", "simd"})
    public String backend;

    /** Neurons × minibatch. */
    @Param({"100000"})
    public int n;

    private NeuronOps ops;
    private float[] j;
    private float[] wide;
    private float[] v;
    private float[] ref;
    private float[] out;
    private float[] gradOut;
    private float[] gradJ;

    /** Allocates state once per trial. */
    @Setup
    public void setUp() {
        ops = Backends.named(backend).neurons();
        j = Backends.uniform(1, n, 0f, 3f);
        wide = Backends.uniform(2, n, -6f, 6f);
        v = Backends.uniform(3, n, 0f, 1f);
        ref = new float[n];
        out = new float[n];
        gradOut = Backends.uniform(4, n, -1f, 1f);
        gradJ = new float[n];
    }

    /**
     * Nengo's LIF step.
     *
     * @return spikes, sunk by JMH
     */
    @Benchmark
    public float[] lifStep() {
        ops.lifStep(j, 0, v, 0, ref, 0, out, 0, n, 0.001f, 0.02f, 0.002f, 0f, 1f);
        return out;
    }

    /**
     * LIF rate.
     *
     * @return rates, sunk by JMH
     */
    @Benchmark
    public float[] lifRateStep() {
        ops.lifRateStep(j, 0, out, 0, n, 0.02f, 0.002f, 1f);
        return out;
    }

    /**
     * LIF rate VJP.
     *
     * @return gradient, sunk by JMH
     */
    @Benchmark
    public float[] lifRateVjp() {
        ops.lifRateVjp(j, 0, gradOut, 0, gradJ, 0, n, 0.02f, 0.002f, 1f);
        return gradJ;
    }

    /**
     * Soft LIF rate.
     *
     * @return rates, sunk by JMH
     */
    @Benchmark
    public float[] softLifRateStep() {
        ops.softLifRateStep(j, 0, out, 0, n, 0.05f, 0.02f, 0.002f, 1f);
        return out;
    }

    /**
     * Soft LIF rate VJP.
     *
     * @return gradient, sunk by JMH
     */
    @Benchmark
    public float[] softLifRateVjp() {
        ops.softLifRateVjp(j, 0, gradOut, 0, gradJ, 0, n, 0.05f, 0.02f, 0.002f, 1f);
        return gradJ;
    }

    /**
     * Rectified linear rate.
     *
     * @return rates, sunk by JMH
     */
    @Benchmark
    public float[] reluStep() {
        ops.reluStep(wide, 0, out, 0, n, 1f);
        return out;
    }

    /**
     * The rejected Vector API rectified linear rate (independent of {@code backend}).
     *
     * @return rates, sunk by JMH
     */
    @Benchmark
    public float[] reluStepVectorCandidate() {
        RejectedVectorCandidates.relu(wide, out, n, 1f);
        return out;
    }

    /**
     * Rectified linear VJP.
     *
     * @return gradient, sunk by JMH
     */
    @Benchmark
    public float[] reluVjp() {
        ops.reluVjp(wide, 0, gradOut, 0, gradJ, 0, n, 1f);
        return gradJ;
    }

    /**
     * Spiking rectified linear.
     *
     * @return spikes, sunk by JMH
     */
    @Benchmark
    public float[] spikingReluStep() {
        ops.spikingReluStep(wide, 0, v, 0, out, 0, n, 0.001f, 1f);
        return out;
    }

    /**
     * Regular spiking from rates.
     *
     * @return spikes, sunk by JMH
     */
    @Benchmark
    public float[] regularSpikingStep() {
        ops.regularSpikingStep(j, 0, v, 0, out, 0, n, 0.001f, 1f);
        return out;
    }

    /**
     * Sigmoid rate.
     *
     * @return rates, sunk by JMH
     */
    @Benchmark
    public float[] sigmoidStep() {
        ops.sigmoidStep(wide, 0, out, 0, n, 0.0025f);
        return out;
    }

    /**
     * Sigmoid VJP.
     *
     * @return gradient, sunk by JMH
     */
    @Benchmark
    public float[] sigmoidVjp() {
        ops.sigmoidVjp(wide, 0, gradOut, 0, gradJ, 0, n, 0.0025f);
        return gradJ;
    }

    /**
     * Tanh rate.
     *
     * @return rates, sunk by JMH
     */
    @Benchmark
    public float[] tanhStep() {
        ops.tanhStep(wide, 0, out, 0, n, 0.0025f);
        return out;
    }

    /**
     * Tanh VJP.
     *
     * @return gradient, sunk by JMH
     */
    @Benchmark
    public float[] tanhVjp() {
        ops.tanhVjp(wide, 0, gradOut, 0, gradJ, 0, n, 0.0025f);
        return gradJ;
    }

    /*
     * How to run (from the repository root):
     *   mvn -B -o -pl benchmarks -am package -DskipTests
     *   java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar 'kernels.NeuronBench' \
     *       -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff neurons.json
     * Divide a score (µs per call) by n/1000 for ns per neuron.
     */
}
