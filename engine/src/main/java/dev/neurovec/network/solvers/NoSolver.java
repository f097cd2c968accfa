package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;

import java.util.Arrays;

/**
 * Returns given decoders (or zeros) without solving, as Nengo's {@code NoSolver}: the way to inject
 * decoders trained elsewhere. No residuals are computed, so the result's {@code rmses} are NaN, as
 * Nengo's {@code info} has no {@code "rmses"} entry for it.
 */
public final class NoSolver implements Solver {
    private final double[][] values;
    private final boolean weights;

    /** Zero decoders, Nengo's default. */
    public NoSolver() {
        this(null, false);
    }

    /**
     * @param values  decoders, n_neurons x size_out, copied; null for zeros of the solved shape
     * @param weights treat the values as a full weight matrix's factors (as Nengo's flag)
     * @throws IllegalArgumentException if the values are empty or ragged
     */
    public NoSolver(final double[][] values, final boolean weights) {
        if (values != null) {
            if (values.length == 0 || values[0].length == 0) {
                throw new ValidationError("NoSolver: values is " + values.length + " x "
                    + (values.length == 0 ? 0 : values[0].length) + "; expected at least one row and one column");
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i].length != values[0].length) {
                    throw new ValidationError("NoSolver: values row " + i + " has " + values[i].length
                        + " elements; expected " + values[0].length);
                }
            }
        }
        this.values = values == null ? null : copy(values);
        this.weights = weights;
    }

    /** @return a copy of the given decoders, or null when zeros are returned */
    public double[][] values() {
        return values == null ? null : copy(values);
    }

    @Override
    public boolean weights() {
        return weights;
    }

    @Override
    public SolverResult solve(final double[][] activities, final double[][] targets, final RandomState rng) {
        final LeastSquaresSystem sys = LeastSquaresSystem.of("NoSolver", activities, targets);
        final double[][] x;
        if (values == null) {
            x = new double[sys.n][sys.d];
        } else {
            if (values.length != sys.n) {
                throw new ValidationError("NoSolver: values has " + values.length
                    + " rows; expected one per neuron (" + sys.n + ")");
            }
            x = copy(values);
        }
        final double[] rmses = new double[x[0].length];
        Arrays.fill(rmses, Double.NaN);
        return new SolverResult(x, rmses);
    }

    private static double[][] copy(final double[][] a) {
        final double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof NoSolver s && Arrays.deepEquals(values, s.values) && weights == s.weights;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values) * 31 + Boolean.hashCode(weights);
    }

    @Override
    public String toString() {
        return "NoSolver(" + (values == null ? "" : "values=<" + values.length + " x " + values[0].length + ">")
            + (weights ? (values == null ? "" : ", ") + "weights=True" : "") + ")";
    }
}
