package dev.neurovec.spinnaker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmulatorTest {
    private static Fixture fixture;
    private static Probe out;
    private static final int FAN = 16;

    /** input -> a -> 16 ensembles -> b -> probe: 20 cores, so over two chips. */
    @BeforeAll
    static void map() throws IOException {
        final Network net = new Network("emulator").seed(9);
        final Node in = net.node(t -> Math.sin(2 * Math.PI * t)).label("in");
        final Ensemble a = net.ensemble("a", 60, 1);
        final Ensemble b = net.ensemble("b", 60, 1);
        net.connect(in, a);
        for (int k = 0; k < FAN; k++) {
            final Ensemble m = net.ensemble("m" + k, 30, 1);
            net.connect(a, m);
            net.connect(m, b).transform(1.0 / FAN);
        }
        out = net.probe(b).label("b").synapse(0.02);
        final SpinnakerMachine m = SpinnakerMachine.rectangular(2, 2);
        fixture = Fixture.of(net, 3000, m, Files.createTempDirectory("emulator"));
    }

    @Test
    void shouldDeliverEveryPacketWhenTablesAreRight() {
        final EmulationResult r = fixture.emulate(EmulatorOptions.defaults().withSteps(200));
        final EmulatorCounters c = r.counters();
        assertEquals(0, c.faults());
        assertEquals(0, c.overflows());
        // per step: input 1, a -> 16 m (one packet, one multicast), 16 m -> b, b -> probe
        assertEquals(1 + 1 + FAN + 1, r.packetsPerStep()[10]);
        assertEquals((1 + 1 + FAN + 1) * 200, c.sent());
        assertEquals((1 + FAN + FAN + 1) * 200, c.delivered(), "the multicast from a reaches sixteen cores");
        assertEquals(2, fixture.mapping.placements().chipsUsed().size());
    }

    @Test
    void shouldAllocateNothingWhenStepping() {
        final SpinnakerEmulator emu = new SpinnakerEmulator(fixture.reader(), EmulatorOptions.defaults());
        for (int t = 0; t < 1500; t++) {
            emu.step();
        }
        final com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long id = Thread.currentThread().getId();
        final long before = bean.getThreadAllocatedBytes(id);
        for (int t = 0; t < 1000; t++) {
            emu.step();
        }
        final long after = bean.getThreadAllocatedBytes(id);
        assertEquals(0, after - before, "bytes allocated by 1000 emulated steps after warm-up");
    }

    @Test
    void shouldGiveIdenticalRecordingsWhenRunTwice() {
        final EmulationResult a = fixture.emulate(EmulatorOptions.defaults().withSteps(300));
        final EmulationResult b = fixture.emulate(EmulatorOptions.defaults().withSteps(300));
        final double[][] x = fixture.data(a, out);
        final double[][] y = fixture.data(b, out);
        for (int t = 0; t < 300; t++) {
            assertArrayEquals(x[t], y[t]);
        }
    }

    @Test
    void shouldDropAndCountWhenTheReceiveQueueIsFull() {
        final EmulationResult r = fixture.emulate(EmulatorOptions.defaults().withSteps(100).withQueueCapacity(2));
        assertEquals((FAN - 2) * 100, r.counters().droppedQueueFull(), "b receives 16 packets a step and keeps 2");
        assertEquals(r.counters().droppedQueueFull(), r.counters().faults());
    }

    private static Path corrupt(final java.util.function.Consumer<ArrayNode> edit) throws IOException {
        final Path copy = Files.createTempDirectory("tables");
        ImageTest.copyTree(fixture.dir, copy);
        final ObjectMapper om = new ObjectMapper();
        final Path file = copy.resolve(ArtifactLayout.ROUTING_TABLES);
        final ArrayNode tables = (ArrayNode) om.readTree(file.toFile());
        edit.accept(tables);
        om.writeValue(file.toFile(), tables);
        return copy;
    }

    private static Check route(final Path dir) {
        return MappingVerifier.verify(fixture.mapping, ArtifactReader.open(dir)).stream()
            .filter(c -> c.name().startsWith("every key reaches exactly its sinks through the loaded")).findFirst()
            .orElseThrow();
    }

    /** The table (index in routing_tables.json) of the chip with the fewest vertices, which has free cores. */
    private static int sparseTable() {
        final Placements p = fixture.mapping.placements();
        final int chip = p.chipsUsed().get(p.chipsUsed().size() - 1);
        final List<RoutingTable> loaded = fixture.mapping.compressed();
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).chip() == chip) {
                return i;
            }
        }
        throw new AssertionError("no table on chip " + chip);
    }

    /** Index of an entry that routes packets of a core on the table's own chip. */
    private static int localEntry(final int table) {
        final List<RoutingEntry> es = fixture.mapping.compressed().get(table).entries();
        for (int i = 0; i < es.size(); i++) {
            if ((es.get(i).sources() & RoutingEntry.LOCAL_SOURCE) != 0) {
                return i;
            }
        }
        throw new AssertionError("no local entry");
    }

    @Test
    void shouldDetectAndCountWhenALoadedEntryIsMissing() throws IOException {
        final int table = sparseTable();
        final int entry = localEntry(table);
        final Path dir = corrupt(tables -> ((ArrayNode) tables.get(table).get("entries")).remove(entry));
        assertFalse(route(dir).ok(), route(dir).detail());
        final EmulationResult r = new SpinnakerEmulator(ArtifactReader.open(dir), EmulatorOptions.defaults()
            .withSteps(50)).run();
        assertTrue(r.counters().droppedNoRoute() >= 50, "packets from a local core with no entry are dropped");
    }

    @Test
    void shouldDetectAndCountWhenARouteDeliversToAnExtraCore() throws IOException {
        final int table = sparseTable();
        final int entry = localEntry(table);
        final Path dir = corrupt(tables -> {
            final ObjectNode e = (ObjectNode) tables.get(table).get("entries").get(entry);
            e.put("spinnaker_route", e.get("spinnaker_route").asInt() | RouteWord.core(16));
        });
        final Check c = route(dir);
        assertFalse(c.ok());
        assertTrue(c.detail().contains("core 16"), c.detail());
        final EmulationResult r = new SpinnakerEmulator(ArtifactReader.open(dir), EmulatorOptions.defaults()
            .withSteps(50)).run();
        assertTrue(r.counters().droppedNoCore() >= 50, "core 16 of the sparse chip runs nothing");
    }

    @Test
    void shouldDetectALoopWhenTwoChipsSendAKeyBackAndForth() throws IOException {
        final List<RoutingTable> loaded = fixture.reader().routingTables(fixture.reader().machine(), true);
        final RoutingEntry first = loaded.get(0).entries().get(0);
        final Path dir = corrupt(tables -> {
            while (tables.size() < 2) {
                final ObjectNode t = tables.addObject();
                t.put("x", 1);
                t.put("y", 0);
                t.putArray("entries");
            }
            for (int i = 0; i < tables.size(); i++) {
                final ObjectNode t = (ObjectNode) tables.get(i);
                final Link out = t.get("x").asInt() == 0 ? Link.EAST : Link.WEST;
                final ObjectNode e = ((ArrayNode) t.get("entries")).insertObject(0);
                e.put("key", Json.unsigned(first.key()));
                e.put("mask", Json.unsigned(first.mask()));
                e.put("defaultable", false);
                e.put("spinnaker_route", RouteWord.link(out));
            }
        });
        final Check c = route(dir);
        assertFalse(c.ok());
        assertTrue(c.detail().contains("loops"), c.detail());
        final EmulationResult r = new SpinnakerEmulator(ArtifactReader.open(dir), EmulatorOptions.defaults()
            .withSteps(5)).run();
        assertTrue(r.counters().loops() > 0);
    }
}
