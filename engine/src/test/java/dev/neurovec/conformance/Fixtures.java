package dev.neurovec.conformance;

import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.neurons.RegularSpiking;
import dev.neurovec.network.neurons.Sigmoid;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import dev.neurovec.network.neurons.Tanh;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Shared inputs of the conformance contracts: Nengo's neuron-type fixtures and small array
 * builders. Random arrays come from a seeded {@link RandomState}, as Nengo's {@code rng} fixture is
 * deterministic per test.
 */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * Nengo's {@code NonDirectNeuronType} fixture (nengo-semantics.md §7.1): LIF, LIFRate,
     * RectifiedLinear, Sigmoid, SpikingRectifiedLinear, Tanh and the tests' SpikingTanh, which is
     * {@code RegularSpiking(Tanh())}.
     */
    static Stream<NeuronType> nonDirectNeuronTypes() {
        return Stream.of(new Lif(), new LifRate(), new RectifiedLinear(), new Sigmoid(), new SpikingRectifiedLinear(),
            new Tanh(), new RegularSpiking(new Tanh()));
    }

    static double[] uniform(final RandomState rng, final int n, final double low, final double high) {
        final double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.uniform(low, high);
        }
        return v;
    }

    static double[] filled(final int n, final double value) {
        final double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }

    static double[][] filled(final int rows, final int cols, final double value) {
        final double[][] m = new double[rows][cols];
        for (double[] r : m) {
            Arrays.fill(r, value);
        }
        return m;
    }

    static double[] linspace(final double from, final double to, final int n) {
        final double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + (to - from) * i / (n - 1);
        }
        return v;
    }

    /** @return times {@code dt * (1..n)}, Nengo's {@code trange} */
    static double[] times(final double dt, final int n) {
        final double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = dt * (i + 1);
        }
        return t;
    }

    static double[][] matmulT(final double[][] x, final double[][] t) {
        // rows of x times the transpose of t: y[k] = T x[k]
        final double[][] y = new double[x.length][t.length];
        for (int k = 0; k < x.length; k++) {
            for (int r = 0; r < t.length; r++) {
                double s = 0;
                for (int c = 0; c < t[r].length; c++) {
                    s += t[r][c] * x[k][c];
                }
                y[k][r] = s;
            }
        }
        return y;
    }

    static boolean bitIdentical(final double[][] a, final double[][] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) {
                return false;
            }
            for (int k = 0; k < a[i].length; k++) {
                if (Double.doubleToRawLongBits(a[i][k]) != Double.doubleToRawLongBits(b[i][k])) {
                    return false;
                }
            }
        }
        return true;
    }
}
