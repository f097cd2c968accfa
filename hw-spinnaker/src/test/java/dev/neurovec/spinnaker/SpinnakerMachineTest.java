package dev.neurovec.spinnaker;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpinnakerMachineTest {

    @Test
    void shouldHaveTheHexagonalBoardWhenSpinn5() {
        final SpinnakerMachine m = SpinnakerMachine.spinn5();
        assertEquals(48, m.chips().size());
        assertNotNull(m.chip(0, 3));
        assertNull(m.chip(0, 4));
        assertNotNull(m.chip(4, 0));
        assertNull(m.chip(5, 0));
        assertNotNull(m.chip(7, 7));
        assertNull(m.chip(7, 2));
        assertFalse(m.wrapX() || m.wrapY());
        final SpinnakerMachine.Chip origin = m.chip(0, 0);
        assertTrue(origin.ethernet());
        assertEquals(3, count(origin.linksAlive()), "(0, 0) links: E, NE, N only");
    }

    @Test
    void shouldReserveTheMonitorCoreWhenListingApplicationCores() {
        final SpinnakerMachine.Chip c = SpinnakerMachine.rectangular(2, 2).chip(1, 1);
        assertEquals(16, c.applicationCores().length);
        assertTrue(Arrays.stream(c.applicationCores()).noneMatch(p -> p == SpinnakerMachine.MONITOR_CORE));
        assertEquals(1023, c.routerEntriesFree());
        assertEquals(123_469_792L, c.sdramBytes());
    }

    @Test
    void shouldWrapAroundOnlyWhenTheDimensionIsAMultipleOfTwelve() {
        final SpinnakerMachine torus = SpinnakerMachine.rectangular(12, 12);
        assertTrue(torus.wrapX() && torus.wrapY());
        assertEquals(torus.index(0, 0), torus.neighbourIndex(11, 0, Link.EAST));
        assertEquals(torus.index(11, 11), torus.neighbourIndex(0, 0, Link.SOUTH_WEST));
        final SpinnakerMachine mixed = SpinnakerMachine.rectangular(24, 8);
        assertTrue(mixed.wrapX());
        assertFalse(mixed.wrapY());
        assertEquals(-1, mixed.neighbourIndex(3, 7, Link.NORTH));
        assertEquals(mixed.index(0, 7), mixed.neighbourIndex(23, 7, Link.EAST));
        final SpinnakerMachine flat = SpinnakerMachine.rectangular(8, 8);
        assertEquals(-1, flat.neighbourIndex(7, 0, Link.EAST));
        assertFalse(flat.chip(7, 0).alive(Link.EAST));
    }

    @Test
    void shouldMatchBreadthFirstHopsWhenMeasuringDistance() {
        for (SpinnakerMachine m : new SpinnakerMachine[] {SpinnakerMachine.spinn5(), SpinnakerMachine.rectangular(12, 12),
            SpinnakerMachine.rectangular(5, 3)}) {
            for (SpinnakerMachine.Chip a : m.chips()) {
                final int from = m.index(a.x(), a.y());
                final int[] hops = bfs(m, from);
                for (SpinnakerMachine.Chip b : m.chips()) {
                    final int to = m.index(b.x(), b.y());
                    if (m.name().equals("spinn5")) {
                        assertTrue(m.distance(from, to) <= hops[to], "hex distance is a lower bound on spinn5");
                    } else {
                        assertEquals(hops[to], m.distance(from, to), m + " " + a + " -> " + b);
                    }
                }
            }
        }
    }

    @Test
    void shouldKillBothDirectionsWhenALinkDies() {
        final SpinnakerMachine m = SpinnakerMachine.rectangular(3, 3).withDeadLink(1, 1, Link.NORTH);
        assertFalse(m.chip(1, 1).alive(Link.NORTH));
        assertFalse(m.chip(1, 2).alive(Link.SOUTH));
        assertTrue(m.chip(1, 1).alive(Link.EAST));
        assertEquals(-1, m.follow(m.index(1, 1), Link.NORTH));
    }

    @Test
    void shouldParseMachineSpecsWhenGivenNames() {
        assertEquals(4, SpinnakerMachine.parse("spinn3").chips().size());
        assertEquals(48, SpinnakerMachine.parse("spinn5").chips().size());
        assertEquals(144, SpinnakerMachine.parse("12x12").chips().size());
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SpinnakerMachine.parse("big"));
        assertEquals("machine = 'big'; expected spinn3, spinn5 or WxH (e.g. 12x12)", e.getMessage());
    }

    private static int count(final boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    private static int[] bfs(final SpinnakerMachine m, final int from) {
        final int[] d = new int[m.slots()];
        Arrays.fill(d, Integer.MAX_VALUE);
        d[from] = 0;
        final ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(from);
        while (!q.isEmpty()) {
            final int c = q.poll();
            for (Link l : Link.values()) {
                final int n = m.follow(c, l);
                if (n >= 0 && d[n] == Integer.MAX_VALUE) {
                    d[n] = d[c] + 1;
                    q.add(n);
                }
            }
        }
        return d;
    }
}
