package dev.neurovec.ops;

/**
 * Shape of a 2-D pooling window over a channels-last, minibatch-innermost signal, resolved once at bind time.
 * <pre>
 * input   X(h, w, c, b) at xOff + ((h*width + w)*channels + c)*batch + b
 * output  Y(h, w, c, b) at yOff + ((h*outWidth + w)*channels + c)*batch + b
 * </pre>
 * Output pixel {@code (oh, ow)} covers input rows {@code oh*strideHeight - padTop + [0, poolHeight)} and columns
 * {@code ow*strideWidth - padLeft + [0, poolWidth)}, clipped to the input.
 *
 * @param height       input rows
 * @param width        input columns
 * @param channels     channels
 * @param poolHeight   window rows
 * @param poolWidth    window columns
 * @param strideHeight row stride
 * @param strideWidth  column stride
 * @param padTop       virtual rows before row 0
 * @param padLeft      virtual columns before column 0
 * @param outHeight    output rows
 * @param outWidth     output columns
 * @param batch        minibatch size (innermost)
 */
public record Pool2dShape(int height, int width, int channels, int poolHeight, int poolWidth, int strideHeight,
                          int strideWidth, int padTop, int padLeft, int outHeight, int outWidth, int batch) {

    /**
     * Resolves padding and output size.
     *
     * @param height       input rows
     * @param width        input columns
     * @param channels     channels
     * @param poolHeight   window rows
     * @param poolWidth    window columns
     * @param strideHeight row stride
     * @param strideWidth  column stride
     * @param padding      {@link Padding#VALID} or {@link Padding#SAME}
     * @param batch        minibatch size
     * @return the shape
     * @throws IllegalArgumentException if an extent is not positive or a VALID window is larger than the input
     */
    public static Pool2dShape of(final int height, final int width, final int channels, final int poolHeight,
                                 final int poolWidth, final int strideHeight, final int strideWidth,
                                 final Padding padding, final int batch) {
        if (height < 1 || width < 1 || channels < 1 || poolHeight < 1 || poolWidth < 1 || strideHeight < 1
            || strideWidth < 1 || batch < 1
            || (padding == Padding.VALID && (poolHeight > height || poolWidth > width))) {
            throw new IllegalArgumentException("invalid pool2d shape: height=" + height + ", width=" + width
                + ", channels=" + channels + ", poolHeight=" + poolHeight + ", poolWidth=" + poolWidth
                + ", strideHeight=" + strideHeight + ", strideWidth=" + strideWidth + ", padding=" + padding
                + ", batch=" + batch + "; expected positive extents and, for VALID, a window no larger than the input");
        }
        return new Pool2dShape(height, width, channels, poolHeight, poolWidth, strideHeight, strideWidth,
            padding.padBefore(height, poolHeight, strideHeight), padding.padBefore(width, poolWidth, strideWidth),
            padding.outExtent(height, poolHeight, strideHeight), padding.outExtent(width, poolWidth, strideWidth),
            batch);
    }

    /**
     * Floats in one input signal.
     *
     * @return {@code height·width·channels·batch}
     */
    public int inputLength() {
        return height * width * channels * batch;
    }

    /**
     * Floats in one output signal.
     *
     * @return {@code outHeight·outWidth·channels·batch}
     */
    public int outputLength() {
        return outHeight * outWidth * channels * batch;
    }
}
