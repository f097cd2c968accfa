package dev.neurovec.loihi;

/**
 * Settings of a Loihi deployment, resolved once before anything is built (hardware.md §A1.1
 * {@code builder.Model} defaults).
 *
 * @param dt            time step in seconds (0.001)
 * @param decodeTau     lowpass time constant on the post side of decode neurons and host inputs (0.005 s)
 * @param decodeNeurons which decode neurons carry decoded chip→chip connections
 * @param limits        per-core and board limits
 * @param strategy      core placement
 * @param strict        emulator throws on overflow instead of counting
 * @param splitBlocks   cut blocks to the per-core limits (false only to emulate an unsplit model)
 */
public record LoihiOptions(double dt, double decodeTau, DecodeNeuronsKind decodeNeurons, LoihiLimits limits,
                           CoreAllocator.Strategy strategy, boolean strict, boolean splitBlocks) {

    /** Decode-neuron presets. */
    public enum DecodeNeuronsKind {
        /** nengo-loihi's default: 10 tuned on/off pairs per dimension */
        PRESET10,
        /** one on/off pair per dimension at 1/dt */
        ON_OFF
    }

    /** Checks the values. */
    public LoihiOptions {
        if (!(dt > 0) || !(decodeTau >= 0) || decodeNeurons == null || limits == null || strategy == null) {
            throw new IllegalArgumentException("LoihiOptions: dt = " + dt + ", decodeTau = " + decodeTau
                + ", decodeNeurons = " + decodeNeurons + ", limits = " + limits + ", strategy = " + strategy
                + "; expected dt > 0, decodeTau >= 0 and non-null settings");
        }
    }

    /** @return nengo-loihi's defaults on a 2-chip Loihi 1 board */
    public static LoihiOptions defaults() {
        return new LoihiOptions(0.001, 0.005, DecodeNeuronsKind.PRESET10, LoihiLimits.loihi1(),
            CoreAllocator.Strategy.GREEDY, false, true);
    }

    /**
     * @param v limits
     * @return a copy
     */
    public LoihiOptions withLimits(final LoihiLimits v) {
        return new LoihiOptions(dt, decodeTau, decodeNeurons, v, strategy, strict, splitBlocks);
    }

    /**
     * @param v strict emulation
     * @return a copy
     */
    public LoihiOptions withStrict(final boolean v) {
        return new LoihiOptions(dt, decodeTau, decodeNeurons, limits, strategy, v, splitBlocks);
    }

    /**
     * @param v whether to split blocks
     * @return a copy
     */
    public LoihiOptions withSplitBlocks(final boolean v) {
        return new LoihiOptions(dt, decodeTau, decodeNeurons, limits, strategy, strict, v);
    }

    /**
     * @param v decode neurons
     * @return a copy
     */
    public LoihiOptions withDecodeNeurons(final DecodeNeuronsKind v) {
        return new LoihiOptions(dt, decodeTau, v, limits, strategy, strict, splitBlocks);
    }

    /**
     * @param v placement strategy
     * @return a copy
     */
    public LoihiOptions withStrategy(final CoreAllocator.Strategy v) {
        return new LoihiOptions(dt, decodeTau, decodeNeurons, limits, v, strict, splitBlocks);
    }

    /** @return the decode neurons for this dt */
    DecodeNeurons decodeNeuronsPreset() {
        return decodeNeurons == DecodeNeuronsKind.PRESET10 ? DecodeNeurons.preset10(dt) : DecodeNeurons.onOff(1, dt);
    }
}
