package dev.neurovec.ops.scalar;

import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.OptimizerOps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each optimizer against Keras's update written out in double, over several steps, on both backends. */
class OptimizerOpsTest {

    private static final int N = 37;
    private static final int STEPS = 5;
    private static final long SEED = 42;

    static List<OptimizerOps> backends() {
        return List.of(new ScalarOptimizerOps(), Kernels.get().optimizers());
    }

    private static float[] random(final Random r) {
        final float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = r.nextFloat() * 2 - 1;
        }
        return x;
    }

    private static void assertClose(final double[] expected, final float[] actual, final String what) {
        for (int i = 0; i < N; i++) {
            assertEquals(expected[i], actual[i], 1e-5 * Math.max(1, Math.abs(expected[i])), what + " index " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldFollowKerasSgdWithAndWithoutMomentum(final OptimizerOps ops) {
        final Random r = new Random(SEED);
        final float[] p = random(r);
        final float[] pm = p.clone();
        final float[] pn = p.clone();
        final float[] vm = new float[N];
        final float[] vn = new float[N];
        final double[] ep = new double[N];
        final double[] epm = new double[N];
        final double[] epn = new double[N];
        final double[] evm = new double[N];
        final double[] evn = new double[N];
        for (int i = 0; i < N; i++) {
            ep[i] = p[i];
            epm[i] = p[i];
            epn[i] = p[i];
        }
        for (int t = 0; t < STEPS; t++) {
            final float[] g = random(r);
            ops.sgd(p, 0, g, 0, N, 0.1f);
            ops.sgdMomentum(pm, 0, g, 0, vm, 0, N, 0.1f, 0.9f);
            ops.sgdNesterov(pn, 0, g, 0, vn, 0, N, 0.1f, 0.9f);
            for (int i = 0; i < N; i++) {
                ep[i] -= 0.1 * g[i];
                evm[i] = 0.9 * evm[i] - 0.1 * g[i];
                epm[i] += evm[i];
                evn[i] = 0.9 * evn[i] - 0.1 * g[i];
                epn[i] += 0.9 * evn[i] - 0.1 * g[i];
            }
        }
        assertClose(ep, p, "sgd");
        assertClose(epm, pm, "momentum");
        assertClose(epn, pn, "nesterov");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldFollowKerasAdamAndRmsprop(final OptimizerOps ops) {
        final Random r = new Random(SEED);
        final float[] pa = random(r);
        final float[] pr = pa.clone();
        final float[] m = new float[N];
        final float[] v = new float[N];
        final float[] ms = new float[N];
        final double[] epa = new double[N];
        final double[] epr = new double[N];
        final double[] em = new double[N];
        final double[] ev = new double[N];
        final double[] ems = new double[N];
        for (int i = 0; i < N; i++) {
            epa[i] = pa[i];
            epr[i] = pa[i];
        }
        for (int t = 1; t <= STEPS; t++) {
            final float[] g = random(r);
            ops.adam(pa, 0, g, 0, m, 0, v, 0, N, 1e-3f, 0.9f, 0.999f, 1e-7f, t);
            ops.rmsprop(pr, 0, g, 0, ms, 0, N, 1e-3f, 0.9f, 1e-7f);
            final double alpha = 1e-3 * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
            for (int i = 0; i < N; i++) {
                em[i] += (g[i] - em[i]) * (1 - 0.9);
                ev[i] += ((double) g[i] * g[i] - ev[i]) * (1 - 0.999);
                epa[i] -= alpha * em[i] / (Math.sqrt(ev[i]) + 1e-7);
                ems[i] = 0.9 * ems[i] + (1 - 0.9) * g[i] * g[i];
                epr[i] -= 1e-3 * g[i] / (Math.sqrt(ems[i]) + 1e-7);
            }
        }
        assertClose(epa, pa, "adam");
        assertClose(epr, pr, "rmsprop");
    }
}
