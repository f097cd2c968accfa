package dev.neurovec.ops.scalar;

import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.LossOps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loss gradients against central finite differences of the loss formula in double, on both backends. */
class LossGradientTest {

    static List<LossOps> backends() {
        return List.of(new ScalarLossOps(), Kernels.get().losses());
    }

    private static double mse(final double[] p, final float[] t) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            if (t[i] == t[i]) {
                s += (p[i] - t[i]) * (p[i] - t[i]);
            }
        }
        return s;
    }

    private static double crossEntropy(final double[] l, final int[] labels, final int classes) {
        double s = 0;
        for (int r = 0; r < labels.length; r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, l[r * classes + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(l[r * classes + c] - max);
            }
            s += Math.log(sum) + max - l[r * classes + labels[r]];
        }
        return s;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldMatchFiniteDifferencesForMaskedSquaredError(final LossOps ops) {
        final Random r = new Random(3);
        final int n = 53;
        final float[] p = new float[n];
        final float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            p[i] = r.nextFloat() * 4 - 2;
            t[i] = i % 7 == 0 ? Float.NaN : r.nextFloat() * 4 - 2;
        }
        final float[] grad = new float[n];
        final double loss = ops.nanMseInc(p, 0, t, 0, n, grad, 0, 0.5f);
        final double[] pd = new double[n];
        for (int i = 0; i < n; i++) {
            pd[i] = p[i];
        }
        assertEquals(mse(pd, t), loss, 1e-5 * loss);
        for (int i = 0; i < n; i++) {
            final double h = 1e-6;
            pd[i] += h;
            final double up = mse(pd, t);
            pd[i] -= 2 * h;
            final double down = mse(pd, t);
            pd[i] += h;
            assertEquals(0.5 * (up - down) / (2 * h), grad[i], 1e-4, "index " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldMatchFiniteDifferencesForSoftmaxCrossEntropy(final LossOps ops) {
        final Random r = new Random(4);
        final int rows = 5;
        final int classes = 7;
        final float[] logits = new float[rows * classes];
        final int[] labels = new int[rows];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = r.nextFloat() * 10 - 5;
        }
        for (int i = 0; i < rows; i++) {
            labels[i] = r.nextInt(classes);
        }
        final float[] grad = new float[rows * classes];
        final double loss = ops.sparseSoftmaxCrossEntropyInc(logits, 0, labels, 0, rows, classes, grad, 0, 2f);
        final double[] ld = new double[logits.length];
        for (int i = 0; i < ld.length; i++) {
            ld[i] = logits[i];
        }
        assertEquals(crossEntropy(ld, labels, classes), loss, 1e-9 * Math.abs(loss) + 1e-12);
        for (int i = 0; i < ld.length; i++) {
            final double h = 1e-6;
            ld[i] += h;
            final double up = crossEntropy(ld, labels, classes);
            ld[i] -= 2 * h;
            final double down = crossEntropy(ld, labels, classes);
            ld[i] += h;
            assertEquals(2 * (up - down) / (2 * h), grad[i], 1e-5, "logit " + i);
        }
    }
}
