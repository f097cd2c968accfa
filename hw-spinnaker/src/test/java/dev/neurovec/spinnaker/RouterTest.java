package dev.neurovec.spinnaker;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouterTest {
    private static final long SEED = 20240607L;

    /** Random nets with vertices on random cores; returns the placements through the out array. */
    private static List<Net> randomNets(final SpinnakerMachine m, final Random rnd, final int nets, final int maxSinks,
                                        final Placements[] placed) {
        final Operators ops = new Operators();
        final EnsembleOperator op = ops.ensemble(1, 1);
        final List<SpinnakerMachine.Chip> chips = m.chips();
        final int vertices = nets * (maxSinks + 1);
        final int[] chip = new int[vertices];
        final int[] core = new int[vertices];
        final List<Vertex> vs = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
            final SpinnakerMachine.Chip c = chips.get(rnd.nextInt(chips.size()));
            chip[i] = m.index(c.x(), c.y());
            core[i] = 1 + rnd.nextInt(16);
            vs.add(new Vertex(i, op, -1, 0, Span.EMPTY, Span.EMPTY, Span.EMPTY, Span.EMPTY, 0, 0));
        }
        placed[0] = new Placements(m, chip, core);
        final DeviceSignal s = new DeviceSignal(0, "s", op, 1, new double[][] {{1}}, null, false);
        final List<Net> out = new ArrayList<>();
        for (int n = 0; n < nets; n++) {
            final int base = n * (maxSinks + 1);
            final List<Vertex> sinks = new ArrayList<>();
            final int k = 1 + rnd.nextInt(maxSinks);
            for (int j = 1; j <= k; j++) {
                sinks.add(vs.get(base + j));
            }
            out.add(new Net(n, s, 0, chip[base], List.of(vs.get(base)), new int[] {0}, sinks, new int[k],
                Net.blocks(new int[] {0})));
        }
        return out;
    }

    private static void assertTree(final SpinnakerMachine m, final RoutingTree t, final Placements p) {
        final Net net = t.net();
        assertEquals(RoutingTree.LOCAL, t.inLink(net.sourceChip()));
        final Set<Integer> reached = new HashSet<>();
        final ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(net.sourceChip());
        reached.add(net.sourceChip());
        while (!q.isEmpty()) {
            final int c = q.poll();
            for (Link l : RouteWord.links(t.route(c))) {
                final int next = m.follow(c, l);
                assertTrue(next >= 0, "route uses a dead or missing link at chip " + c + " " + l);
                assertEquals(l.opposite().ordinal(), t.inLink(next), "in-link recorded for the hop");
                assertTrue(reached.add(next), "chip " + next + " reached twice: not a tree");
                q.add(next);
            }
        }
        assertEquals(new TreeSet<>(t.chips()), new TreeSet<>(reached), "every tree chip reachable from the source");
        for (int c : t.chips()) {
            final TreeSet<Integer> want = new TreeSet<>();
            for (Vertex v : net.sinks()) {
                if (p.chipOf(v) == c) {
                    want.add(p.coreOf(v));
                }
            }
            assertEquals(want, new TreeSet<>(RouteWord.cores(t.route(c))), "cores at chip " + c);
        }
    }

    @Test
    void shouldBuildTreesReachingExactlyTheSinksWhenNetsAreRandom() {
        final Random rnd = new Random(SEED);
        for (SpinnakerMachine m : new SpinnakerMachine[] {SpinnakerMachine.spinn5(), SpinnakerMachine.rectangular(12, 12),
            SpinnakerMachine.rectangular(5, 4).withDeadLink(2, 1, Link.EAST).withDeadLink(2, 2, Link.SOUTH_WEST)}) {
            final Placements[] p = new Placements[1];
            final List<Net> nets = randomNets(m, rnd, 60, 12, p);
            for (RoutingTree t : Router.route(m, nets, p[0])) {
                assertTree(m, t, p[0]);
            }
        }
    }

    @Test
    void shouldTakeAShortestPathWhenOneSinkAndMeshIntact() {
        final Random rnd = new Random(SEED + 1);
        for (SpinnakerMachine m : new SpinnakerMachine[] {SpinnakerMachine.rectangular(8, 8),
            SpinnakerMachine.rectangular(12, 12)}) {
            final Placements[] p = new Placements[1];
            final List<Net> nets = randomNets(m, rnd, 200, 1, p);
            for (RoutingTree t : Router.route(m, nets, p[0])) {
                final int sink = p[0].chipOf(t.net().sinks().get(0));
                assertEquals(m.distance(t.net().sourceChip(), sink), t.depth());
                assertEquals(t.depth() + 1, t.chips().size(), "a path has one chip per hop plus the source");
            }
        }
    }

    @Test
    void shouldDetourWhenTheStraightLinkIsDead() {
        final SpinnakerMachine m = SpinnakerMachine.rectangular(4, 1).withDeadLink(1, 0, Link.EAST);
        final Operators ops = new Operators();
        final EnsembleOperator op = ops.ensemble(1, 1);
        final Vertex src = new Vertex(0, op, -1, 0, Span.EMPTY, Span.EMPTY, Span.EMPTY, Span.EMPTY, 0, 0);
        final Vertex dst = new Vertex(1, op, -1, 0, Span.EMPTY, Span.EMPTY, Span.EMPTY, Span.EMPTY, 0, 0);
        final Placements p = new Placements(m, new int[] {m.index(0, 0), m.index(3, 0)}, new int[] {1, 2});
        final DeviceSignal s = new DeviceSignal(0, "s", op, 1, new double[][] {{1}}, null, false);
        final Net net = new Net(0, s, 0, m.index(0, 0), List.of(src), new int[] {0}, List.of(dst), new int[1],
            Net.blocks(new int[] {0}));
        final MappingError e = org.junit.jupiter.api.Assertions.assertThrows(MappingError.class,
            () -> Router.route(m, List.of(net), p));
        assertTrue(e.getMessage().contains("reachable path from chip (0, 0) to chip (3, 0) = none"), e.getMessage());
        final SpinnakerMachine wide = SpinnakerMachine.rectangular(4, 2).withDeadLink(1, 0, Link.EAST);
        final Placements p2 = new Placements(wide, new int[] {wide.index(0, 0), wide.index(3, 0)}, new int[] {1, 2});
        final Net net2 = new Net(0, s, 0, wide.index(0, 0), List.of(src), new int[] {0}, List.of(dst), new int[1],
            Net.blocks(new int[] {0}));
        final RoutingTree t = Router.route(wide, List.of(net2), p2).get(0);
        assertTree(wide, t, p2);
        assertEquals(0, t.route(wide.index(1, 0)) & RouteWord.link(Link.EAST));
    }

    @Test
    void shouldTileRowsWithAlignedPowerOfTwoBlocksWhenGivenAnyRowSet() {
        final Random rnd = new Random(SEED + 2);
        for (int trial = 0; trial < 500; trial++) {
            final TreeSet<Integer> rows = new TreeSet<>();
            final int n = 1 + rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                rows.add(rnd.nextInt(70));
            }
            final int[] arr = rows.stream().mapToInt(Integer::intValue).toArray();
            final TreeSet<Integer> covered = new TreeSet<>();
            for (int[] b : Net.blocks(arr)) {
                assertEquals(1, Integer.bitCount(b[1]), "block size is a power of two");
                assertEquals(0, b[0] % b[1], "block is aligned");
                for (int r = b[0]; r < b[0] + b[1]; r++) {
                    assertTrue(covered.add(r), "blocks overlap at row " + r);
                }
            }
            assertEquals(rows, covered);
        }
    }
}
