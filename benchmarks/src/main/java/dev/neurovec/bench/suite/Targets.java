package dev.neurovec.bench.suite;

/**
 * The targets of issue 3, applied to one optimized result line: at least 20x faster than the Nengo
 * reference figure at minibatch 1; faster than Brian2's C++ standalone on the dense random LIF
 * networks; faster than NengoDL's K80 figure at its minibatch. Ratios use our median against the
 * peers' best-of-runs figures, so they err on our side of caution.
 */
final class Targets {
    /** Issue 3: "at least 20x faster than the Nengo reference simulator". */
    static final double NENGO_FACTOR = 20.0;

    private Targets() {
    }

    /**
     * Adds the peer figures, our ratio to each and whether every applicable target is met.
     *
     * @param line  an optimized line with {@link Fields#S_PER_SIM_S}, {@link Fields#MINIBATCH} and {@link Fields#DT}
     * @param peers the case's peer figures
     */
    static void annotate(final ResultLine line, final PeerFigures peers) {
        final double ours = line.number(Fields.S_PER_SIM_S);
        final int batch = (int) line.number(Fields.MINIBATCH);
        Boolean met = null;
        if (batch == 1 && !Double.isNaN(peers.nengoSPerSimS())) {
            final double vs = peers.nengoSPerSimS() / ours;
            line.put(Fields.NENGO_S_PER_SIM_S, peers.nengoSPerSimS()).put(Fields.VS_NENGO, vs);
            met = vs >= NENGO_FACTOR;
        }
        if (batch == 1 && !Double.isNaN(peers.brian2CppSPerSimS())) {
            final double vs = peers.brian2CppSPerSimS() / ours;
            line.put(Fields.BRIAN2_CPP_S_PER_SIM_S, peers.brian2CppSPerSimS()).put(Fields.VS_BRIAN2_CPP, vs);
            met = (met == null || met) && vs > 1;
        }
        if (batch == peers.nengoDlMinibatch() && !Double.isNaN(peers.nengoDlK80S())) {
            // the NengoDL figure is for 1000 steps
            final double ours1000 = ours * 1000 * line.number(Fields.DT);
            final double vs = peers.nengoDlK80S() / ours1000;
            line.put(Fields.NENGODL_K80_S, peers.nengoDlK80S()).put(Fields.VS_NENGODL_K80, vs);
            met = (met == null || met) && vs > 1;
        }
        if (met != null) {
            line.put(Fields.TARGETS_MET, met);
        }
    }
}
