package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.List;

/**
 * The device model of a network (hardware.md §A1.1 {@code builder.Model}): chip blocks in model order, host
 * spike inputs, chip probes, plus the warnings gathered while building and the time step. Stages mutate it
 * in place: {@link Discretizer} fills the integer views, {@link BlockSplitter} replaces blocks by their pieces.
 */
public final class LoihiModel {
    private final double dt;
    final List<LoihiBlock> blocks = new ArrayList<>();
    final List<SpikeInput> inputs = new ArrayList<>();
    final List<LoihiProbe> probes = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** Split decisions (empty until split). */
    final List<BlockSplitter.Split> splits = new ArrayList<>();
    boolean discretized;

    /**
     * @param dt time step in seconds
     */
    public LoihiModel(final double dt) {
        this.dt = dt;
    }

    /** @return time step in seconds */
    public double dt() {
        return dt;
    }

    /** @return blocks in model order */
    public List<LoihiBlock> blocks() {
        return blocks;
    }

    /** @return host spike inputs */
    public List<SpikeInput> inputs() {
        return inputs;
    }

    /** @return chip probes */
    public List<LoihiProbe> probes() {
        return probes;
    }

    /** @return warnings gathered by the stages (tau conflicts, lost weight bits, ...) */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * @param block a block to add
     * @return the block
     */
    LoihiBlock add(final LoihiBlock block) {
        blocks.add(block);
        return block;
    }
}
