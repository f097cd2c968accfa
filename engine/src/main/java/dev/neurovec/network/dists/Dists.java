package dev.neurovec.network.dists;
/** TEMP stand-in. */
public final class Dists {
    private Dists() { }
    public static Distribution uniform(final double lo, final double hi) { return new Uniform(lo, hi); }
    public static Distribution choice(final double... v) { return new Choice(v); }
    public static Distribution scatteredHypersphere(final boolean surface) { return new ScatteredHypersphere(surface); }
}
