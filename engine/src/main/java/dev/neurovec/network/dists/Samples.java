package dev.neurovec.network.dists;
/** TEMP stand-in. */
public final class Samples extends Distribution {
    private final double[][] s;
    public Samples(final double[][] s) { this.s = s; }
    @Override public double[][] sample(final int n, final int d, final RandomState rng) {
        if (s.length != n || s[0].length != d) { throw new IllegalArgumentException("Samples: shape " + s.length + "x" + s[0].length + "; expected " + n + "x" + d); }
        final double[][] o = new double[n][];
        for (int i = 0; i < n; i++) { o[i] = s[i].clone(); }
        return o;
    }
}
