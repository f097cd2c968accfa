package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import java.util.Arrays;

/**
 * Unregularised least squares by truncated SVD, as Nengo's {@code Lstsq} (numpy's {@code lstsq}):
 * with {@code A = U S V^T}, {@code X = V S+ U^T Y}, where {@code S+} inverts the singular values
 * {@code s_i > rcond * max(s)} and zeroes the rest (numpy treats {@code s_i <= rcond * s_max} as zero).
 * Nengo's default {@code rcond = 0.01} makes this a strong spectral cut-off, not a mere safeguard.
 */
public final class Lstsq implements Solver {
    private final double rcond;
    private final boolean weights;

    /** Nengo's defaults: {@code rcond = 0.01}, decoders. */
    public Lstsq() {
        this(0.01, false);
    }

    /**
     * @param rcond   relative cut-off for small singular values, at least 0
     * @param weights solve for a full weight matrix instead of decoders
     * @throws IllegalArgumentException if {@code rcond < 0}
     */
    public Lstsq(final double rcond, final boolean weights) {
        if (!(rcond >= 0) || rcond == Double.POSITIVE_INFINITY) {
            throw new ValidationError("Lstsq: rcond = " + rcond + "; expected rcond >= 0");
        }
        this.rcond = rcond;
        this.weights = weights;
    }

    /** @return the relative singular-value cut-off */
    public double rcond() {
        return rcond;
    }

    @Override
    public boolean weights() {
        return weights;
    }

    @Override
    public SolverResult solve(final double[][] activities, final double[][] targets, final RandomState rng) {
        final LeastSquaresSystem sys = LeastSquaresSystem.of("Lstsq", activities, targets);
        final SingularValueDecomposition_F64<DMatrixRMaj> svd =
            DecompositionFactory_DDRM.svd(sys.m, sys.n, true, true, true);
        if (!svd.decompose(sys.a.copy())) {
            throw new IllegalStateException("Lstsq: SVD of the " + sys.m + " x " + sys.n
                + " activity matrix did not converge");
        }
        final DMatrixRMaj u = svd.getU(null, false);
        final DMatrixRMaj v = svd.getV(null, false);
        final double[] s = svd.getSingularValues();
        final int k = svd.numberOfSingularValues();
        double sMax = 0;
        for (int i = 0; i < k; i++) {
            sMax = Math.max(sMax, s[i]);
        }
        final double cutoff = rcond * sMax;
        final DMatrixRMaj x = new DMatrixRMaj(sys.n, sys.d);
        final double[] uty = new double[sys.d];
        for (int i = 0; i < k; i++) {
            if (!(s[i] > cutoff) || s[i] == 0) {
                continue;
            }
            // x += v_i (u_i^T Y) / s_i, one singular triplet at a time.
            Arrays.fill(uty, 0.0);
            for (int r = 0; r < sys.m; r++) {
                final double uri = u.get(r, i);
                for (int j = 0; j < sys.d; j++) {
                    uty[j] += uri * sys.y.data[r * sys.d + j];
                }
            }
            for (int c = 0; c < sys.n; c++) {
                final double vci = v.get(c, i) / s[i];
                for (int j = 0; j < sys.d; j++) {
                    x.data[c * sys.d + j] += vci * uty[j];
                }
            }
        }
        return sys.result(x);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Lstsq s && Double.compare(rcond, s.rcond) == 0 && weights == s.weights;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(rcond) * 31 + Boolean.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Lstsq(rcond=" + rcond + (weights ? ", weights=True)" : ")");
    }
}
