package dev.neurovec.ops;

/** Spatial padding of a convolution or pooling window, with TensorFlow/Keras meanings. */
public enum Padding {
    /** No padding: {@code out = (in - window)/stride + 1}, windows lie wholly inside the input. */
    VALID,
    /**
     * Zero padding so that {@code out = ceil(in/stride)}; the total padding
     * {@code max((out-1)·stride + window - in, 0)} is split with the smaller half before (top, left) and the larger
     * after.
     */
    SAME;

    /**
     * Output extent along one axis.
     *
     * @param in     input extent
     * @param window window extent
     * @param stride stride
     * @return output extent
     */
    public int outExtent(final int in, final int window, final int stride) {
        return this == SAME ? (in + stride - 1) / stride : (in - window) / stride + 1;
    }

    /**
     * Padding before the first input element along one axis.
     *
     * @param in     input extent
     * @param window window extent
     * @param stride stride
     * @return zeros virtually inserted before index 0
     */
    public int padBefore(final int in, final int window, final int stride) {
        if (this == VALID) {
            return 0;
        }
        final int total = Math.max((outExtent(in, window, stride) - 1) * stride + window - in, 0);
        return total / 2;
    }
}
