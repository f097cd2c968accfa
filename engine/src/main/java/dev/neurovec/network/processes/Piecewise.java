package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;

import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A piecewise function of time given by values at key times, as Nengo's {@code Piecewise}
 * (nengo-semantics.md §1.9). With keys {@code t_0 < ... < t_{m-1}}:
 * <ul>
 *   <li>{@link Interpolation#ZERO} (zero-order hold, the default): value {@code i} from {@code t_i}
 *   until the next key, and zero before {@code t_0}. The step at time {@code t} takes the last key
 *   strictly below {@code t + dt/2} ({@code searchsorted(times, t + dt/2) - 1}), so a key counts from
 *   the step nearest to it and keys that fall mid-step resolve to the later step;</li>
 *   <li>{@link Interpolation#LINEAR} and {@link Interpolation#SLINEAR}: linear interpolation between
 *   neighbouring keys ({@code scipy.interpolate.interp1d}), and zero outside {@code [t_0, t_{m-1}]}
 *   (Nengo's {@code fill_value=0}), so the value drops to zero after the last key;</li>
 *   <li>{@link Interpolation#NEAREST}: the value of the nearest key (ties to the earlier key, as
 *   scipy), zero outside {@code [t_0, t_{m-1}]}.</li>
 * </ul>
 * Unlike Nengo, values are arrays only (no callables).
 */
public final class Piecewise extends Process {

    /** Interpolation between keys; the names are scipy's {@code interp1d} kinds. */
    public enum Interpolation {
        /** Zero-order hold. */
        ZERO("zero"),
        /** Linear between keys, zero outside. */
        LINEAR("linear"),
        /** scipy's first-order spline: the same line as {@link #LINEAR}. */
        SLINEAR("slinear"),
        /** Nearest key, zero outside. */
        NEAREST("nearest"),
        /** Quadratic spline: not supported. */
        QUADRATIC("quadratic"),
        /** Cubic spline: not supported. */
        CUBIC("cubic");

        private final String scipyName;

        Interpolation(final String scipyName) {
            this.scipyName = scipyName;
        }

        @Override
        public String toString() {
            return scipyName;
        }
    }

    private final double[] times;
    private final double[][] values;
    private final Interpolation interpolation;

    /**
     * Zero-order hold.
     *
     * @param data key times (finite) to values (all the same non-zero length)
     */
    public Piecewise(final NavigableMap<Double, double[]> data) {
        this(data, Interpolation.ZERO);
    }

    /**
     * @param data          key times (finite) to values (all the same non-zero length); copied
     * @param interpolation how to fill between keys
     * @throws IllegalArgumentException      if the data are empty, ragged or not finite, or too few keys
     *                                       for the interpolation
     * @throws UnsupportedOperationException for {@link Interpolation#QUADRATIC} and {@link Interpolation#CUBIC}
     */
    public Piecewise(final NavigableMap<Double, double[]> data, final Interpolation interpolation) {
        super(null);
        if (interpolation == Interpolation.QUADRATIC || interpolation == Interpolation.CUBIC) {
            throw new UnsupportedOperationException("Piecewise: interpolation '" + interpolation
                + "' is not supported; scipy's quadratic and cubic splines are not implemented, only 'zero', "
                + "'linear', 'slinear' and 'nearest'");
        }
        if (interpolation == null) {
            throw new ValidationError("Piecewise: interpolation = null; expected an interpolation");
        }
        if (data == null || data.isEmpty()) {
            throw new ValidationError("Piecewise: data is empty; expected at least one time");
        }
        final int needed = interpolation == Interpolation.LINEAR || interpolation == Interpolation.SLINEAR ? 2 : 1;
        if (data.size() < needed) {
            throw new ValidationError("Piecewise: data has " + data.size() + " time; expected at least "
                + needed + " for '" + interpolation + "' interpolation");
        }
        this.times = new double[data.size()];
        this.values = new double[data.size()][];
        int k = 0;
        int size = -1;
        for (final Map.Entry<Double, double[]> e : data.entrySet()) {
            final double t = e.getKey();
            final double[] v = e.getValue();
            if (!Double.isFinite(t)) {
                throw new ValidationError("Piecewise: time " + t + "; expected finite times");
            }
            if (v == null || v.length == 0 || (size >= 0 && v.length != size)) {
                throw new ValidationError("Piecewise: time " + t + " has " + (v == null ? 0 : v.length)
                    + " values; expected " + (size >= 0 ? size : "at least 1"));
            }
            size = v.length;
            times[k] = t;
            values[k] = v.clone();
            k++;
        }
        this.interpolation = interpolation;
    }

    /** @return the interpolation */
    public Interpolation interpolation() {
        return interpolation;
    }

    @Override
    public int defaultSizeIn() {
        return 0;
    }

    @Override
    public int defaultSizeOut() {
        return values[0].length;
    }

    @Override
    public ProcessStep makeStep(final int sizeIn, final int sizeOut, final double dt, final RandomState rng,
                                final double[][] state) {
        if (sizeIn != 0 || sizeOut != values[0].length) {
            throw new ValidationError(this + ": sizeIn = " + sizeIn + ", sizeOut = " + sizeOut
                + "; expected 0 and " + values[0].length);
        }
        final double[] ts = times;
        final double[][] vs = values;
        switch (interpolation) {
            case ZERO:
                return (t, x, y) -> {
                    final int i = countBelow(ts, t + 0.5 * dt) - 1;
                    if (i < 0) {
                        Arrays.fill(y, 0, sizeOut, 0.0);
                    } else {
                        System.arraycopy(vs[i], 0, y, 0, sizeOut);
                    }
                };
            case NEAREST:
                final double[] midpoints = new double[ts.length - 1];
                for (int k = 0; k < midpoints.length; k++) {
                    midpoints[k] = (ts[k + 1] + ts[k]) / 2.0;
                }
                return (t, x, y) -> nearest(ts, midpoints, vs, t, y, sizeOut);
            default:
                return (t, x, y) -> linear(ts, vs, t, y, sizeOut);
        }
    }

    /** {@code searchsorted(ts, v, side="left")}: the number of times strictly below {@code v}. */
    private static int countBelow(final double[] ts, final double v) {
        int lo = 0;
        int hi = ts.length;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (ts[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** scipy's linear {@code interp1d}: {@code y_lo + (y_hi - y_lo) / (t_hi - t_lo) * (t - t_lo)}, zero outside. */
    private static void linear(final double[] ts, final double[][] vs, final double t, final double[] y,
                               final int size) {
        if (!(t >= ts[0] && t <= ts[ts.length - 1])) {
            Arrays.fill(y, 0, size, 0.0);
            return;
        }
        final int hi = Math.min(Math.max(countBelow(ts, t), 1), ts.length - 1);
        final int lo = hi - 1;
        final double span = ts[hi] - ts[lo];
        final double offset = t - ts[lo];
        for (int i = 0; i < size; i++) {
            y[i] = (vs[hi][i] - vs[lo][i]) / span * offset + vs[lo][i];
        }
    }

    /**
     * scipy's nearest {@code interp1d}: the key whose midpoint bracket holds {@code t}, i.e. index
     * {@code searchsorted(midpoints, t, side="left")} (ties go to the earlier key); zero outside.
     */
    private static void nearest(final double[] ts, final double[] midpoints, final double[][] vs, final double t,
                                final double[] y, final int size) {
        if (!(t >= ts[0] && t <= ts[ts.length - 1])) {
            Arrays.fill(y, 0, size, 0.0);
            return;
        }
        System.arraycopy(vs[countBelow(midpoints, t)], 0, y, 0, size);
    }

    @Override
    public String toString() {
        return "Piecewise(<" + times.length + " times from " + times[0] + " to " + times[times.length - 1]
            + ">, interpolation='" + interpolation + "')";
    }
}
