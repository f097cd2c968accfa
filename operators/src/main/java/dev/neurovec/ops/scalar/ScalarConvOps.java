package dev.neurovec.ops.scalar;

import dev.neurovec.ops.Conv2dShape;
import dev.neurovec.ops.ConvOps;
import dev.neurovec.ops.Pool2dShape;

/** Scalar twin of {@link ConvOps}: one sum per output element, over the taps that fall inside the input. */
public final class ScalarConvOps implements ConvOps {

    @Override
    public void conv2dInc(final float[] x, final int xOff, final float[] kernel, final int kOff, final float[] y,
                          final int yOff, final Conv2dShape s) {
        final int bs = s.batch();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            for (int ow = 0; ow < s.outWidth(); ow++) {
                for (int co = 0; co < s.outChannels(); co++) {
                    for (int b = 0; b < bs; b++) {
                        float sum = 0f;
                        for (int i = 0; i < s.kernelHeight(); i++) {
                            final int ih = oh * s.strideHeight() + i - s.padTop();
                            for (int j = 0; j < s.kernelWidth(); j++) {
                                final int iw = ow * s.strideWidth() + j - s.padLeft();
                                if (ih < 0 || ih >= s.height() || iw < 0 || iw >= s.width()) {
                                    continue;
                                }
                                for (int ci = 0; ci < s.inChannels(); ci++) {
                                    sum += kernel[kOff + ((i * s.kernelWidth() + j) * s.inChannels() + ci)
                                        * s.outChannels() + co]
                                        * x[xOff + ((ih * s.width() + iw) * s.inChannels() + ci) * bs + b];
                                }
                            }
                        }
                        y[yOff + ((oh * s.outWidth() + ow) * s.outChannels() + co) * bs + b] += sum;
                    }
                }
            }
        }
    }

    @Override
    public void conv2dInputVjp(final float[] kernel, final int kOff, final float[] dy, final int dyOff,
                               final float[] dx, final int dxOff, final Conv2dShape s) {
        final int bs = s.batch();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            for (int ow = 0; ow < s.outWidth(); ow++) {
                for (int i = 0; i < s.kernelHeight(); i++) {
                    final int ih = oh * s.strideHeight() + i - s.padTop();
                    for (int j = 0; j < s.kernelWidth(); j++) {
                        final int iw = ow * s.strideWidth() + j - s.padLeft();
                        if (ih < 0 || ih >= s.height() || iw < 0 || iw >= s.width()) {
                            continue;
                        }
                        for (int ci = 0; ci < s.inChannels(); ci++) {
                            for (int b = 0; b < bs; b++) {
                                float sum = 0f;
                                for (int co = 0; co < s.outChannels(); co++) {
                                    sum += kernel[kOff + ((i * s.kernelWidth() + j) * s.inChannels() + ci)
                                        * s.outChannels() + co]
                                        * dy[dyOff + ((oh * s.outWidth() + ow) * s.outChannels() + co) * bs + b];
                                }
                                dx[dxOff + ((ih * s.width() + iw) * s.inChannels() + ci) * bs + b] += sum;
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public void conv2dKernelVjp(final float[] x, final int xOff, final float[] dy, final int dyOff,
                                final float[] dKernel, final int dkOff, final Conv2dShape s) {
        final int bs = s.batch();
        for (int i = 0; i < s.kernelHeight(); i++) {
            for (int j = 0; j < s.kernelWidth(); j++) {
                for (int ci = 0; ci < s.inChannels(); ci++) {
                    for (int co = 0; co < s.outChannels(); co++) {
                        float sum = 0f;
                        for (int oh = 0; oh < s.outHeight(); oh++) {
                            final int ih = oh * s.strideHeight() + i - s.padTop();
                            if (ih < 0 || ih >= s.height()) {
                                continue;
                            }
                            for (int ow = 0; ow < s.outWidth(); ow++) {
                                final int iw = ow * s.strideWidth() + j - s.padLeft();
                                if (iw < 0 || iw >= s.width()) {
                                    continue;
                                }
                                for (int b = 0; b < bs; b++) {
                                    sum += x[xOff + ((ih * s.width() + iw) * s.inChannels() + ci) * bs + b]
                                        * dy[dyOff + ((oh * s.outWidth() + ow) * s.outChannels() + co) * bs + b];
                                }
                            }
                        }
                        dKernel[dkOff + ((i * s.kernelWidth() + j) * s.inChannels() + ci) * s.outChannels() + co]
                            += sum;
                    }
                }
            }
        }
    }

    @Override
    public void avgPool2d(final float[] x, final int xOff, final float[] y, final int yOff, final Pool2dShape s) {
        final int bs = s.batch();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            final int h0 = Math.max(oh * s.strideHeight() - s.padTop(), 0);
            final int h1 = Math.min(oh * s.strideHeight() - s.padTop() + s.poolHeight(), s.height());
            for (int ow = 0; ow < s.outWidth(); ow++) {
                final int w0 = Math.max(ow * s.strideWidth() - s.padLeft(), 0);
                final int w1 = Math.min(ow * s.strideWidth() - s.padLeft() + s.poolWidth(), s.width());
                final float count = (h1 - h0) * (w1 - w0);
                for (int c = 0; c < s.channels(); c++) {
                    for (int b = 0; b < bs; b++) {
                        float sum = 0f;
                        for (int ih = h0; ih < h1; ih++) {
                            for (int iw = w0; iw < w1; iw++) {
                                sum += x[xOff + ((ih * s.width() + iw) * s.channels() + c) * bs + b];
                            }
                        }
                        y[yOff + ((oh * s.outWidth() + ow) * s.channels() + c) * bs + b] = sum / count;
                    }
                }
            }
        }
    }

    @Override
    public void avgPool2dVjp(final float[] dy, final int dyOff, final float[] dx, final int dxOff,
                             final Pool2dShape s) {
        final int bs = s.batch();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            final int h0 = Math.max(oh * s.strideHeight() - s.padTop(), 0);
            final int h1 = Math.min(oh * s.strideHeight() - s.padTop() + s.poolHeight(), s.height());
            for (int ow = 0; ow < s.outWidth(); ow++) {
                final int w0 = Math.max(ow * s.strideWidth() - s.padLeft(), 0);
                final int w1 = Math.min(ow * s.strideWidth() - s.padLeft() + s.poolWidth(), s.width());
                final float count = (h1 - h0) * (w1 - w0);
                for (int c = 0; c < s.channels(); c++) {
                    for (int b = 0; b < bs; b++) {
                        final float share = dy[dyOff + ((oh * s.outWidth() + ow) * s.channels() + c) * bs + b] / count;
                        for (int ih = h0; ih < h1; ih++) {
                            for (int iw = w0; iw < w1; iw++) {
                                dx[dxOff + ((ih * s.width() + iw) * s.channels() + c) * bs + b] += share;
                            }
                        }
                    }
                }
            }
        }
    }
}
