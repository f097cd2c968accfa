package dev.neurovec.network.processes;

/**
 * The inverse of a real discrete Fourier transform ({@code numpy.fft.irfft}) of even length
 * {@code N = 2n} from its {@code n + 1} non-negative-frequency coefficients {@code X_k}:
 * {@code x_j = (1/N) [Re X_0 + Re X_n (-1)^j + 2 sum_{k=1}^{n-1} (Re X_k cos(2 pi k j / N)
 * - Im X_k sin(2 pi k j / N))]}, the imaginary parts of {@code X_0} and {@code X_n} being ignored.
 * Evaluated directly, skipping zero coefficients, with a table of {@code cos} and {@code sin} at the
 * N roots of unity: O(N K) for K non-zero coefficients, which for a band-limited signal is far below
 * N (and never worse than N^2 / 2, acceptable once per process build).
 */
final class InverseRealDft {

    private InverseRealDft() {
    }

    /**
     * @param re   real parts, n + 1 rows of {@code d} (row k, column i)
     * @param im   imaginary parts, same shape
     * @param n    half the output length, at least 1
     * @param d    number of independent signals
     * @return the signals, {@code 2n} rows of {@code d}, flattened row-major ({@code x[j * d + i]})
     */
    static double[] inverse(final double[][] re, final double[][] im, final int n, final int d) {
        final int len = 2 * n;
        final double[] cos = new double[len];
        final double[] sin = new double[len];
        for (int r = 0; r < len; r++) {
            final double angle = 2 * Math.PI * r / len;
            cos[r] = Math.cos(angle);
            sin[r] = Math.sin(angle);
        }
        final double[] x = new double[len * d];
        final int[] nonZero = new int[n];
        for (int i = 0; i < d; i++) {
            int count = 0;
            for (int k = 1; k < n; k++) {
                if (re[k][i] != 0 || im[k][i] != 0) {
                    nonZero[count++] = k;
                }
            }
            for (int j = 0; j < len; j++) {
                double sum = re[0][i] + ((j & 1) == 0 ? re[n][i] : -re[n][i]);
                for (int q = 0; q < count; q++) {
                    final int k = nonZero[q];
                    final int r = (int) ((long) k * j % len);
                    sum += 2 * (re[k][i] * cos[r] - im[k][i] * sin[r]);
                }
                x[j * d + i] = sum / len;
            }
        }
        return x;
    }
}
