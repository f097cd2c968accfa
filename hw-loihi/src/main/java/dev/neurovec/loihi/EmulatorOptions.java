package dev.neurovec.loihi;

/**
 * How {@link LoihiEmulator} runs.
 *
 * @param mode   integer registers (bit-exact) or the float model (quantisation-free reference)
 * @param strict throw on the first overflow (as nengo-loihi's tests run) instead of counting it
 */
public record EmulatorOptions(Mode mode, boolean strict) {

    /** Arithmetic of the emulation. */
    public enum Mode {
        /** the chip's integer semantics with explicit wraps (nengo-loihi target "sim") */
        INTEGER,
        /** float weights and decays from the manifest, no wraps (nengo-loihi target "simreal") */
        FLOAT
    }

    /** Checks the mode is set. */
    public EmulatorOptions {
        if (mode == null) {
            throw new IllegalArgumentException("EmulatorOptions: mode = null; expected INTEGER or FLOAT");
        }
    }

    /** @return integer mode, overflows counted */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(Mode.INTEGER, false);
    }

    /**
     * @param strict throw on overflow
     * @return a copy
     */
    public EmulatorOptions withStrict(final boolean strict) {
        return new EmulatorOptions(mode, strict);
    }

    /**
     * @param mode arithmetic
     * @return a copy
     */
    public EmulatorOptions withMode(final Mode mode) {
        return new EmulatorOptions(mode, strict);
    }
}
