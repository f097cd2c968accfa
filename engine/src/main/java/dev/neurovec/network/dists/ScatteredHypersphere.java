package dev.neurovec.network.dists;
/** TEMP stand-in. */
public final class ScatteredHypersphere extends Distribution {
    private final boolean surface;
    public ScatteredHypersphere(final boolean surface) { this.surface = surface; }
    @Override public double[][] sample(final int n, final int d, final RandomState rng) {
        final double[][] o = new double[n][d];
        for (double[] r : o) {
            double norm = 0;
            for (int k = 0; k < d; k++) { r[k] = rng.standardNormal(); norm += r[k] * r[k]; }
            norm = Math.sqrt(norm);
            final double rad = surface ? 1 : Math.pow(rng.randomSample(), 1.0 / d);
            for (int k = 0; k < d; k++) { r[k] = r[k] / norm * rad; }
        }
        return o;
    }
}
