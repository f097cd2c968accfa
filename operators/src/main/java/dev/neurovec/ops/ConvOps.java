package dev.neurovec.ops;

/**
 * 2-D convolution (cross-correlation, as TensorFlow and Nengo's {@code Convolution} transform) and average pooling
 * on channels-last, minibatch-innermost signals; see {@link Conv2dShape} and {@link Pool2dShape} for the layouts.
 * Per output element, contributions are added in the order (kernel row, kernel column, input channel). Outputs must
 * not alias inputs.
 */
public interface ConvOps {

    /**
     * {@code Y(oh,ow,co,b) += Σ_{i,j,ci} K(i,j,ci,co)·X(oh·sh + i - padTop, ow·sw + j - padLeft, ci, b)}, taps outside
     * the input contributing nothing.
     *
     * @param x      read: input, {@link Conv2dShape#inputLength()} floats
     * @param xOff   offset of {@code X(0,0,0,0)}
     * @param kernel read: kernel, {@link Conv2dShape#kernelLength()} floats
     * @param kOff   offset of {@code K(0,0,0,0)}
     * @param y      read and written: output, {@link Conv2dShape#outputLength()} floats
     * @param yOff   offset of {@code Y(0,0,0,0)}
     * @param shape  the resolved shape
     */
    void conv2dInc(float[] x, int xOff, float[] kernel, int kOff, float[] y, int yOff, Conv2dShape shape);

    /**
     * Input gradient of {@link #conv2dInc}:
     * {@code dX(ih,iw,ci,b) += Σ K(i,j,ci,co)·dY(oh,ow,co,b)} over every output pixel and tap that read
     * {@code (ih, iw)}.
     *
     * @param kernel read: kernel
     * @param kOff   offset of {@code K(0,0,0,0)}
     * @param dy     read: output gradient
     * @param dyOff  offset of {@code dY(0,0,0,0)}
     * @param dx     read and written: input gradient
     * @param dxOff  offset of {@code dX(0,0,0,0)}
     * @param shape  the resolved shape
     */
    void conv2dInputVjp(float[] kernel, int kOff, float[] dy, int dyOff, float[] dx, int dxOff, Conv2dShape shape);

    /**
     * Kernel gradient of {@link #conv2dInc}:
     * {@code dK(i,j,ci,co) += Σ_{oh,ow,b} X(oh·sh + i - padTop, ow·sw + j - padLeft, ci, b)·dY(oh,ow,co,b)}.
     *
     * @param x      read: input of the forward pass
     * @param xOff   offset of {@code X(0,0,0,0)}
     * @param dy     read: output gradient
     * @param dyOff  offset of {@code dY(0,0,0,0)}
     * @param dKernel read and written: kernel gradient
     * @param dkOff  offset of {@code dK(0,0,0,0)}
     * @param shape  the resolved shape
     */
    void conv2dKernelVjp(float[] x, int xOff, float[] dy, int dyOff, float[] dKernel, int dkOff, Conv2dShape shape);

    /**
     * Average pooling: {@code Y(oh,ow,c,b)} = mean of {@code X} over the window clipped to the input (padding is not
     * counted, as Keras {@code AveragePooling2D}).
     *
     * @param x     read: input
     * @param xOff  offset of {@code X(0,0,0,0)}
     * @param y     written: output
     * @param yOff  offset of {@code Y(0,0,0,0)}
     * @param shape the resolved shape
     */
    void avgPool2d(float[] x, int xOff, float[] y, int yOff, Pool2dShape shape);

    /**
     * VJP of {@link #avgPool2d}: every input element of a window gets {@code dY/count} added.
     *
     * @param dy    read: output gradient
     * @param dyOff offset of {@code dY(0,0,0,0)}
     * @param dx    read and written: input gradient
     * @param dxOff offset of {@code dX(0,0,0,0)}
     * @param shape the resolved shape
     */
    void avgPool2dVjp(float[] dy, int dyOff, float[] dx, int dxOff, Pool2dShape shape);
}
