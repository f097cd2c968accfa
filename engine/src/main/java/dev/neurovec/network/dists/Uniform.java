package dev.neurovec.network.dists;
/** TEMP stand-in. */
public final class Uniform extends Distribution {
    private final double lo, hi;
    public Uniform(final double lo, final double hi) { this.lo = lo; this.hi = hi; }
    @Override public double[][] sample(final int n, final int d, final RandomState rng) {
        final double[][] o = new double[n][d];
        for (double[] r : o) { for (int k = 0; k < d; k++) { r[k] = rng.uniform(lo, hi); } }
        return o;
    }
}
