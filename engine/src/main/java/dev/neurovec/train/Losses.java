package dev.neurovec.train;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.LossOps;
import dev.neurovec.tensor.Tensor;

import java.util.Arrays;

/**
 * The built-in losses: mean squared error, NaN-masked MSE (NengoDL's {@code nan_mse}), sparse
 * categorical cross-entropy from logits, and activity regularization. A target with one time step
 * against a multi-step prediction is compared with the last step only.
 */
public final class Losses {
    private static final LossOps K = Kernels.get().losses();

    private Losses() {
    }

    /** @return mean squared error over all elements */
    public static Loss mse() {
        return new Mse(false);
    }

    /** @return mean squared error over the elements whose target is not NaN */
    public static Loss nanMse() {
        return new Mse(true);
    }

    /** @return sparse categorical cross-entropy from logits, mean over examples and steps; targets are class indices */
    public static Loss sparseCategoricalCrossentropy() {
        return new SparseCrossEntropy();
    }

    /**
     * Activity regularization: the mean of |output|^order (the target is ignored), e.g. to keep
     * firing rates low or, as MSE against a target rate, in a range.
     *
     * @param order 1 or 2
     * @return the loss
     */
    public static Loss regularize(final int order) {
        if (order != 1 && order != 2) {
            throw ValidationError.of("Losses.regularize", "order", order, "1 or 2");
        }
        return new Regularize(order);
    }

    /** Which prediction steps a target covers: all of them, or only the last when the target has one step. */
    static int firstStep(final Tensor pred, final Tensor target, final String loss) {
        if (target.rank() != 3 || pred.rank() != 3) {
            throw ValidationError.of(loss, "target shape", Arrays.toString(target.shape()), "(batch, steps, dims)");
        }
        if (target.dim(0) != pred.dim(0)) {
            throw ValidationError.of(loss, "target batch", target.dim(0), pred.dim(0) + " (the prediction's)");
        }
        if (target.dim(1) == pred.dim(1)) {
            return 0;
        }
        if (target.dim(1) == 1) {
            return pred.dim(1) - 1;
        }
        throw ValidationError.of(loss, "target steps", target.dim(1), pred.dim(1) + " (the prediction's) or 1 (last step)");
    }

    private record Mse(boolean nanMasked) implements Loss {
        @Override
        public double compute(final Tensor pred, final Tensor target, final Tensor grad, final float scale) {
            final int first = firstStep(pred, target, name());
            if (target.dim(2) != pred.dim(2)) {
                throw ValidationError.of(name(), "target dims", target.dim(2), pred.dim(2) + " (the probe's size)");
            }
            final int b = pred.dim(0);
            final int steps = pred.dim(1);
            final int d = pred.dim(2);
            final int covered = steps - first;
            final int tSteps = target.dim(1);
            int count = 0;
            if (nanMasked) {
                for (int i = 0; i < b; i++) {
                    count += K.countFinite(target.data(), target.offset() + i * tSteps * d, tSteps * d);
                }
            } else {
                count = b * covered * d;
            }
            if (count == 0) {
                return 0;
            }
            final float gs = scale / count;
            double sum = 0;
            for (int i = 0; i < b; i++) {
                final int p = pred.offset() + (i * steps + first) * d;
                final int t = target.offset() + i * tSteps * d;
                final int g = grad.offset() + (i * steps + first) * d;
                sum += nanMasked ? K.nanMseInc(pred.data(), p, target.data(), t, covered * d, grad.data(), g, gs)
                    : K.mseInc(pred.data(), p, target.data(), t, covered * d, grad.data(), g, gs);
            }
            return sum / count;
        }

        @Override
        public String name() {
            return nanMasked ? "nan_mse" : "mse";
        }
    }

    private static final class SparseCrossEntropy implements Loss {
        private int[] labels = new int[0];

        @Override
        public double compute(final Tensor pred, final Tensor target, final Tensor grad, final float scale) {
            final int first = firstStep(pred, target, name());
            if (target.dim(2) != 1) {
                throw ValidationError.of(name(), "target dims", target.dim(2), "1 (a class index per step)");
            }
            final int b = pred.dim(0);
            final int steps = pred.dim(1);
            final int classes = pred.dim(2);
            final int covered = steps - first;
            final int tSteps = target.dim(1);
            if (labels.length < covered) {
                labels = new int[covered];
            }
            final float gs = scale / (b * covered);
            double sum = 0;
            for (int i = 0; i < b; i++) {
                for (int k = 0; k < covered; k++) {
                    final float v = target.data()[target.offset() + i * tSteps + (tSteps == 1 ? 0 : k)];
                    final int label = (int) v;
                    if (label != v || label < 0 || label >= classes) {
                        throw ValidationError.of(name(), "target[" + i + "]", v, "a class index in [0, " + classes + ")");
                    }
                    labels[k] = label;
                }
                sum += K.sparseSoftmaxCrossEntropyInc(pred.data(), pred.offset() + (i * steps + first) * classes, labels, 0,
                    covered, classes, grad.data(), grad.offset() + (i * steps + first) * classes, gs);
            }
            return sum / (b * covered);
        }

        @Override
        public String name() {
            return "sparse_categorical_crossentropy";
        }
    }

    private record Regularize(int order) implements Loss {
        @Override
        public double compute(final Tensor pred, final Tensor target, final Tensor grad, final float scale) {
            final float[] p = pred.data();
            final float[] g = grad.data();
            final int n = pred.size();
            final float gs = scale / n;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                final float v = p[pred.offset() + i];
                sum += order == 1 ? Math.abs(v) : v * v;
                g[grad.offset() + i] += order == 1 ? gs * Math.signum(v) : gs * 2 * v;
            }
            return sum / n;
        }

        @Override
        public String name() {
            return "regularize_l" + order;
        }
    }
}
