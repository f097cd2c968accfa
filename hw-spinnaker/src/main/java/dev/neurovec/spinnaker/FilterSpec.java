package dev.neurovec.spinnaker;

import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.network.synapses.Synapse;

import java.util.Arrays;

/**
 * An input filter of an operator (hardware.md §B2.5): none, a first-order lowpass {@code y ← a·y + b·x} with
 * {@code a = e^(−dt/τ)}, or a general LTI filter in Direct Form I, {@code y[n] = Σ_k a'_k y[n−k] + b'_k x[n−k]}
 * (k = 1..order), from the zero-order-hold discretisation of a strictly proper transfer function. Connections into
 * the same operator with equal filters share one filter, as nengo_spinnaker merges them. Values are floats; the
 * image writer quantises them.
 *
 * @param kind     the filter kind
 * @param tau      lowpass time constant in seconds (0 for the other kinds)
 * @param a        LTI feedback coefficients {@code a'_1..a'_K} ({@code −a[1:]} of the discrete denominator)
 * @param b        LTI feed-forward coefficients {@code b'_1..b'_K}
 * @param latching whether packets overwrite the accumulator instead of summing into it
 */
public record FilterSpec(Kind kind, double tau, double[] a, double[] b, boolean latching) {

    /** The filter types of the filter region ({@code type} word). */
    public enum Kind {
        /** {@code out = acc} */
        NONE(0),
        /** first-order lowpass */
        LOWPASS(1),
        /** general LTI, Direct Form I */
        LTI(2);

        private final int code;

        Kind(final int code) {
            this.code = code;
        }

        /** @return the {@code type} word written to SDRAM */
        public int code() {
            return code;
        }

        /**
         * @param code a {@code type} word
         * @return the kind
         */
        public static Kind of(final int code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("filter type = " + code + "; expected 0, 1 or 2");
        }
    }

    /** @return no filter (one hop of delay only) */
    public static FilterSpec none() {
        return new FilterSpec(Kind.NONE, 0, new double[0], new double[0], false);
    }

    /**
     * @param tau time constant in seconds, &gt;= 0
     * @return a lowpass filter
     */
    public static FilterSpec lowpass(final double tau) {
        return new FilterSpec(Kind.LOWPASS, tau, new double[0], new double[0], false);
    }

    /**
     * @param a feedback coefficients {@code a'_1..a'_K}
     * @param b feed-forward coefficients {@code b'_1..b'_K}
     * @return an LTI filter
     */
    public static FilterSpec lti(final double[] a, final double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("LTI filter: " + a.length + " feedback and " + b.length
                + " feed-forward coefficients; expected the same order >= 1");
        }
        return new FilterSpec(Kind.LTI, 0, a.clone(), b.clone(), false);
    }

    /**
     * Maps a connection's synapse.
     *
     * @param synapse the synapse, or null for none
     * @param dt      time step in seconds
     * @param owner   the connection or probe, for messages
     * @return the filter
     */
    public static FilterSpec of(final Synapse synapse, final double dt, final String owner) {
        if (synapse == null) {
            return none();
        }
        if (synapse instanceof Lowpass lp) {
            return lowpass(lp.tau());
        }
        final FilterSpec lti = LtiDiscretiser.fromSynapse(synapse, dt);
        if (lti != null) {
            return lti;
        }
        throw new UnsupportedOperationException(owner + ": synapse " + synapse
            + " is not supported on SpiNNaker; expected none, Lowpass or a LinearFilter");
    }

    /** @return the filter order (0 none, 1 lowpass, K for LTI) */
    public int order() {
        return switch (kind) {
            case NONE -> 0;
            case LOWPASS -> 1;
            case LTI -> a.length;
        };
    }

    /** @return a text that is equal for equal filters (used to merge filters) */
    public String key() {
        return kind + "/" + tau + "/" + Arrays.toString(a) + "/" + Arrays.toString(b) + "/" + latching;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof FilterSpec f && f.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case LOWPASS -> "lowpass(tau=" + tau + ")";
            case LTI -> "lti(a'=" + Arrays.toString(a) + ", b'=" + Arrays.toString(b) + ")";
        } + (latching ? " latching" : "");
    }
}
