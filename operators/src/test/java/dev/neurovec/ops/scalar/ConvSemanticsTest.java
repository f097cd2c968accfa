package dev.neurovec.ops.scalar;

import dev.neurovec.ops.Conv2dShape;
import dev.neurovec.ops.ConvOps;
import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.Padding;
import dev.neurovec.ops.Pool2dShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Hand-computed convolution and pooling cases (TensorFlow padding conventions), on both backends. */
class ConvSemanticsTest {

    static List<ConvOps> backends() {
        return List.of(new ScalarConvOps(), Kernels.get().conv());
    }

    @Test
    void shouldResolveSamePaddingAsTensorFlow() {
        final Conv2dShape s = Conv2dShape.of(7, 8, 1, 1, 3, 4, 2, 3, Padding.SAME, 1);
        assertEquals(4, s.outHeight());
        assertEquals(3, s.outWidth());
        assertEquals(1, s.padTop());
        assertEquals(1, s.padLeft());
        final Conv2dShape v = Conv2dShape.of(7, 8, 1, 1, 3, 4, 2, 3, Padding.VALID, 1);
        assertEquals(3, v.outHeight());
        assertEquals(2, v.outWidth());
        assertEquals(0, v.padTop());
    }

    @Test
    void shouldRejectShapesWithTheOffendingValues() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Conv2dShape.of(2, 2, 1, 1, 3, 3, 1, 1, Padding.VALID, 1));
        assertEquals("invalid conv2d shape: height=2, width=2, inChannels=1, outChannels=1, kernelHeight=3, "
            + "kernelWidth=3, strideHeight=1, strideWidth=1, padding=VALID, batch=1; expected positive extents and, "
            + "for VALID, a kernel no larger than the input", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldSumNeighboursWhenKernelIsOnesAndPaddingIsSame(final ConvOps ops) {
        final Conv2dShape s = Conv2dShape.of(3, 3, 1, 1, 3, 3, 1, 1, Padding.SAME, 1);
        final float[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        final float[] k = {1, 1, 1, 1, 1, 1, 1, 1, 1};
        final float[] y = new float[9];
        ops.conv2dInc(x, 0, k, 0, y, 0, s);
        assertArrayEquals(new float[] {12, 21, 16, 27, 45, 33, 24, 39, 28}, y);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldCorrelateNotConvolveAndKeepMinibatchInnermost(final ConvOps ops) {
        final Conv2dShape s = Conv2dShape.of(1, 3, 1, 2, 1, 2, 1, 1, Padding.VALID, 2);
        final float[] x = {1, 10, 2, 20, 3, 30};
        final float[] k = {1, -1, 0.5f, 2};
        final float[] y = new float[2 * 2 * 2];
        ops.conv2dInc(x, 0, k, 0, y, 0, s);
        assertArrayEquals(new float[] {2, 20, 3, 30, 3.5f, 35, 4, 40}, y);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldAverageOnlyInsideTheInputWhenPoolingWithSamePadding(final ConvOps ops) {
        final Pool2dShape s = Pool2dShape.of(3, 3, 1, 2, 2, 2, 2, Padding.SAME, 1);
        final float[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        final float[] y = new float[4];
        ops.avgPool2d(x, 0, y, 0, s);
        assertArrayEquals(new float[] {3, 4.5f, 7.5f, 9}, y);
    }
}
