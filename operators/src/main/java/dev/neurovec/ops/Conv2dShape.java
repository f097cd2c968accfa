package dev.neurovec.ops;

/**
 * Shape of a 2-D convolution, resolved once when the engine binds its plan.
 *
 * <p>Layouts (channels last, minibatch innermost, as every engine signal):
 * <pre>
 * input   X(h, w, ci, b)  at xOff + ((h*width + w)*inChannels + ci)*batch + b
 * kernel  K(i, j, ci, co) at kOff + ((i*kernelWidth + j)*inChannels + ci)*outChannels + co
 * output  Y(h, w, co, b)  at yOff + ((h*outWidth + w)*outChannels + co)*batch + b
 * </pre>
 * Output pixel {@code (oh, ow)} reads input pixel {@code (oh*strideHeight + i - padTop, ow*strideWidth + j - padLeft)}
 * for kernel tap {@code (i, j)}; taps outside the input read zero.
 *
 * @param height        input rows
 * @param width         input columns
 * @param inChannels    input channels
 * @param outChannels   output channels (filters)
 * @param kernelHeight  kernel rows
 * @param kernelWidth   kernel columns
 * @param strideHeight  row stride
 * @param strideWidth   column stride
 * @param padTop        zero rows before row 0
 * @param padLeft       zero columns before column 0
 * @param outHeight     output rows
 * @param outWidth      output columns
 * @param batch         minibatch size (innermost)
 */
public record Conv2dShape(int height, int width, int inChannels, int outChannels, int kernelHeight, int kernelWidth,
                          int strideHeight, int strideWidth, int padTop, int padLeft, int outHeight, int outWidth,
                          int batch) {

    /**
     * Resolves padding and output size.
     *
     * @param height       input rows
     * @param width        input columns
     * @param inChannels   input channels
     * @param outChannels  output channels
     * @param kernelHeight kernel rows
     * @param kernelWidth  kernel columns
     * @param strideHeight row stride
     * @param strideWidth  column stride
     * @param padding      {@link Padding#VALID} or {@link Padding#SAME}
     * @param batch        minibatch size
     * @return the shape
     * @throws IllegalArgumentException if an extent is not positive or a VALID kernel is larger than the input
     */
    public static Conv2dShape of(final int height, final int width, final int inChannels, final int outChannels,
                                 final int kernelHeight, final int kernelWidth, final int strideHeight,
                                 final int strideWidth, final Padding padding, final int batch) {
        if (height < 1 || width < 1 || inChannels < 1 || outChannels < 1 || kernelHeight < 1 || kernelWidth < 1
            || strideHeight < 1 || strideWidth < 1 || batch < 1
            || (padding == Padding.VALID && (kernelHeight > height || kernelWidth > width))) {
            throw new IllegalArgumentException("invalid conv2d shape: height=" + height + ", width=" + width
                + ", inChannels=" + inChannels + ", outChannels=" + outChannels + ", kernelHeight=" + kernelHeight
                + ", kernelWidth=" + kernelWidth + ", strideHeight=" + strideHeight + ", strideWidth=" + strideWidth
                + ", padding=" + padding + ", batch=" + batch + "; expected positive extents and, for VALID, a kernel"
                + " no larger than the input");
        }
        return new Conv2dShape(height, width, inChannels, outChannels, kernelHeight, kernelWidth, strideHeight,
            strideWidth, padding.padBefore(height, kernelHeight, strideHeight),
            padding.padBefore(width, kernelWidth, strideWidth), padding.outExtent(height, kernelHeight, strideHeight),
            padding.outExtent(width, kernelWidth, strideWidth), batch);
    }

    /**
     * Floats in one input signal.
     *
     * @return {@code height·width·inChannels·batch}
     */
    public int inputLength() {
        return height * width * inChannels * batch;
    }

    /**
     * Floats in the kernel.
     *
     * @return {@code kernelHeight·kernelWidth·inChannels·outChannels}
     */
    public int kernelLength() {
        return kernelHeight * kernelWidth * inChannels * outChannels;
    }

    /**
     * Floats in one output signal.
     *
     * @return {@code outHeight·outWidth·outChannels·batch}
     */
    public int outputLength() {
        return outHeight * outWidth * outChannels * batch;
    }
}
