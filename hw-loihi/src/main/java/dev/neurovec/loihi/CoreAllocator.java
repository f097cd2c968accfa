package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places blocks onto cores and chips, one block per core (hardware.md §A3.2 {@code block_to_new_core}).
 * {@link Strategy#GREEDY} fills chip 0, then chip 1, ...; {@link Strategy#ROUND_ROBIN} deals blocks over the
 * board's chips. Placement never fails: a board too small for the model shows up as a failing
 * {@code chips} check that names the used count and the limit.
 */
public final class CoreAllocator {

    /** Allocation strategies. */
    public enum Strategy {
        /** nengo-loihi {@code Greedy}: fill each chip before the next */
        GREEDY,
        /** nengo-loihi {@code RoundRobin}: block i on chip i mod nChips */
        ROUND_ROBIN
    }

    /**
     * Where one block went.
     *
     * @param chip  chip id
     * @param core  core id on the chip
     * @param block the block
     */
    public record Placement(int chip, int core, LoihiBlock block) {
    }

    /**
     * The placement of every block, in (chip, core) order.
     *
     * @param placements per core
     * @param nChips     chips used
     */
    public record Allocation(List<Placement> placements, int nChips) {
        /**
         * @return block to placement
         */
        Map<LoihiBlock, Placement> byBlock() {
            final Map<LoihiBlock, Placement> m = new IdentityHashMap<>();
            for (Placement p : placements) {
                m.put(p.block(), p);
            }
            return m;
        }
    }

    private CoreAllocator() {
    }

    /**
     * @param model    the split model
     * @param limits   the board (cores per chip, chips)
     * @param strategy how to fill chips
     * @return the placement, sorted by chip then core
     */
    public static Allocation allocate(final LoihiModel model, final LoihiLimits limits, final Strategy strategy) {
        final List<Placement> out = new ArrayList<>();
        final int perChip = limits.coresPerChip();
        int nChips = 0;
        if (strategy == Strategy.GREEDY) {
            for (int i = 0; i < model.blocks.size(); i++) {
                out.add(new Placement(i / perChip, i % perChip, model.blocks.get(i)));
                nChips = i / perChip + 1;
            }
        } else {
            final int chips = Math.max(limits.nChips(), (model.blocks.size() + perChip - 1) / perChip);
            final int[] next = new int[chips];
            for (int i = 0; i < model.blocks.size(); i++) {
                final int chip = i % chips;
                out.add(new Placement(chip, next[chip]++, model.blocks.get(i)));
                nChips = Math.max(nChips, chip + 1);
            }
            out.sort((a, b) -> a.chip() != b.chip() ? Integer.compare(a.chip(), b.chip())
                : Integer.compare(a.core(), b.core()));
        }
        return new Allocation(List.copyOf(out), nChips);
    }
}
