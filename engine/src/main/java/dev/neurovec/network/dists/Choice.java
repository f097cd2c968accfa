package dev.neurovec.network.dists;
/** TEMP stand-in. */
public final class Choice extends Distribution {
    private final double[] v;
    public Choice(final double... v) { this.v = v.clone(); }
    @Override public double[][] sample(final int n, final int d, final RandomState rng) {
        final double[][] o = new double[n][d];
        for (double[] r : o) { for (int k = 0; k < d; k++) { r[k] = v[(int) rng.randint(v.length)]; } }
        return o;
    }
}
