package dev.neurovec.loihi;

/**
 * The per-core and per-board resource limits a configuration is checked against (hardware.md §A1.3).
 * {@link #loihi1()} gives the chip's values; {@link #lifted()} removes the per-core size limits so that an
 * unsplit model can be emulated to prove split equivalence (§E4.4).
 *
 * @param compartmentsPerCore compartments per core (1024)
 * @param inAxonsPerCore      input axon ids per core (4096)
 * @param outAxonsPerCore     output axon slots per core (4096)
 * @param synapseBitsPerCore  synapse memory bits per core (16384 words of 64 bits)
 * @param cxProfilesPerCore   compartment profiles per core, exclusive bound (32)
 * @param vthProfilesPerCore  threshold profiles per core, exclusive bound (8; the safe cap)
 * @param synapseFmtsPerCore  synapse formats per core excluding the reserved index 0 (7)
 * @param coresPerChip        cores per chip (128)
 * @param nChips              chips on the board
 * @param maxSpikesPerStep    host-to-chip spikes per chip per step before the host link drops them (50)
 */
public record LoihiLimits(int compartmentsPerCore, int inAxonsPerCore, int outAxonsPerCore, long synapseBitsPerCore,
                          int cxProfilesPerCore, int vthProfilesPerCore, int synapseFmtsPerCore, int coresPerChip,
                          int nChips, int maxSpikesPerStep) {

    /** Largest vth mantissa (17 bits). */
    public static final int VTH_MAN_MAX = (1 << 17) - 1;
    /** Exponent the chip applies to the vth mantissa. */
    public static final int VTH_EXP = 6;
    /** Largest threshold in voltage units. */
    public static final long VTH_MAX = (long) VTH_MAN_MAX << VTH_EXP;
    /** Largest bias mantissa magnitude (12 bits). */
    public static final int BIAS_MAN_MAX = (1 << 12) - 1;
    /** Largest bias exponent. */
    public static final int BIAS_EXP_MAX = 7;
    /** Largest bias magnitude. */
    public static final long BIAS_MAX = (long) BIAS_MAN_MAX << BIAS_EXP_MAX;
    /** Bits (plus sign) of the dendritic accumulator q. */
    public static final int Q_BITS = 21;
    /** Bits (plus sign) of the current U. */
    public static final int U_BITS = 23;
    /** Largest decay register value (12 bits). */
    public static final int DECAY_MAX = 4095;
    /** Largest refractory delay. */
    public static final int REFRACT_MAX = 63;
    /** Largest compartment base of an axon. */
    public static final int CX_BASE_MAX = 255;
    /** Synapses per synapse block in the default format ({@code numSynapses + 1}). */
    public static final int SYNAPSES_PER_BLOCK = 64;

    /** Checks every limit is positive. */
    public LoihiLimits {
        if (compartmentsPerCore < 1 || inAxonsPerCore < 1 || outAxonsPerCore < 1 || synapseBitsPerCore < 1
            || cxProfilesPerCore < 1 || vthProfilesPerCore < 1 || synapseFmtsPerCore < 1 || coresPerChip < 1
            || nChips < 1 || maxSpikesPerStep < 0) {
            throw new IllegalArgumentException("LoihiLimits: every limit must be >= 1 (maxSpikesPerStep >= 0); got "
                + this);
        }
    }

    /** @return the Loihi 1 limits with a 2-chip board (nengo-loihi's default {@code n_chips}) */
    public static LoihiLimits loihi1() {
        return new LoihiLimits(1024, 4096, 4096, 16384L * 64, 32, 8, 7, 128, 2, 50);
    }

    /** @return limits with no practical per-core size bound (for split-equivalence proofs only) */
    public static LoihiLimits lifted() {
        return new LoihiLimits(1 << 20, 1 << 20, 1 << 20, Long.MAX_VALUE / 4, 32, 8, 7, 128, 64, 1 << 20);
    }

    /**
     * @param chips chips on the board, at least 1
     * @return a copy with that many chips
     */
    public LoihiLimits withChips(final int chips) {
        return new LoihiLimits(compartmentsPerCore, inAxonsPerCore, outAxonsPerCore, synapseBitsPerCore,
            cxProfilesPerCore, vthProfilesPerCore, synapseFmtsPerCore, coresPerChip, chips, maxSpikesPerStep);
    }

    /**
     * @param cap host-to-chip spikes per chip per step
     * @return a copy with that host-link cap
     */
    public LoihiLimits withMaxSpikesPerStep(final int cap) {
        return new LoihiLimits(compartmentsPerCore, inAxonsPerCore, outAxonsPerCore, synapseBitsPerCore,
            cxProfilesPerCore, vthProfilesPerCore, synapseFmtsPerCore, coresPerChip, nChips, cap);
    }
}
