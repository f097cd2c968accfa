package dev.neurovec.network;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.RandomState;

/**
 * A dense linear transform on a connection, as Nengo's {@code nengo.Dense}: a scalar or a vector
 * (element-wise, so the sizes on both sides must match), a matrix (size_out x size_mid), or a
 * distribution sampled into a matrix at build.
 */
public final class Dense {
    private final double scalar;
    private final double[] diagonal;
    private final double[][] matrix;
    private final Distribution distribution;

    private Dense(final double scalar, final double[] diagonal, final double[][] matrix, final Distribution dist) {
        this.scalar = scalar;
        this.diagonal = diagonal;
        this.matrix = matrix;
        this.distribution = dist;
    }

    static Dense scalar(final double value) {
        return new Dense(value, null, null, null);
    }

    static Dense diagonal(final double[] values) {
        return new Dense(Double.NaN, values.clone(), null, null);
    }

    static Dense matrix(final double[][] values) {
        final double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return new Dense(Double.NaN, null, copy, null);
    }

    static Dense sampled(final Distribution dist) {
        return new Dense(Double.NaN, null, null, dist);
    }

    /** @return true for a scalar or vector transform, which Nengo applies element-wise */
    public boolean elementwise() {
        return matrix == null && distribution == null;
    }

    /** @return true for the scalar 1 (no transform at all) */
    public boolean isIdentityScalar() {
        return diagonal == null && matrix == null && distribution == null && scalar == 1.0;
    }

    /** @return the declared number of rows, or -1 when it follows the connection */
    public int rows() {
        return matrix != null ? matrix.length : diagonal != null ? diagonal.length : -1;
    }

    /** @return the declared number of columns, or -1 when it follows the connection */
    public int cols() {
        return matrix != null ? (matrix.length == 0 ? 0 : matrix[0].length) : diagonal != null ? diagonal.length : -1;
    }

    /** @return the distribution, or null */
    public Distribution distribution() {
        return distribution;
    }

    /**
     * The element-wise gains of a scalar or vector transform.
     *
     * @param size the connection size
     * @return per-element gains (a new array)
     */
    public double[] elementwiseGains(final int size) {
        final double[] g = new double[size];
        for (int i = 0; i < size; i++) {
            g[i] = diagonal != null ? diagonal[i] : scalar;
        }
        return g;
    }

    /**
     * The full matrix for a size_out x size_mid connection (element-wise transforms become diagonal).
     * A distribution draws {@code sample(rows, cols)} from the connection's stream.
     *
     * @param rows size_out
     * @param cols size_mid
     * @param rng  the connection's stream
     * @return a new matrix
     */
    public double[][] toMatrix(final int rows, final int cols, final RandomState rng) {
        if (distribution != null) {
            return distribution.sample(rows, cols, rng);
        }
        if (matrix != null) {
            final double[][] copy = new double[rows][];
            for (int i = 0; i < rows; i++) {
                copy[i] = matrix[i].clone();
            }
            return copy;
        }
        final double[][] m = new double[rows][cols];
        final double[] g = elementwiseGains(rows);
        for (int i = 0; i < rows; i++) {
            m[i][i] = g[i];
        }
        return m;
    }

    @Override
    public String toString() {
        if (distribution != null) {
            return "Dense(" + distribution + ")";
        }
        if (matrix != null) {
            return "Dense(matrix " + rows() + "x" + cols() + ")";
        }
        return diagonal != null ? "Dense(diagonal " + diagonal.length + ")" : "Dense(" + scalar + ")";
    }
}
