package dev.neurovec.network.synapses;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.processes.ProcessStep;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A triangular finite impulse response of length {@code t}, as Nengo's {@code Triangle}
 * (nengo-semantics.md §1.8): with {@code n = round(t/dt) + 1} taps and {@code S = n(n+1)/2},
 * {@code y[k] = sum_{j<n} ((n - j) / S) u[k-j]}. Evaluated recursively in O(n) adds and no multiplies
 * per sample beyond two: {@code Y += n0 u; Y -= sum(X); X[next] = ndiff u} with {@code n0 = n/S} and
 * {@code ndiff = 1/S}, where {@code X} is a ring of the last {@code n} scaled inputs.
 *
 * <p>State, in order: {@code "Y"} (sizeOut), {@code "X"} (n rows of sizeOut, row {@code r} of signal
 * {@code i} at {@code r * sizeOut + i}) and {@code "Xi"} (the ring position, one value).
 */
public final class Triangle extends Synapse {
    private final double t;

    /**
     * @param t the length of the triangle in seconds, at least 0
     * @throws IllegalArgumentException if {@code t < 0} or not finite
     */
    public Triangle(final double t) {
        if (!(t >= 0) || t == Double.POSITIVE_INFINITY) {
            throw new ValidationError("Triangle: t = " + t + "; expected t >= 0");
        }
        this.t = t;
    }

    /** @return the length of the triangle in seconds */
    public double t() {
        return t;
    }

    /**
     * @param dt the step in seconds
     * @return the number of taps, {@code round(t/dt) + 1} (numpy rounds halves to even, as {@code rint})
     */
    public int taps(final double dt) {
        if (!(dt > 0)) {
            throw new ValidationError(this + ": dt = " + dt + "; expected dt > 0");
        }
        return (int) Math.rint(t / dt) + 1;
    }

    @Override
    public Map<String, double[]> makeState(final int sizeIn, final int sizeOut, final double dt) {
        checkSizes(sizeIn, sizeOut);
        final Map<String, double[]> state = new LinkedHashMap<>();
        state.put("Y", new double[sizeOut]);
        state.put("X", new double[taps(dt) * sizeOut]);
        state.put("Xi", new double[1]);
        return state;
    }

    @Override
    public ProcessStep makeStep(final int sizeIn, final int sizeOut, final double dt, final RandomState rng,
                                final double[][] state) {
        checkSizes(sizeIn, sizeOut);
        final int n = taps(dt);
        if (state.length != 3 || state[0].length != sizeOut || state[1].length != n * sizeOut || state[2].length != 1) {
            throw new ValidationError(this + ": state does not match makeState for sizeOut = " + sizeOut
                + " and " + n + " taps");
        }
        final double sum = n * (n + 1) / 2.0;
        return new RingStep(n / sum, 1.0 / sum, n, sizeOut, state[0], state[1], state[2]);
    }

    private void checkSizes(final int sizeIn, final int sizeOut) {
        if (sizeIn != sizeOut || sizeOut < 0) {
            throw new ValidationError(this + ": sizeIn = " + sizeIn + ", sizeOut = " + sizeOut
                + "; expected equal sizes");
        }
    }

    /** The recursive FIR step over a ring of the last n scaled inputs. */
    private static final class RingStep implements ProcessStep {
        private final double n0;
        private final double ndiff;
        private final int taps;
        private final int size;
        private final double[] acc;
        private final double[] ring;
        private final double[] position;

        RingStep(final double n0, final double ndiff, final int taps, final int size, final double[] acc,
                 final double[] ring, final double[] position) {
            this.n0 = n0;
            this.ndiff = ndiff;
            this.taps = taps;
            this.size = size;
            this.acc = acc;
            this.ring = ring;
            this.position = position;
        }

        @Override
        public void step(final double time, final double[] u, final double[] y) {
            final double[] acc = this.acc;
            final double[] ring = this.ring;
            final int next = ((int) position[0] + 1) % taps;
            for (int i = 0; i < size; i++) {
                // Sum the ring first, then subtract, in Nengo's order of operations.
                double held = 0;
                for (int r = 0; r < taps; r++) {
                    held += ring[r * size + i];
                }
                final double v = (acc[i] + n0 * u[i]) - held;
                acc[i] = v;
                ring[next * size + i] = ndiff * u[i];
                y[i] = v;
            }
            position[0] = next;
        }
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Triangle tr && Double.compare(t, tr.t) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(t);
    }

    @Override
    public String toString() {
        return "Triangle(t=" + t + ")";
    }
}
