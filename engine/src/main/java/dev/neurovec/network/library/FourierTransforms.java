package dev.neurovec.network.library;

/**
 * The fixed matrices that turn circular convolution into element-wise products, derived from the
 * discrete Fourier transform of real vectors.
 *
 * <p>For real {@code a, b} of length {@code D}, {@code c = a (*) b} has DFT {@code C_k = A_k B_k}, and
 * {@code k = 0 .. D/2} (integer division) suffices because the rest are conjugates. Writing
 * {@code A_k = Ar + i Ai}, each {@code C_k} needs four real products, laid out at
 * {@code 4k .. 4k+3}:
 *
 * <pre>
 *   index   4k      4k+1    4k+2    4k+3
 *   from a  Ar      Ai      Ar      Ai
 *   from b  Br      Bi      Bi      Br
 *   product Ar Br   Ai Bi   Ar Bi   Ai Br      Re C_k = p0 - p1,  Im C_k = p2 + p3
 * </pre>
 *
 * The inverse transform then gives {@code c_n = (1/D) sum_k w_k (Re C_k cos t - Im C_k sin t)} with
 * {@code t = 2 pi k n / D}, {@code w_0 = 1}, {@code w_{D/2} = 1} for even {@code D}, and 2 otherwise.
 * Inverting an input (Nengo's {@code invert_a}) uses {@code a_{-n mod D}}, whose DFT is the conjugate:
 * the imaginary rows change sign. Rows that are identically zero (the imaginary part of
 * {@code k = 0}) are kept, as Nengo keeps them, so the product has {@code 4 (D/2 + 1)} dimensions.
 */
final class FourierTransforms {
    private FourierTransforms() {
    }

    /**
     * @param dimensions D
     * @return the number of element-wise products, {@code 4 * (D / 2 + 1)}
     */
    static int productDimensions(final int dimensions) {
        return 4 * (dimensions / 2 + 1);
    }

    /**
     * The matrix taking {@code a} to the product's first inputs.
     *
     * @param dimensions D
     * @param invert     whether to use the involution {@code a_{-n mod D}} instead of {@code a}
     * @return {@code productDimensions(D) x D}
     */
    static double[][] inputA(final int dimensions, final boolean invert) {
        // pattern of (real?, imaginary?) per product index 4k+j for the first factor
        return input(dimensions, invert, new boolean[] {true, false, true, false});
    }

    /**
     * The matrix taking {@code b} to the product's second inputs.
     *
     * @param dimensions D
     * @param invert     whether to use the involution {@code b_{-n mod D}} instead of {@code b}
     * @return {@code productDimensions(D) x D}
     */
    static double[][] inputB(final int dimensions, final boolean invert) {
        return input(dimensions, invert, new boolean[] {true, false, false, true});
    }

    private static double[][] input(final int d, final boolean invert, final boolean[] real) {
        final int m = productDimensions(d);
        final double[][] t = new double[m][d];
        for (int row = 0; row < m; row++) {
            final int k = row / 4;
            for (int n = 0; n < d; n++) {
                final double theta = angle(k, n, d);
                // forward DFT: A_k = sum_n a_n (cos theta - i sin theta)
                final double imag = -Math.sin(theta);
                t[row][n] = real[row % 4] ? Math.cos(theta) : invert ? -imag : imag;
            }
        }
        return t;
    }

    /**
     * The matrix taking the products back to {@code c}: the inverse DFT of the half spectrum.
     *
     * @param dimensions D
     * @return {@code D x productDimensions(D)}
     */
    static double[][] output(final int dimensions) {
        final int d = dimensions;
        final int m = productDimensions(d);
        final double[][] t = new double[d][m];
        for (int n = 0; n < d; n++) {
            for (int k = 0; k <= d / 2; k++) {
                final double w = (k == 0 || 2 * k == d) ? 1.0 : 2.0;
                final double theta = angle(k, n, d);
                final double cos = w * Math.cos(theta) / d;
                final double sin = w * Math.sin(theta) / d;
                t[n][4 * k] = cos;
                t[n][4 * k + 1] = -cos;
                t[n][4 * k + 2] = -sin;
                t[n][4 * k + 3] = -sin;
            }
        }
        return t;
    }

    /** Reduces {@code k n} modulo D first so the angle stays exact for large products. */
    private static double angle(final int k, final int n, final int d) {
        return 2 * Math.PI * (((long) k * n) % d) / d;
    }
}
