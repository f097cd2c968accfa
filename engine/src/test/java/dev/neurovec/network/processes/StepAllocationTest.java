package dev.neurovec.network.processes;

import com.sun.management.ThreadMXBean;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.dists.Uniform;
import dev.neurovec.network.synapses.Alpha;
import dev.neurovec.network.synapses.LinearFilter;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.network.synapses.Triangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steps run in the simulation loop and must not allocate: after warm-up, the thread's allocated-byte
 * counter must stay flat over ten thousand steps of every process and synapse step variant. An
 * allocation per step would show as at least 16 bytes x 10,000 steps; a few hundred bytes once can come
 * from the JVM itself when this test's own loop, called with a new step class, is deoptimised.
 */
@Timeout(60)
class StepAllocationTest {
    private static final double DT = 0.001;
    private static final int WARMUP = 30_000;
    private static final int MEASURED = 10_000;
    /** Far below one object per step (160,000 bytes), above one-off JVM bookkeeping (measured up to 432). */
    private static final long ONE_OFF_BYTES = 2_048;

    private static Map<String, Process> processes() {
        final NavigableMap<Double, double[]> data = new TreeMap<>();
        data.put(0.1, new double[] {1, 2, 3});
        data.put(0.5, new double[] {-1, 0, 1});
        data.put(2.0, new double[] {4, 4, 4});
        final Map<String, Process> p = new LinkedHashMap<>();
        p.put("WhiteSignal", new WhiteSignal(1.0, 10, 0.5, 0.0, null));
        p.put("WhiteNoise", new WhiteNoise());
        p.put("WhiteNoise uniform", new WhiteNoise(new Uniform(-1, 1), false, null));
        p.put("FilteredNoise alpha", new FilteredNoise(new Alpha(0.01), new Uniform(0, 1), true, null));
        p.put("BrownNoise", new BrownNoise());
        p.put("PresentInput", new PresentInput(new double[][] {{1, 2, 3}, {4, 5, 6}}, 0.05));
        p.put("Piecewise zero", new Piecewise(data));
        p.put("Piecewise linear", new Piecewise(data, Piecewise.Interpolation.LINEAR));
        p.put("Piecewise nearest", new Piecewise(data, Piecewise.Interpolation.NEAREST));
        p.put("Lowpass", new Lowpass(0.005));
        p.put("Lowpass(0)", new Lowpass(0));
        p.put("Alpha", new Alpha(0.005));
        p.put("LinearFilter general", new LinearFilter(new double[] {0.1, 0.05}, new double[] {1, -0.85}, false));
        p.put("Triangle", new Triangle(0.01));
        return p;
    }

    @Test
    void shouldNotAllocateWhenStepped() {
        final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        for (final Map.Entry<String, Process> e : processes().entrySet()) {
            final Process p = e.getValue();
            final int sizeIn = p.defaultSizeIn() == 0 ? 0 : 3;
            final double[][] state = p.makeState(sizeIn, 3, DT).values().toArray(new double[0][]);
            final ProcessStep step = p.makeStep(sizeIn, 3, DT, new RandomState(1), state);
            final double[] x = sizeIn == 0 ? null : new double[] {0.5, -1, 2};
            final double[] y = new double[3];
            for (int k = 0; k < WARMUP; k++) {
                step.step((k + 1) * DT, x, y);
            }
            final long before = threads.getThreadAllocatedBytes(thread);
            for (int k = 0; k < MEASURED; k++) {
                step.step((k + 1) * DT, x, y);
            }
            final long allocated = threads.getThreadAllocatedBytes(thread) - before;
            assertTrue(allocated <= ONE_OFF_BYTES,
                e.getKey() + " allocated " + allocated + " bytes in " + MEASURED + " steps");
        }
    }
}
