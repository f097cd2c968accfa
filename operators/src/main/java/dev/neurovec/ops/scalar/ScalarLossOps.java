package dev.neurovec.ops.scalar;

import dev.neurovec.ops.LossOps;

/**
 * Scalar twin of {@link LossOps}: sums in double, in index order; the softmax uses {@code Math.exp} and
 * {@code Math.log} in double.
 */
public final class ScalarLossOps implements LossOps {

    @Override
    public double mseInc(final float[] pred, final int pOff, final float[] target, final int tOff, final int n,
                         final float[] grad, final int gOff, final float gradScale) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            final float d = pred[pOff + i] - target[tOff + i];
            sum += (double) d * d;
            grad[gOff + i] += gradScale * (2f * d);
        }
        return sum;
    }

    @Override
    public double nanMseInc(final float[] pred, final int pOff, final float[] target, final int tOff, final int n,
                            final float[] grad, final int gOff, final float gradScale) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            final float t = target[tOff + i];
            if (t == t) {
                final float d = pred[pOff + i] - t;
                sum += (double) d * d;
                grad[gOff + i] += gradScale * (2f * d);
            }
        }
        return sum;
    }

    @Override
    public int countFinite(final float[] x, final int xOff, final int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (Float.isFinite(x[xOff + i])) {
                count++;
            }
        }
        return count;
    }

    @Override
    public double sparseSoftmaxCrossEntropyInc(final float[] logits, final int lOff, final int[] labels,
                                               final int labOff, final int rows, final int classes,
                                               final float[] grad, final int gOff, final float gradScale) {
        double total = 0.0;
        for (int r = 0; r < rows; r++) {
            final int row = lOff + r * classes;
            final int label = labels[labOff + r];
            assert label >= 0 && label < classes : "label=" + label + ", classes=" + classes;
            float max = logits[row];
            for (int c = 1; c < classes; c++) {
                max = Math.max(max, logits[row + c]);
            }
            double sum = 0.0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp((double) logits[row + c] - max);
            }
            total += Math.log(sum) + max - logits[row + label];
            for (int c = 0; c < classes; c++) {
                final float softmax = (float) (Math.exp((double) logits[row + c] - max) / sum);
                final float onehot = c == label ? 1f : 0f;
                grad[gOff + r * classes + c] += gradScale * (softmax - onehot);
            }
        }
        return total;
    }

    @Override
    public int argmaxMatches(final float[] logits, final int lOff, final int[] labels, final int labOff,
                             final int rows, final int classes) {
        int matches = 0;
        for (int r = 0; r < rows; r++) {
            final int row = lOff + r * classes;
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (logits[row + c] > logits[row + best]) {
                    best = c;
                }
            }
            if (best == labels[labOff + r]) {
                matches++;
            }
        }
        return matches;
    }
}
