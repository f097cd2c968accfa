package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Deterministic greedy placement (hardware.md §E1 stage 5): chips are visited in order of hop distance from the
 * Ethernet chip (ties by y, then x), and each placement group (an ensemble cluster, which must share one chip, or a
 * single vertex) goes on the first chip with enough free application cores and SDRAM, on its lowest free cores.
 * Groups come in operator order, so operators made together sit together. The monitor core is never used.
 */
public final class Placer {
    private Placer() {
    }

    /**
     * @param machine     the machine
     * @param part        the vertices and groups
     * @param sdramBytes  SDRAM bytes a vertex's block needs (an upper bound)
     * @param sharedBytes extra SDRAM bytes a group needs on its chip (an ensemble cluster's shared block)
     * @return the placements
     */
    public static Placements place(final SpinnakerMachine machine, final Partitioning part,
                                   final ToLongFunction<Vertex> sdramBytes, final ToLongFunction<List<Vertex>> sharedBytes) {
        final List<SpinnakerMachine.Chip> order = new ArrayList<>(machine.chips());
        final int origin = ethernet(machine);
        order.sort(Comparator.<SpinnakerMachine.Chip>comparingInt(c -> machine.distance(origin,
            machine.index(c.x(), c.y()))).thenComparingInt(SpinnakerMachine.Chip::y).thenComparingInt(SpinnakerMachine.Chip::x));
        final int[] used = new int[machine.slots()];
        final long[] sdram = new long[machine.slots()];
        final int[] chip = new int[part.vertices().size()];
        final int[] core = new int[part.vertices().size()];
        for (List<Vertex> group : part.groups()) {
            long need = sharedBytes.applyAsLong(group);
            for (Vertex v : group) {
                need += sdramBytes.applyAsLong(v);
            }
            boolean placed = false;
            for (SpinnakerMachine.Chip c : order) {
                final int ci = machine.index(c.x(), c.y());
                if (used[ci] + group.size() <= c.applicationCores().length && sdram[ci] + need <= c.sdramBytes()) {
                    for (Vertex v : group) {
                        chip[v.id()] = ci;
                        core[v.id()] = c.applicationCores()[used[ci]++];
                    }
                    sdram[ci] += need;
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                int free = 0;
                for (SpinnakerMachine.Chip c : order) {
                    free += c.applicationCores().length - used[machine.index(c.x(), c.y())];
                }
                throw MappingError.of(group.get(0).label() + (group.size() > 1 ? " (a cluster of " + group.size()
                    + " cores that must share a chip)" : ""), "application cores needed on one chip", group.size(),
                    free + " free on " + machine + " (no chip has " + group.size() + " free cores and " + need
                        + " SDRAM bytes)");
            }
        }
        return new Placements(machine, chip, core);
    }

    private static int ethernet(final SpinnakerMachine machine) {
        for (SpinnakerMachine.Chip c : machine.chips()) {
            if (c.ethernet()) {
                return machine.index(c.x(), c.y());
            }
        }
        final SpinnakerMachine.Chip first = machine.chips().get(0);
        return machine.index(first.x(), first.y());
    }
}
