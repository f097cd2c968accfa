package dev.neurovec.ops.simd;

import dev.neurovec.ops.Conv2dShape;
import dev.neurovec.ops.ConvOps;
import dev.neurovec.ops.DenseOps;
import dev.neurovec.ops.Pool2dShape;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API {@link ConvOps}, built on the dense kernels. With the minibatch innermost, one output pixel and one
 * kernel tap form a small product over channels:
 * <pre>
 * forward       Y_pix(Cout×B)  += K_tapᵀ(Cout×Cin) · X_pix(Cin×B)     gemmTransAInc
 * input VJP     dX_pix(Cin×B)  += K_tap(Cin×Cout)  · dY_pix(Cout×B)    gemmInc
 * kernel VJP    dK_tap(Cin×Cout) += X_pix(Cin×B)   · dY_pix(Cout×B)ᵀ   gemmTransBInc
 * </pre>
 * taken over output pixels in row-major order and taps in (row, column) order. At minibatch 1 with at least one
 * vector of output channels the forward pass instead multiplies a whole output row at once: for each tap, the
 * {@code OW} input pixels it reads form a strided {@code OW×Cin} matrix, so
 * {@code Y_row(OW×Cout) += X_rows(OW×Cin) · K_tap(Cin×Cout)} is one register-blocked GEMM. Both forward forms give
 * every output the same fma chain (taps in order, input channels ascending, from the old value), so the result
 * does not depend on the form. Average pooling adds whole pixels ({@code C·B} contiguous floats) as vectors.
 */
public final class SimdConvOps implements ConvOps {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    private final DenseOps dense = new SimdDenseOps();

    /** Constructs the kernels (stateless). */
    public SimdConvOps() {
    }

    @Override
    public void conv2dInc(final float[] x, final int xOff, final float[] kernel, final int kOff, final float[] y,
                          final int yOff, final Conv2dShape s) {
        if (s.batch() == 1 && s.outChannels() >= V) {
            forwardByRows(x, xOff, kernel, kOff, y, yOff, s);
            return;
        }
        final int cin = s.inChannels();
        final int cout = s.outChannels();
        final int bs = s.batch();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            for (int ow = 0; ow < s.outWidth(); ow++) {
                final int yPix = yOff + (oh * s.outWidth() + ow) * cout * bs;
                for (int i = 0; i < s.kernelHeight(); i++) {
                    final int ih = oh * s.strideHeight() + i - s.padTop();
                    if (ih < 0 || ih >= s.height()) {
                        continue;
                    }
                    for (int j = 0; j < s.kernelWidth(); j++) {
                        final int iw = ow * s.strideWidth() + j - s.padLeft();
                        if (iw < 0 || iw >= s.width()) {
                            continue;
                        }
                        dense.gemmTransAInc(kernel, kOff + (i * s.kernelWidth() + j) * cin * cout, x,
                            xOff + (ih * s.width() + iw) * cin * bs, y, yPix, cin, cout, bs);
                    }
                }
            }
        }
    }

    /** Minibatch 1: per output row and tap, one GEMM over the output pixels the tap reaches. */
    private static void forwardByRows(final float[] x, final int xOff, final float[] kernel, final int kOff,
                                      final float[] y, final int yOff, final Conv2dShape s) {
        final int cin = s.inChannels();
        final int cout = s.outChannels();
        final int sw = s.strideWidth();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            for (int i = 0; i < s.kernelHeight(); i++) {
                final int ih = oh * s.strideHeight() + i - s.padTop();
                if (ih < 0 || ih >= s.height()) {
                    continue;
                }
                for (int j = 0; j < s.kernelWidth(); j++) {
                    final int shift = j - s.padLeft();
                    final int first = shift >= 0 ? 0 : (-shift + sw - 1) / sw;
                    final int last = Math.min(s.outWidth() - 1, Math.floorDiv(s.width() - 1 - shift, sw));
                    if (last < first) {
                        continue;
                    }
                    BlockedGemm.multiply(x, xOff + (ih * s.width() + first * sw + shift) * cin, sw * cin, 1, kernel,
                        kOff + (i * s.kernelWidth() + j) * cin * cout, cout, y,
                        yOff + (oh * s.outWidth() + first) * cout, cout, last - first + 1, cin, cout, true);
                }
            }
        }
    }

    @Override
    public void conv2dInputVjp(final float[] kernel, final int kOff, final float[] dy, final int dyOff,
                               final float[] dx, final int dxOff, final Conv2dShape s) {
        final int cin = s.inChannels();
        final int cout = s.outChannels();
        final int bs = s.batch();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            for (int ow = 0; ow < s.outWidth(); ow++) {
                final int dyPix = dyOff + (oh * s.outWidth() + ow) * cout * bs;
                for (int i = 0; i < s.kernelHeight(); i++) {
                    final int ih = oh * s.strideHeight() + i - s.padTop();
                    if (ih < 0 || ih >= s.height()) {
                        continue;
                    }
                    for (int j = 0; j < s.kernelWidth(); j++) {
                        final int iw = ow * s.strideWidth() + j - s.padLeft();
                        if (iw < 0 || iw >= s.width()) {
                            continue;
                        }
                        dense.gemmInc(kernel, kOff + (i * s.kernelWidth() + j) * cin * cout, dy, dyPix, dx,
                            dxOff + (ih * s.width() + iw) * cin * bs, cin, cout, bs);
                    }
                }
            }
        }
    }

    @Override
    public void conv2dKernelVjp(final float[] x, final int xOff, final float[] dy, final int dyOff,
                                final float[] dKernel, final int dkOff, final Conv2dShape s) {
        final int cin = s.inChannels();
        final int cout = s.outChannels();
        final int bs = s.batch();
        for (int oh = 0; oh < s.outHeight(); oh++) {
            for (int ow = 0; ow < s.outWidth(); ow++) {
                final int dyPix = dyOff + (oh * s.outWidth() + ow) * cout * bs;
                for (int i = 0; i < s.kernelHeight(); i++) {
                    final int ih = oh * s.strideHeight() + i - s.padTop();
                    if (ih < 0 || ih >= s.height()) {
                        continue;
                    }
                    for (int j = 0; j < s.kernelWidth(); j++) {
                        final int iw = ow * s.strideWidth() + j - s.padLeft();
                        if (iw < 0 || iw >= s.width()) {
                            continue;
                        }
                        dense.gemmTransBInc(x, xOff + (ih * s.width() + iw) * cin * bs, dy, dyPix, dKernel,
                            dkOff + (i * s.kernelWidth() + j) * cin * cout, cin, cout, bs);
                    }
                }
            }
        }
    }

    @Override
    public void avgPool2d(final float[] x, final int xOff, final float[] y, final int yOff, final Pool2dShape s) {
        final int pixel = s.channels() * s.batch();
        final int bound = pixel - pixel % V;
        for (int oh = 0; oh < s.outHeight(); oh++) {
            final int h0 = Math.max(oh * s.strideHeight() - s.padTop(), 0);
            final int h1 = Math.min(oh * s.strideHeight() - s.padTop() + s.poolHeight(), s.height());
            for (int ow = 0; ow < s.outWidth(); ow++) {
                final int w0 = Math.max(ow * s.strideWidth() - s.padLeft(), 0);
                final int w1 = Math.min(ow * s.strideWidth() - s.padLeft() + s.poolWidth(), s.width());
                final float count = (h1 - h0) * (w1 - w0);
                final int out = yOff + (oh * s.outWidth() + ow) * pixel;
                for (int e = 0; e < bound; e += V) {
                    FloatVector sum = FloatVector.zero(S);
                    for (int ih = h0; ih < h1; ih++) {
                        for (int iw = w0; iw < w1; iw++) {
                            sum = sum.add(FloatVector.fromArray(S, x, xOff + (ih * s.width() + iw) * pixel + e));
                        }
                    }
                    sum.div(count).intoArray(y, out + e);
                }
                for (int e = bound; e < pixel; e++) {
                    float sum = 0f;
                    for (int ih = h0; ih < h1; ih++) {
                        for (int iw = w0; iw < w1; iw++) {
                            sum += x[xOff + (ih * s.width() + iw) * pixel + e];
                        }
                    }
                    y[out + e] = sum / count;
                }
            }
        }
    }

    @Override
    public void avgPool2dVjp(final float[] dy, final int dyOff, final float[] dx, final int dxOff,
                             final Pool2dShape s) {
        final int pixel = s.channels() * s.batch();
        final int bound = pixel - pixel % V;
        for (int oh = 0; oh < s.outHeight(); oh++) {
            final int h0 = Math.max(oh * s.strideHeight() - s.padTop(), 0);
            final int h1 = Math.min(oh * s.strideHeight() - s.padTop() + s.poolHeight(), s.height());
            for (int ow = 0; ow < s.outWidth(); ow++) {
                final int w0 = Math.max(ow * s.strideWidth() - s.padLeft(), 0);
                final int w1 = Math.min(ow * s.strideWidth() - s.padLeft() + s.poolWidth(), s.width());
                final float count = (h1 - h0) * (w1 - w0);
                final int in = dyOff + (oh * s.outWidth() + ow) * pixel;
                for (int e = 0; e < bound; e += V) {
                    final FloatVector share = FloatVector.fromArray(S, dy, in + e).div(count);
                    for (int ih = h0; ih < h1; ih++) {
                        for (int iw = w0; iw < w1; iw++) {
                            final int at = dxOff + (ih * s.width() + iw) * pixel + e;
                            FloatVector.fromArray(S, dx, at).add(share).intoArray(dx, at);
                        }
                    }
                }
                for (int e = bound; e < pixel; e++) {
                    final float share = dy[in + e] / count;
                    for (int ih = h0; ih < h1; ih++) {
                        for (int iw = w0; iw < w1; iw++) {
                            dx[dxOff + (ih * s.width() + iw) * pixel + e] += share;
                        }
                    }
                }
            }
        }
    }
}
