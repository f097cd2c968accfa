package dev.neurovec.network.neurons;

import dev.neurovec.errors.ValidationError;

import java.util.Arrays;

/**
 * Gain/bias for neuron types without a closed form (nengo-semantics.md §1.7 "Generic gain_bias"):
 * rates come from simulating the model for one second at constant current, and the threshold and
 * top currents are found by a widening search and linear interpolation.
 */
final class NumericGainBias {
    private static final double DT = 0.001;
    private static final double SETTLE_S = 0.001;
    private static final double SIM_S = 1.0;
    private static final int SAMPLES = 101;
    private static final int MAX_DOUBLINGS = 10;

    private NumericGainBias() {
    }

    static double settledRate(final NeuronType type, final double j) {
        return settledRates(type, new double[] {j})[0];
    }

    /** Firing rates after settling: spikes counted over one simulated second from a zero state. */
    static double[] settledRates(final NeuronType type, final double[] j) {
        final int n = j.length;
        final double[][] state = new double[type.stateNames().size()][n];
        final double[] out = new double[n];
        final int settleSteps = (int) Math.round(SETTLE_S / DT);
        final int simSteps = (int) Math.round(SIM_S / DT);
        for (int s = 0; s < settleSteps; s++) {
            type.step(DT, j, out, state);
        }
        final double[] total = new double[n];
        for (int s = 0; s < simSteps; s++) {
            type.step(DT, j, out, state);
            for (int i = 0; i < n; i++) {
                total[i] += out[i];
            }
        }
        for (int i = 0; i < n; i++) {
            total[i] *= DT / SIM_S;
        }
        return total;
    }

    static GainBias gainBias(final NeuronType type, final double[] maxRates, final double[] intercepts) {
        NeuronType.requireSameLength(type.toString(), maxRates, intercepts, "maxRates/intercepts");
        final double maxRate = Arrays.stream(maxRates).max().orElse(0);
        double range = 10.0;
        double jThreshold = Double.NaN;
        double jMax = Double.NaN;
        for (int attempt = 0; attempt <= MAX_DOUBLINGS && (Double.isNaN(jThreshold) || Double.isNaN(jMax));
             attempt++) {
            final double[] js = linspace(-range, range, SAMPLES);
            final double[] r = settledRates(type, js);
            jThreshold = Double.NaN;
            jMax = Double.NaN;
            for (int i = 0; i < js.length; i++) {
                if (r[i] <= 0) {
                    jThreshold = js[i];
                }
            }
            for (int i = 0; i < js.length; i++) {
                if (r[i] >= maxRate) {
                    jMax = js[i];
                    break;
                }
            }
            range *= 2;
        }
        if (Double.isNaN(jThreshold) || Double.isNaN(jMax)) {
            throw new ValidationError(type + ": could not find currents reaching maxRates up to "
                + maxRate + " Hz within |J| <= " + range / 2);
        }
        final double[] js = linspace(jThreshold, jMax, SAMPLES);
        final double[] r = settledRates(type, js);
        final double[] gain = new double[maxRates.length];
        final double[] bias = new double[maxRates.length];
        for (int i = 0; i < maxRates.length; i++) {
            final double jTop = interp(maxRates[i], r, js);
            gain[i] = (jThreshold - jTop) / (intercepts[i] - 1);
            bias[i] = jTop - gain[i];
        }
        return new GainBias(gain, bias);
    }

    static MaxRatesIntercepts maxRatesIntercepts(final NeuronType type, final double[] gain, final double[] bias) {
        NeuronType.requireSameLength(type.toString(), gain, bias, "gain/bias");
        final int n = gain.length;
        final double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        final double[] maxRates = type.rates(ones, gain, bias);
        final double[] xs = linspace(-1, 1, SAMPLES);
        final double[] intercepts = new double[n];
        for (int i = 0; i < n; i++) {
            final double[] g = new double[SAMPLES];
            final double[] b = new double[SAMPLES];
            Arrays.fill(g, gain[i]);
            Arrays.fill(b, bias[i]);
            final double[] r = type.rates(xs, g, b);
            double last = xs[0];
            for (int k = 0; k < SAMPLES; k++) {
                if (r[k] <= 0) {
                    last = xs[k];
                }
            }
            intercepts[i] = last;
        }
        return new MaxRatesIntercepts(maxRates, intercepts);
    }

    static double[] linspace(final double a, final double b, final int n) {
        final double[] out = new double[n];
        final double step = (b - a) / (n - 1);
        for (int i = 0; i < n; i++) {
            out[i] = a + i * step;
        }
        out[n - 1] = b;
        return out;
    }

    /** numpy.interp: piecewise linear in increasing {@code xp}, clamped at the ends. */
    static double interp(final double x, final double[] xp, final double[] fp) {
        if (x <= xp[0]) {
            return fp[0];
        }
        if (x >= xp[xp.length - 1]) {
            return fp[fp.length - 1];
        }
        int k = 0;
        while (xp[k + 1] < x) {
            k++;
        }
        final double w = (x - xp[k]) / (xp[k + 1] - xp[k]);
        return fp[k] + w * (fp[k + 1] - fp[k]);
    }
}
