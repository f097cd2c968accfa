package dev.neurovec.train;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.LossOps;
import dev.neurovec.tensor.Tensor;

/** Built-in metrics. */
public final class Metrics {
    private static final LossOps K = Kernels.get().losses();

    private Metrics() {
    }

    /**
     * @return the fraction of examples (and steps) whose highest output is the target class index
     *     (Keras's sparse categorical accuracy); a one-step target scores the last step
     */
    public static Metric accuracy() {
        return new Metric() {
            private int[] labels = new int[0];

            @Override
            public double compute(final Tensor pred, final Tensor target) {
                final int first = Losses.firstStep(pred, target, name());
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
                int hits = 0;
                for (int i = 0; i < b; i++) {
                    for (int k = 0; k < covered; k++) {
                        labels[k] = (int) target.data()[target.offset() + i * tSteps + (tSteps == 1 ? 0 : k)];
                    }
                    hits += K.argmaxMatches(pred.data(), pred.offset() + (i * steps + first) * classes, labels, 0,
                        covered, classes);
                }
                return hits / (double) (b * covered);
            }

            @Override
            public String name() {
                return "accuracy";
            }
        };
    }
}
