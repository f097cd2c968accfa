package dev.neurovec.bench.suite;

/**
 * The peer figures of {@code targets.md} one case is compared with; NaN where the peer has none.
 * Nengo and Brian2 figures are wall seconds per simulated second at minibatch 1; the NengoDL figure is
 * wall seconds for 1000 steps at {@code nengoDlMinibatch}, the lower (faster) end of its published range.
 *
 * @param nengoSPerSimS     Nengo 3.2 reference simulator, s per simulated second
 * @param brian2CppSPerSimS Brian2 2.5.1 C++ standalone, s per simulated second
 * @param nengoDlK80S       NengoDL 3.6 on a Tesla K80, s per 1000 steps
 * @param nengoDlMinibatch  the minibatch of the NengoDL figure (0 when there is none)
 */
public record PeerFigures(double nengoSPerSimS, double brian2CppSPerSimS, double nengoDlK80S, int nengoDlMinibatch) {
    /** No peer figure. */
    public static final PeerFigures NONE = new PeerFigures(Double.NaN, Double.NaN, Double.NaN, 0);

    /**
     * @param sPerSimS Nengo figure
     * @return figures with only a Nengo figure
     */
    public static PeerFigures nengo(final double sPerSimS) {
        return new PeerFigures(sPerSimS, Double.NaN, Double.NaN, 0);
    }

    /**
     * @param nengo  Nengo figure
     * @param brian2 Brian2 C++ standalone figure
     * @return figures with Nengo and Brian2 figures
     */
    public static PeerFigures nengoAndBrian2(final double nengo, final double brian2) {
        return new PeerFigures(nengo, brian2, Double.NaN, 0);
    }

    /**
     * @param seconds   NengoDL seconds for 1000 steps
     * @param minibatch its minibatch
     * @return figures with only a NengoDL figure
     */
    public static PeerFigures nengoDl(final double seconds, final int minibatch) {
        return new PeerFigures(Double.NaN, Double.NaN, seconds, minibatch);
    }
}
