package dev.neurovec.ops.scalar;

import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.NeuronOps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every neuron VJP against central finite differences of its forward formula evaluated in double; the float forward
 * kernel is checked against the same double formula, so the difference quotient is of the kernel's own forward.
 * Runs on both backends.
 */
class NeuronGradientTest {

    private static final double TAU_RC = 0.02;
    private static final double TAU_REF = 0.002;
    private static final double SIGMA = 0.05;
    private static final double AMP = 1.3;
    private static final float[] CURRENTS = {-3f, -0.5f, 0.2f, 0.9f, 0.999f, 1.001f, 1.02f, 1.3f, 2f, 5f, 40f};

    static List<NeuronOps> backends() {
        return List.of(new ScalarNeuronOps(), Kernels.get().neurons());
    }

    interface Forward {
        void run(NeuronOps ops, float[] j, float[] out);
    }

    interface Backward {
        void run(NeuronOps ops, float[] j, float[] gradOut, float[] gradJ);
    }

    private static void check(final String what, final NeuronOps ops, final DoubleUnaryOperator f,
                              final Forward forward, final Backward backward, final double skipNear) {
        final int n = CURRENTS.length;
        final float[] out = new float[n];
        forward.run(ops, CURRENTS, out);
        final float[] gradOut = new float[n];
        final float[] gradJ = new float[n];
        for (int i = 0; i < n; i++) {
            gradOut[i] = 0.5f + 0.1f * i;
            gradJ[i] = 0.25f;
        }
        backward.run(ops, CURRENTS, gradOut, gradJ);
        for (int i = 0; i < n; i++) {
            final double x = CURRENTS[i];
            final double exact = f.applyAsDouble(x);
            assertTrue(Math.abs(out[i] - exact) <= 1e-5 * Math.abs(exact) + 1e-6,
                what + " forward at J=" + x + ": kernel " + out[i] + " vs double " + exact + " on " + ops);
            if (Math.abs(x - skipNear) < 1e-2) {
                continue;
            }
            final double h = 1e-6 * Math.max(1.0, Math.abs(x));
            final double fd = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
            final double expected = 0.25 + fd * gradOut[i];
            assertTrue(Math.abs(gradJ[i] - expected) <= 1e-4 * Math.abs(expected) + 1e-5 * Math.abs(fd) + 1e-6,
                what + " VJP at J=" + x + ": kernel " + gradJ[i] + " vs finite difference " + expected + " on "
                    + ops);
        }
    }

    private static double lifRate(final double j) {
        return j > 1 ? AMP / (TAU_REF + TAU_RC * Math.log1p(1 / (j - 1))) : 0;
    }

    private static double softLifRate(final double j) {
        final double x = (j - 1) / SIGMA;
        final double q = x > -20 ? Math.log1p(1 / (SIGMA * (Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))))))
            : -x - Math.log(SIGMA);
        return AMP / (TAU_REF + TAU_RC * q);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldMatchFiniteDifferencesForLifRate(final NeuronOps ops) {
        check("lifRate", ops, NeuronGradientTest::lifRate,
            (o, j, out) -> o.lifRateStep(j, 0, out, 0, j.length, (float) TAU_RC, (float) TAU_REF, (float) AMP),
            (o, j, g, gj) -> o.lifRateVjp(j, 0, g, 0, gj, 0, j.length, (float) TAU_RC, (float) TAU_REF, (float) AMP),
            1.0);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldMatchFiniteDifferencesForSoftLifRate(final NeuronOps ops) {
        check("softLifRate", ops, NeuronGradientTest::softLifRate,
            (o, j, out) -> o.softLifRateStep(j, 0, out, 0, j.length, (float) SIGMA, (float) TAU_RC, (float) TAU_REF,
                (float) AMP),
            (o, j, g, gj) -> o.softLifRateVjp(j, 0, g, 0, gj, 0, j.length, (float) SIGMA, (float) TAU_RC,
                (float) TAU_REF, (float) AMP),
            Double.NaN);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldMatchFiniteDifferencesForRelu(final NeuronOps ops) {
        check("relu", ops, j -> AMP * Math.max(0, j),
            (o, j, out) -> o.reluStep(j, 0, out, 0, j.length, (float) AMP),
            (o, j, g, gj) -> o.reluVjp(j, 0, g, 0, gj, 0, j.length, (float) AMP), 0.0);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldMatchFiniteDifferencesForSigmoid(final NeuronOps ops) {
        check("sigmoid", ops, j -> 1 / (1 + Math.exp(-j)) / TAU_REF,
            (o, j, out) -> o.sigmoidStep(j, 0, out, 0, j.length, (float) TAU_REF),
            (o, j, g, gj) -> o.sigmoidVjp(j, 0, g, 0, gj, 0, j.length, (float) TAU_REF), Double.NaN);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldMatchFiniteDifferencesForTanh(final NeuronOps ops) {
        check("tanh", ops, j -> Math.tanh(j) / TAU_REF,
            (o, j, out) -> o.tanhStep(j, 0, out, 0, j.length, (float) TAU_REF),
            (o, j, g, gj) -> o.tanhVjp(j, 0, g, 0, gj, 0, j.length, (float) TAU_REF), Double.NaN);
    }
}
