package dev.neurovec.network.library;

import dev.neurovec.network.dists.RandomState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The DFT matrices, applied exactly (no neurons), must reproduce circular convolution. */
class FourierTransformsTest {
    /** Double round-off over D-term sums of unit-sized terms. */
    private static final double EXACT = 1e-12;

    @ParameterizedTest(name = "D = {0}")
    @ValueSource(ints = {1, 2, 3, 7, 8, 16, 33})
    void shouldComputeCircularConvolutionWhenProductsAreExact(final int d) {
        final double[] a = randomVector(d, 1);
        final double[] b = randomVector(d, 2);
        assertArrayEquals(Runs.circularConvolution(a, b), apply(d, a, b, false, false), EXACT);
    }

    @ParameterizedTest(name = "D = {0}")
    @ValueSource(ints = {2, 5, 8, 16})
    void shouldConvolveWithInvolutionWhenInverted(final int d) {
        final double[] a = randomVector(d, 3);
        final double[] b = randomVector(d, 4);
        assertArrayEquals(Runs.circularConvolution(Runs.involution(a), b), apply(d, a, b, true, false), EXACT);
        assertArrayEquals(Runs.circularConvolution(a, Runs.involution(b)), apply(d, a, b, false, true), EXACT);
    }

    @ParameterizedTest(name = "D = {0}")
    @ValueSource(ints = {1, 16, 17, 128})
    void shouldHaveFourProductsPerHalfSpectrumFrequencyWhenSized(final int d) {
        assertEquals(4 * (d / 2 + 1), FourierTransforms.productDimensions(d));
        assertEquals(FourierTransforms.productDimensions(d), FourierTransforms.inputA(d, false).length);
        assertEquals(d, FourierTransforms.output(d).length);
    }

    private static double[] apply(final int d, final double[] a, final double[] b, final boolean invA,
                                  final boolean invB) {
        final double[] pa = mult(FourierTransforms.inputA(d, invA), a);
        final double[] pb = mult(FourierTransforms.inputB(d, invB), b);
        final double[] p = new double[pa.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = pa[i] * pb[i];
        }
        return mult(FourierTransforms.output(d), p);
    }

    private static double[] mult(final double[][] m, final double[] x) {
        final double[] y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (int k = 0; k < x.length; k++) {
                y[i] += m[i][k] * x[k];
            }
        }
        return y;
    }

    static double[] randomVector(final int d, final long seed) {
        final RandomState rng = new RandomState(seed);
        final double[] v = new double[d];
        double norm = 0;
        for (int i = 0; i < d; i++) {
            v[i] = rng.standardNormal();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < d; i++) {
            v[i] /= Math.sqrt(norm);
        }
        return v;
    }
}
