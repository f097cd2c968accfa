package dev.neurovec.network.dists;

import dev.neurovec.errors.ValidationError;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Quasirandom points on the surface, or in the volume, of the unit hypersphere, as Nengo's
 * {@code ScatteredHypersphere} (nengo-semantics.md §1.10): Nengo's default for encoders (surface) and
 * eval points (volume). Points from the base sequence (default {@link QuasirandomSequence}) on the
 * unit cube are mapped to the sphere by the spherical-coordinate transform (SCT) of Fang and Wang, then
 * multiplied by a random rotation.
 *
 * <p>For {@code d >= 2}: the surface draws {@code c = base.sample(n, d - 1)}; the volume draws
 * {@code base.sample(n, d)} and takes the last column as a radius {@code r = (m + (1 - m) u)^(1/d)}
 * with {@code m = minMagnitude^d}. Each column {@code j} (of {@code k} columns) becomes an angle
 * fraction {@code theta_j = F_{k-j}^-1(c_j)}, where
 * {@code F_q^-1(y) = asin(sqrt(I^-1(q/2, 1/2; 2y))) / pi} for {@code y < 1/2}, mirrored as
 * {@code 1 - F_q^-1(1 - y)} above; then {@code x_0 = cos(pi theta_0)},
 * {@code x_j = prod_{i<j} sin(pi theta_i) * cos(pi theta_j)}, the last angle taking a factor 2 (a full
 * turn), and {@code x_k = prod_i sin}. The rotation is {@code U V^T} from the SVD of a {@code d x d}
 * standard-normal matrix drawn after the base samples. For {@code d = 1}: the surface is
 * {@code sign(base - 1/2)}; the volume stacks {@code floor(n/2)} positive and the rest negative base
 * points (scaled into {@code [minMagnitude, 1)}) and shuffles them.
 *
 * <p>Deliberate difference: Nengo's default method ({@code "sct-approx"}) reads the inverse incomplete
 * beta function from a shipped lookup table; we evaluate it (see {@link IncompleteBeta}), which is
 * Nengo's exact {@code "sct"} method. The two agree to the table's interpolation error. The exact
 * inverse costs about a microsecond per coordinate once seeded (see {@link BetaQuantileGrid}).
 */
public final class ScatteredHypersphere extends Distribution {
    /**
     * From this many points on, each angle column's inverse is seeded from a {@link BetaQuantileGrid}
     * (129 exact inverses), which then costs about a quarter of a cold search per point.
     */
    private static final int GRID_MIN_SAMPLES = 512;
    private final boolean surface;
    private final double minMagnitude;
    private final Distribution base;

    /**
     * @param surface      true for the surface, false for the volume
     * @param minMagnitude smallest magnitude in the volume, in [0, 1); ignored on the surface
     * @param base         the distribution on the unit cube to map (normally {@link QuasirandomSequence})
     * @throws IllegalArgumentException if {@code minMagnitude} is outside [0, 1) or base is null
     */
    public ScatteredHypersphere(final boolean surface, final double minMagnitude, final Distribution base) {
        if (!(minMagnitude >= 0 && minMagnitude < 1)) {
            throw new ValidationError("ScatteredHypersphere: minMagnitude = " + minMagnitude
                + "; expected 0 <= minMagnitude < 1");
        }
        if (base == null) {
            throw new ValidationError("ScatteredHypersphere: base = null; expected a distribution");
        }
        this.surface = surface;
        this.minMagnitude = minMagnitude;
        this.base = base;
    }

    /**
     * Over the default {@link QuasirandomSequence}, with no minimum magnitude.
     *
     * @param surface true for the surface (encoders), false for the volume (eval points)
     */
    public ScatteredHypersphere(final boolean surface) {
        this(surface, 0.0, new QuasirandomSequence());
    }

    /** @return true when points lie on the surface */
    public boolean surface() {
        return surface;
    }

    /** @return the smallest magnitude in the volume */
    public double minMagnitude() {
        return minMagnitude;
    }

    /** @return the base distribution on the unit cube */
    public Distribution base() {
        return base;
    }

    @Override
    public double[][] sample(final int n, final int d, final RandomState rng) {
        checkShape(n, d);
        if (d == 1) {
            return surface ? sampleSigns(n, rng) : sampleLine(n, rng);
        }
        final double[][] cube = base.sample(n, surface ? d - 1 : d, rng);
        final BetaQuantileGrid[] grids = n >= GRID_MIN_SAMPLES ? new BetaQuantileGrid[d] : null;
        final double[][] mapped = new double[n][];
        final double minD = Math.pow(minMagnitude, d);
        for (int i = 0; i < n; i++) {
            mapped[i] = sphericalTransform(cube[i], d - 1, grids);
            if (!surface) {
                double r = cube[i][d - 1];
                if (minMagnitude != 0) {
                    r = r * (1 - minD) + minD;
                }
                r = Math.pow(r, 1.0 / d);
                for (int j = 0; j < d; j++) {
                    mapped[i][j] *= r;
                }
            }
        }
        return multiply(mapped, randomOrthogonal(d, rng));
    }

    private double[][] sampleSigns(final int n, final RandomState rng) {
        final double[][] c = base.sample(n, 1, rng);
        for (final double[] row : c) {
            row[0] = Math.signum(row[0] - 0.5);
        }
        return c;
    }

    private double[][] sampleLine(final int n, final RandomState rng) {
        final double[][] pos = base.sample(n / 2, 1, rng);
        final double[][] neg = base.sample(n - pos.length, 1, rng);
        final double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            final boolean positive = i < pos.length;
            double v = positive ? pos[i][0] : neg[i - pos.length][0];
            if (minMagnitude > 0) {
                v = v * (1.0 - minMagnitude) + minMagnitude;
            }
            out[i] = new double[] {positive ? v : -v};
        }
        rng.shuffle(out);
        return out;
    }

    /**
     * Maps one point of the unit cube {@code [0, 1)^k} to the unit sphere in {@code k + 1} dimensions
     * by the exact spherical-coordinate transform (first {@code k} entries of {@code c} are used).
     *
     * @param c the cube point, not modified
     * @param k number of angles
     * @return a new unit vector of length {@code k + 1}
     */
    static double[] sphericalTransform(final double[] c, final int k) {
        return sphericalTransform(c, k, null);
    }

    /**
     * As {@link #sphericalTransform(double[], int)}; {@code grids[q]}, filled on first use, speeds up
     * the inverse for {@code q}-dimensional angle columns when many points are mapped (null: none).
     */
    private static double[] sphericalTransform(final double[] c, final int k, final BetaQuantileGrid[] grids) {
        final double[] x = new double[k + 1];
        double sinProduct = 1.0;
        for (int j = 0; j < k; j++) {
            final double angle = (j == k - 1 ? 2.0 : 1.0) * Math.PI * coordinateQuantile(k - j, c[j], grids);
            x[j] = sinProduct * Math.cos(angle);
            sinProduct *= Math.sin(angle);
        }
        x[k] = sinProduct;
        return x;
    }

    /**
     * The angle fraction whose CDF under the {@code q}-dimensional spherical measure is {@code y}:
     * {@code asin(sqrt(I^-1(q/2, 1/2; 2y))) / pi}, reflected about {@code y = 1/2}.
     */
    static double coordinateQuantile(final int q, final double y) {
        return coordinateQuantile(q, y, null);
    }

    private static double coordinateQuantile(final int q, final double y, final BetaQuantileGrid[] grids) {
        final double reflected = y < 0.5 ? y : 1 - y;
        final double zSquared;
        if (grids == null) {
            zSquared = IncompleteBeta.inverse(q / 2.0, 0.5, 2 * reflected);
        } else {
            if (grids[q] == null) {
                grids[q] = new BetaQuantileGrid(q / 2.0, 0.5);
            }
            zSquared = grids[q].inverse(2 * reflected);
        }
        final double x = Math.asin(Math.sqrt(zSquared)) / Math.PI;
        return y < 0.5 ? x : 1 - x;
    }

    /**
     * A random orthogonal matrix {@code U V^T}, where {@code M = U S V^T} is the SVD of a {@code d x d}
     * matrix of standard normal draws (C order). {@code U V^T} is the orthogonal polar factor of
     * {@code M}, unique for non-singular {@code M}, so it does not depend on the SVD's sign choices.
     *
     * @param d   dimensions, at least 1
     * @param rng the stream; {@code d*d} normal draws are taken
     * @return a new {@code d x d} orthogonal matrix
     */
    public static double[][] randomOrthogonal(final int d, final RandomState rng) {
        final DMatrixRMaj m = new DMatrixRMaj(d, d);
        for (int i = 0; i < d * d; i++) {
            m.data[i] = rng.standardNormal();
        }
        final SingularValueDecomposition_F64<DMatrixRMaj> svd =
            DecompositionFactory_DDRM.svd(d, d, true, true, false);
        if (!svd.decompose(m)) {
            throw new IllegalStateException("ScatteredHypersphere: SVD of a " + d + " x " + d
                + " Gaussian matrix failed");
        }
        final DMatrixRMaj u = svd.getU(null, false);
        final DMatrixRMaj v = svd.getV(null, false);
        final DMatrixRMaj r = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransB(u, v, r);
        final double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            System.arraycopy(r.data, i * d, out[i], 0, d);
        }
        return out;
    }

    private static double[][] multiply(final double[][] a, final double[][] b) {
        final int k = b.length;
        final int cols = b[0].length;
        final double[][] out = new double[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int p = 0; p < k; p++) {
                final double aip = a[i][p];
                for (int j = 0; j < cols; j++) {
                    out[i][j] += aip * b[p][j];
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof ScatteredHypersphere s && surface == s.surface
            && Double.compare(minMagnitude, s.minMagnitude) == 0 && base.equals(s.base);
    }

    @Override
    public int hashCode() {
        return (Boolean.hashCode(surface) * 31 + Double.hashCode(minMagnitude)) * 31 + base.hashCode();
    }

    @Override
    public String toString() {
        return "ScatteredHypersphere(" + (surface ? "surface=True" : "")
            + (minMagnitude != 0 ? (surface ? ", " : "") + "min_magnitude=" + minMagnitude : "")
            + (base instanceof QuasirandomSequence ? "" : (surface || minMagnitude != 0 ? ", " : "") + "base=" + base)
            + ")";
    }
}
