package dev.neurovec.ops;

/**
 * Training losses over row-major {@code rows×cols} blocks (a probe's steps × dimensions, flattened with the
 * minibatch). Losses return un-normalised {@code double} sums (callers divide by their count) and add
 * {@code gradScale·∂loss/∂input} into a gradient array; they never allocate. Sums are accumulated in an order fixed
 * by the length alone.
 */
public interface LossOps {

    /**
     * Squared error: returns {@code Σ (p - t)²} and adds {@code grad += gradScale·2(p - t)}.
     *
     * @param pred      read: predictions, {@code n} floats
     * @param pOff      offset of {@code pred[0]}
     * @param target    read: targets, {@code n} floats
     * @param tOff      offset of {@code target[0]}
     * @param n         length
     * @param grad      read and written: gradient with respect to {@code pred}, {@code n} floats
     * @param gOff      offset of {@code grad[0]}
     * @param gradScale factor applied to the gradient (e.g. {@code 1/count})
     * @return the sum of squared errors
     */
    double mseInc(float[] pred, int pOff, float[] target, int tOff, int n, float[] grad, int gOff, float gradScale);

    /**
     * Squared error that ignores NaN targets: as {@link #mseInc}, but an element whose target is NaN adds neither
     * loss nor gradient.
     *
     * @param pred      read: predictions, {@code n} floats
     * @param pOff      offset of {@code pred[0]}
     * @param target    read: targets, NaN where missing
     * @param tOff      offset of {@code target[0]}
     * @param n         length
     * @param grad      read and written: gradient with respect to {@code pred}
     * @param gOff      offset of {@code grad[0]}
     * @param gradScale factor applied to the gradient
     * @return the sum of squared errors over non-NaN targets
     */
    double nanMseInc(float[] pred, int pOff, float[] target, int tOff, int n, float[] grad, int gOff,
                     float gradScale);

    /**
     * Number of finite values (the divisor of {@link #nanMseInc} when targets use NaN for missing data).
     *
     * @param x    read: {@code n} floats
     * @param xOff offset of {@code x[0]}
     * @param n    length
     * @return count of elements that are neither NaN nor infinite
     */
    int countFinite(float[] x, int xOff, int n);

    /**
     * Sparse softmax cross-entropy from logits, per row {@code r}:
     * {@code loss_r = log Σ_c exp(l_rc - max_r) + max_r - l_r,label}; adds
     * {@code grad_rc += gradScale·(softmax_rc - [c = label_r])}.
     *
     * @param logits    read: {@code rows×classes} row-major
     * @param lOff      offset of the first logit
     * @param labels    read: {@code rows} class indices in {@code [0, classes)}
     * @param labOff    offset of {@code labels[0]}
     * @param rows      rows
     * @param classes   classes per row
     * @param grad      read and written: gradient with respect to the logits, {@code rows×classes}
     * @param gOff      offset of the first gradient
     * @param gradScale factor applied to the gradient
     * @return {@code Σ_r loss_r}
     */
    double sparseSoftmaxCrossEntropyInc(float[] logits, int lOff, int[] labels, int labOff, int rows, int classes,
                                        float[] grad, int gOff, float gradScale);

    /**
     * Number of rows whose arg-max (first maximum; NaN never wins) equals the label.
     *
     * @param logits  read: {@code rows×classes} row-major
     * @param lOff    offset of the first logit
     * @param labels  read: {@code rows} class indices
     * @param labOff  offset of {@code labels[0]}
     * @param rows    rows
     * @param classes classes per row
     * @return matching rows
     */
    int argmaxMatches(float[] logits, int lOff, int[] labels, int labOff, int rows, int classes);
}
