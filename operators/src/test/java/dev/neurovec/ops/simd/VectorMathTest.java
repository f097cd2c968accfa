package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.fail;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class VectorMathTest {

    private static final float[] SPECIAL = {0f, -0f, 1f, -1f, Float.NaN, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
        -Float.MAX_VALUE, 88.72283f, 88.7228394f, -87.33654f, -103.2f, -104f, 1e-30f, -0.99999994f, 0.625f,
        Math.nextDown(0.625f), 9.1f, -17.33f, 127.5f};

    /** Checks lane/vector bit identity and accuracy against {@code Math} over random and special arguments. */
    private static void check(final String name, final DoubleUnaryOperator reference, final UnaryOperator<Float> lane,
                              final UnaryOperator<FloatVector> vector, final float lo, final float hi,
                              final boolean logScale, final int maxUlps) {
        final Random random = new Random(TwinCheck.SEED);
        final int v = SimdSpecies.LANES;
        final float[] xs = new float[v];
        final float[] out = new float[v];
        for (int round = 0; round < 6_000; round++) {
            for (int l = 0; l < v; l++) {
                if (round == 0 && l < SPECIAL.length) {
                    xs[l] = SPECIAL[(l + round) % SPECIAL.length];
                } else if (round < 3) {
                    xs[l] = SPECIAL[(l + round * v) % SPECIAL.length];
                } else if (logScale) {
                    xs[l] = (float) (Math.exp(lo + (hi - lo) * random.nextDouble()) * (random.nextBoolean() ? 1 : -1));
                } else {
                    xs[l] = lo + (hi - lo) * random.nextFloat();
                }
            }
            vector.apply(FloatVector.fromArray(SimdSpecies.FLOAT, xs, 0)).intoArray(out, 0);
            for (int l = 0; l < v; l++) {
                final float x = xs[l];
                final float expected = (float) reference.applyAsDouble(x);
                final float inLane = lane.apply(x);
                if (Float.floatToRawIntBits(inLane) != Float.floatToRawIntBits(out[l])
                    && !(inLane != inLane && out[l] != out[l])) {
                    fail(name + "(" + x + "): lane " + inLane + " but vector " + out[l] + " seed=" + TwinCheck.SEED);
                }
                if (TwinCheck.ulpDistance(expected, inLane) > maxUlps) {
                    fail(name + "(" + x + ") = " + inLane + ", Math gives " + expected + " ("
                        + TwinCheck.ulpDistance(expected, inLane) + " ulps) seed=" + TwinCheck.SEED);
                }
            }
        }
    }

    @Test
    void shouldStayWithinOneUlpOfMathAndAgreeWithLaneTwinForExpFamily() {
        check("expm1", Math::expm1, LaneMath::expm1, VectorMath::expm1, -100f, 100f, false, 1);
        check("expm1", Math::expm1, LaneMath::expm1, VectorMath::expm1, -40f, 5f, true, 1);
        check("exp", Math::exp, LaneMath::exp, VectorMath::exp, -110f, 90f, false, 1);
        check("exp", Math::exp, LaneMath::exp, VectorMath::exp, -40f, 5f, true, 1);
    }

    @Test
    void shouldStayWithinOneUlpOfMathAndAgreeWithLaneTwinForLog1p() {
        check("log1p", Math::log1p, LaneMath::log1p, VectorMath::log1p, -1f, 3f, false, 1);
        check("log1p", Math::log1p, LaneMath::log1p, VectorMath::log1p, -40f, 88f, true, 1);
    }

    @Test
    void shouldStayWithinFewUlpsOfMathAndAgreeWithLaneTwinForTanhAndSigmoid() {
        check("tanh", Math::tanh, LaneMath::tanh, VectorMath::tanh, -12f, 12f, false, 1);
        check("tanh", Math::tanh, LaneMath::tanh, VectorMath::tanh, -40f, 3f, true, 1);
        // Below -88.72 the float e^-x overflows in the twin too and both give 0; elsewhere compare with the truth.
        final DoubleUnaryOperator twinSigmoid =
            x -> x < -88.72 ? 1f / (1f + (float) Math.exp(-x)) : 1 / (1 + Math.exp(-x));
        check("sigmoid", twinSigmoid, LaneMath::sigmoid, VectorMath::sigmoid, -100f, 100f, false, 3);
        check("sigmoid", twinSigmoid, LaneMath::sigmoid, VectorMath::sigmoid, -20f, 4f, true, 3);
    }
}
