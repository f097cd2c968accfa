package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;

import java.util.Arrays;

/**
 * Band-limited periodic white noise, designed in the frequency domain, as Nengo's {@code WhiteSignal}
 * (nengo-semantics.md §1.9): equal expected power at every frequency up to {@code high} and none
 * above, with root-mean-square {@code rms}, repeating every {@code period} seconds.
 *
 * <p>With {@code n = ceil(period / dt / 2)} and {@code sigma = rms sqrt(1/2)}: draw {@code n + 1}
 * complex coefficients per dimension, all imaginary parts first ({@code normal(0, sigma, (n+1, d))} in
 * C order) and then all real parts, as Nengo does ({@code 1j * normal(...) + normal(...)}); zero the DC
 * term, the Nyquist term's imaginary part, and every coefficient whose frequency {@code k / (2 n dt)}
 * exceeds {@code high}; divide by {@code sqrt(1 - zeroed / n)} to restore the power; multiply by
 * {@code sqrt(2n)}; and invert the real DFT to {@code 2n} samples. The step returns sample
 * {@code round(t / dt) mod 2n} (round half to even, as Python). With {@code y0}, each dimension is
 * rotated so that the first step ({@code t = dt}) returns the sample closest to {@code y0}.
 */
public final class WhiteSignal extends Process {
    private final double period;
    private final double high;
    private final double rms;
    private final Double y0;

    /**
     * Unseeded, {@code rms = 0.5}, no start alignment.
     *
     * @param period repetition period in seconds, greater than 0
     * @param high   cut-off frequency in Hz, at least {@code 1 / period}
     */
    public WhiteSignal(final double period, final double high) {
        this(period, high, 0.5, null, null);
    }

    /**
     * @param period repetition period in seconds, greater than 0
     * @param high   cut-off frequency in Hz, at least {@code 1 / period} (and at most the Nyquist
     *               frequency {@code 1 / (2 dt)}, checked when the step is made)
     * @param rms    root-mean-square amplitude, greater than 0
     * @param y0     value to start each dimension near, or null to start at sample 1
     * @param seed   explicit seed, or null to take one from the simulator
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public WhiteSignal(final double period, final double high, final double rms, final Double y0, final Long seed) {
        super(seed);
        if (!(period > 0) || period == Double.POSITIVE_INFINITY) {
            throw new ValidationError("WhiteSignal: period = " + period + "; expected period > 0");
        }
        if (!(rms > 0) || rms == Double.POSITIVE_INFINITY) {
            throw new ValidationError("WhiteSignal: rms = " + rms + "; expected rms > 0");
        }
        if (!(high >= 1.0 / period) || high == Double.POSITIVE_INFINITY) {
            throw new ValidationError("WhiteSignal: high = " + high + ", period = " + period
                + "; expected high >= 1/period (" + 1.0 / period + " Hz) to produce a non-zero signal");
        }
        if (y0 != null && !Double.isFinite(y0)) {
            throw new ValidationError("WhiteSignal: y0 = " + y0 + "; expected a finite value or null");
        }
        this.period = period;
        this.high = high;
        this.rms = rms;
        this.y0 = y0;
    }

    /** @return the repetition period in seconds */
    public double period() {
        return period;
    }

    /** @return the cut-off frequency in Hz */
    public double high() {
        return high;
    }

    /** @return the root-mean-square amplitude */
    public double rms() {
        return rms;
    }

    /** @return the start value, or null */
    public Double y0() {
        return y0;
    }

    @Override
    public int defaultSizeIn() {
        return 0;
    }

    @Override
    public int defaultSizeOut() {
        return 1;
    }

    @Override
    public ProcessStep makeStep(final int sizeIn, final int sizeOut, final double dt, final RandomState rng,
                                final double[][] state) {
        Steps.checkSource(this, sizeIn, sizeOut, dt, rng);
        final double nyquist = 0.5 / dt;
        if (high > nyquist) {
            throw new ValidationError("WhiteSignal: high = " + high + " Hz exceeds the Nyquist frequency "
                + nyquist + " Hz for dt = " + dt + "; expected high <= 1/(2 dt)");
        }
        final double[] signal = generate(sizeOut, dt, rng);
        final int len = signal.length / Math.max(sizeOut, 1);
        return (t, x, y) -> {
            final int row = Math.floorMod((long) Math.rint(t / dt), len);
            System.arraycopy(signal, row * sizeOut, y, 0, sizeOut);
        };
    }

    /**
     * @return {@code 2n} samples of {@code d} signals, flattened row-major, already rotated for {@code y0}
     */
    double[] generate(final int d, final double dt, final RandomState rng) {
        final int n = (int) Math.ceil(period / dt / 2.0);
        final double sigma = rms * Math.sqrt(0.5);
        final double[][] im = normals(n + 1, d, sigma, rng);
        final double[][] re = normals(n + 1, d, sigma, rng);
        final double binHz = 1.0 / (2 * n * dt);
        int zeroed = 0;
        for (int k = 0; k <= n; k++) {
            if (k * binHz > high) {
                zeroed++;
                Arrays.fill(re[k], 0.0);
                Arrays.fill(im[k], 0.0);
            }
        }
        Arrays.fill(re[0], 0.0);
        Arrays.fill(im[0], 0.0);
        Arrays.fill(im[n], 0.0);
        final double correction = Math.sqrt(1.0 - (double) zeroed / n);
        final double scale = Math.sqrt(2.0 * n);
        for (int k = 0; k <= n; k++) {
            for (int i = 0; i < d; i++) {
                if (correction > 0) {
                    re[k][i] /= correction;
                    im[k][i] /= correction;
                }
                re[k][i] *= scale;
                im[k][i] *= scale;
            }
        }
        final double[] signal = InverseRealDft.inverse(re, im, n, d);
        return y0 == null ? signal : alignToStart(signal, 2 * n, d);
    }

    private static double[][] normals(final int rows, final int cols, final double sigma, final RandomState rng) {
        final double[][] out = new double[rows][cols];
        for (int k = 0; k < rows; k++) {
            for (int i = 0; i < cols; i++) {
                out[k][i] = rng.normal(0.0, sigma);
            }
        }
        return out;
    }

    /**
     * Rotates each column so that row 1 (the row the step returns at {@code t = dt}) holds the first
     * sample closest to {@code y0}: {@code new[j] = old[(j + offset - 1) mod len]}.
     */
    private double[] alignToStart(final double[] signal, final int len, final int d) {
        final double target = y0;
        final double[] out = new double[signal.length];
        for (int i = 0; i < d; i++) {
            int offset = 0;
            for (int j = 1; j < len; j++) {
                if (Math.abs(target - signal[j * d + i]) < Math.abs(target - signal[offset * d + i])) {
                    offset = j;
                }
            }
            for (int j = 0; j < len; j++) {
                out[j * d + i] = signal[Math.floorMod(j + offset - 1, len) * d + i];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "WhiteSignal(period=" + period + ", high=" + high + ", rms=" + rms + ")";
    }
}
