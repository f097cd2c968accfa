package dev.neurovec.conformance;

import dev.neurovec.build.BuiltConnection;
import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.build.Model;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.processes.WhiteNoise;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.neurovec.conformance.Allclose.DEFAULT_ATOL;
import static dev.neurovec.conformance.Allclose.DEFAULT_RTOL;
import static dev.neurovec.conformance.Allclose.assertAllclose;
import static dev.neurovec.conformance.Allclose.col;
import static dev.neurovec.conformance.Fixtures.bitIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ports the intent of Nengo's {@code nengo/tests/test_simulator.py} (nengo-semantics.md §1.1, §3.1,
 * §3.3): {@code test_steps}, {@code test_time_absolute}, {@code test_invalid_run_time} (run length is
 * {@code round(t / dt)} with numpy's half-to-even rounding), {@code test_trange_with_probes},
 * {@code test_sample_every_trange}, {@code test_simulation_data_with_repeated_simulator_runs},
 * {@code test_seeding} (same seed, same parameters and bit-identical probe data),
 * {@code test_hierarchical_seeding}, seeding one object leaving the others' parameters alone,
 * {@code test_sim_seed_set_by_network_seed} (simulator seed = network seed + 1, which seeds the
 * processes), {@code test_probe_cache} ({@code reset(seed)}), the same data on one and two worker
 * threads, and {@code test_close_*} (a closed simulator throws {@code IllegalStateException}).
 */
abstract class SimulatorContract extends ConformanceContract {
    private static final long SEED = 872;

    @Test
    void shouldCountStepsAndTimeWhenStepping() {
        final double dt = 0.001;
        try (Simulator sim = simulator(new Network("test_steps"), dt)) {
            assertEquals(0, sim.nSteps());
            assertAllclose("time before stepping", 0.0, new double[] {sim.time()}, DEFAULT_ATOL, DEFAULT_RTOL);
            sim.step();
            assertEquals(1, sim.nSteps());
            assertAllclose("time after one step", dt, new double[] {sim.time()}, DEFAULT_ATOL, DEFAULT_RTOL);
            sim.step();
            assertEquals(2, sim.nSteps());
            assertAllclose("time after two steps", 2 * dt, new double[] {sim.time()}, DEFAULT_ATOL, DEFAULT_RTOL);
        }
    }

    @Test
    void shouldStartTrangeAtDtWhenRunning() {
        try (Simulator sim = simulator(new Network("test_time_absolute"))) {
            sim.run(0.003);
            assertAllclose("trange", new double[] {0.001, 0.002, 0.003}, sim.trange(), DEFAULT_ATOL, DEFAULT_RTOL);
        }
    }

    @Test
    void shouldRejectNegativeTimeAndRoundStepsWhenRunning() {
        final Network net = new Network("test_invalid_run_time");
        try (Simulator sim = simulator(net)) {
            final ValidationError e = assertThrows(ValidationError.class, () -> sim.run(-0.0001));
            assertEquals("Simulator of Network 'test_invalid_run_time': seconds = -1.0E-4; expected a finite time >= 0",
                e.getMessage());
            sim.run(0);
            assertEquals(0, sim.nSteps(), "run(0) runs nothing (Nengo warns)");
            sim.run(0.0006);
            assertEquals(1, sim.nSteps(), "0.6 steps rounds up to one");
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0025, 0.0035, 0.0045})
    void shouldRoundHalfStepsToEvenWhenRunTimeIsHalfway(final double seconds) {
        // run(t) runs round(t / dt) steps with numpy's rounding: 2.5 -> 2, 3.5 -> 4, 4.5 -> 4 (§3.1)
        final long expected = (long) Math.rint(seconds / 0.001);
        try (Simulator sim = simulator(new Network("half_steps"))) {
            sim.run(seconds);
            assertEquals(expected, sim.nSteps(), "steps for run(" + seconds + ")");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldMatchProbeLengthsWhenTrangeIsAskedForTheirPeriods() {
        final double dt = 1e-3;
        final Network m = new Network("test_trange_with_probes");
        final Node u = m.node(Math::sin);
        final List<Probe> probes = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            probes.add(m.probe(u).sampleEvery(dt * i).synapse(5 * dt * i));
        }
        try (Simulator sim = simulator(m, dt)) {
            sim.run(0.333);
            for (int i = 1; i <= 20; i++) {
                assertEquals(sim.trange(dt * i).length, sim.dataDouble(probes.get(i - 1)).length,
                    "period " + i + " dt");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.0005, 0.002, 0.0015})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldSampleAtTrangeTimesWhenSampleEveryIsSet(final double sampleEvery) {
        final Network model = new Network("test_sample_every_trange");
        final Node t = model.node(x -> x);
        final Probe p = model.probe(t).sampleEvery(sampleEvery);
        try (Simulator sim = simulator(model)) {
            sim.run(0.01);
            assertAllclose("samples of t", sim.trange(sampleEvery), col(sim.dataDouble(p), 0), DEFAULT_ATOL,
                F32_RTOL);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldAppendProbeDataWhenRunRepeatedly() {
        final Network model = new Network("repeated_runs").seed(SEED);
        final Probe p = model.probe(model.ensemble(10, 1));
        try (Simulator sim = simulator(model)) {
            sim.run(0.01);
            assertEquals(10, sim.dataDouble(p).length);
            sim.run(0.01);
            assertEquals(20, sim.dataDouble(p).length);
        }
    }

    private record Seeded(Network net, Ensemble a, Ensemble b, Connection c, Probe spikes, Probe decoded) {
    }

    private static Seeded seedingNetwork(final long seed) {
        final Network m = new Network("test_seeding").seed(seed);
        final Node input = m.node(1.0).label("input");
        final Ensemble a = m.ensemble("A", 40, 1);
        final Ensemble b = m.ensemble("B", 20, 1);
        m.connect(input, a);
        final Connection c = m.connect(a, b).function(x -> x * x);
        return new Seeded(m, a, b, c, m.probe(a.neurons()), m.probe(b).synapse(0.01));
    }

    private static List<double[][]> ensembleParams(final BuiltEnsemble e) {
        return List.of(e.evalPoints(), e.encoders(), Allclose.column(e.intercepts()), Allclose.column(e.maxRates()),
            e.scaledEncoders(), Allclose.column(e.gain()), Allclose.column(e.bias()));
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldReproduceParametersAndDataBitForBitWhenSeedIsTheSame(final Precision precision) {
        final Seeded s1 = seedingNetwork(SEED);
        final Seeded s2 = seedingNetwork(SEED);
        final Seeded s3 = seedingNetwork(SEED + 1);
        try (Simulator m1 = simulator(s1.net(), precision); Simulator m2 = simulator(s2.net(), precision);
             Simulator m3 = simulator(s3.net(), precision)) {
            final String[] names = {"eval_points", "encoders", "intercepts", "max_rates", "scaled_encoders", "gain",
                "bias"};
            final List<double[][]> a1 = ensembleParams(m1.data(s1.a()));
            final List<double[][]> a2 = ensembleParams(m2.data(s2.a()));
            final List<double[][]> a3 = ensembleParams(m3.data(s3.a()));
            final List<double[][]> b1 = ensembleParams(m1.data(s1.b()));
            final List<double[][]> b2 = ensembleParams(m2.data(s2.b()));
            final List<double[][]> b3 = ensembleParams(m3.data(s3.b()));
            for (int k = 0; k < names.length; k++) {
                assertTrue(bitIdentical(a1.get(k), a2.get(k)), "A." + names[k] + " with the same seed");
                assertTrue(bitIdentical(b1.get(k), b2.get(k)), "B." + names[k] + " with the same seed");
                assertFalse(bitIdentical(a1.get(k), a3.get(k)), "A." + names[k] + " with another seed");
                assertFalse(bitIdentical(b1.get(k), b3.get(k)), "B." + names[k] + " with another seed");
            }
            final BuiltConnection c1 = m1.data(s1.c());
            assertTrue(bitIdentical(c1.evalPoints(), m2.data(s2.c()).evalPoints()), "C.eval_points, same seed");
            assertTrue(bitIdentical(c1.weights(), m2.data(s2.c()).weights()), "C.weights, same seed");
            assertFalse(bitIdentical(c1.evalPoints(), m3.data(s3.c()).evalPoints()), "C.eval_points, other seed");
            assertFalse(bitIdentical(c1.weights(), m3.data(s3.c()).weights()), "C.weights, other seed");
            m1.run(0.2);
            m2.run(0.2);
            m3.run(0.2);
            assertTrue(bitIdentical(m1.dataDouble(s1.spikes()), m2.dataDouble(s2.spikes())), "spikes, same seed");
            assertTrue(bitIdentical(m1.dataDouble(s1.decoded()), m2.dataDouble(s2.decoded())), "decoded, same seed");
            assertFalse(bitIdentical(m1.dataDouble(s1.spikes()), m3.dataDouble(s3.spikes())), "spikes, other seed");
        }
    }

    private static List<Ensemble> hierarchical(final Network model, final boolean makeExtra) {
        final List<Ensemble> objs = new ArrayList<>();
        objs.add(model.ensemble("e1", 10, 1));
        final Network n2 = model.network("n2");
        objs.add(n2.ensemble("e2", 10, 1));
        if (makeExtra) {
            objs.add(n2.ensemble("e3", 10, 1)); // this shouldn't affect any seeds
        }
        objs.add(model.ensemble("e4", 10, 1));
        return objs;
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldKeepTopLevelSeedsWhenSubnetworkChanges() {
        final Network same1 = new Network("n1").seed(9);
        final List<Ensemble> same1objs = hierarchical(same1, false);
        final Network same2 = new Network("n1").seed(9);
        final List<Ensemble> same2objs = hierarchical(same2, true);
        final Network diff = new Network("n1").seed(10);
        final List<Ensemble> diffobjs = hierarchical(diff, true);
        try (Simulator s1 = simulator(same1); Simulator s2 = simulator(same2); Simulator s3 = simulator(diff)) {
            final Model m1 = s1.model();
            final Model m2 = s2.model();
            final Model m3 = s3.model();
            for (int i = 0; i < diffobjs.size(); i++) {
                assertNotEquals(m3.seed(diffobjs.get(i)), m2.seed(same2objs.get(i)), diffobjs.get(i) + ": other seed");
            }
            final List<Ensemble> skipExtra = new ArrayList<>(same2objs);
            skipExtra.remove(2);
            for (int i = 0; i < same1objs.size(); i++) {
                assertEquals(m1.seed(same1objs.get(i)), m2.seed(skipExtra.get(i)), same1objs.get(i) + ": same seed");
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldLeaveOtherObjectsAloneWhenOneObjectGetsItsOwnSeed() {
        final Network plain = new Network("own_seed").seed(SEED);
        final Ensemble p1 = plain.ensemble("first", 20, 2);
        final Ensemble p2 = plain.ensemble("second", 20, 2);
        final Connection pc = plain.connect(p1, p2);
        final Network seeded = new Network("own_seed").seed(SEED);
        final Ensemble s1 = seeded.ensemble("first", 20, 2).seed(5);
        final Ensemble s2 = seeded.ensemble("second", 20, 2);
        final Connection sc = seeded.connect(s1, s2);
        try (Simulator a = simulator(plain); Simulator b = simulator(seeded)) {
            assertEquals(5L, b.model().seed(s1), "an explicit seed wins");
            assertNotEquals(a.model().seed(p1), b.model().seed(s1));
            assertEquals(a.model().seed(p2), b.model().seed(s2), "the other ensemble's seed is still drawn");
            for (int k = 0; k < 7; k++) {
                assertTrue(bitIdentical(ensembleParams(a.data(p2)).get(k), ensembleParams(b.data(s2)).get(k)),
                    "second ensemble parameter " + k + " unchanged");
            }
            assertFalse(bitIdentical(a.data(p1).encoders(), b.data(s1).encoders()), "the seeded ensemble changed");
            assertEquals(a.model().seed(pc), b.model().seed(sc), "the connection's seed is unchanged");
            assertTrue(bitIdentical(Allclose.column(a.data(p2).bias()), Allclose.column(b.data(s2).bias())),
                "second ensemble's bias unchanged");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldSeedSimulatorWithNetworkSeedPlusOneWhenNoSeedIsGiven() {
        final long seed = 1357;
        final Network model = new Network("sim_seed").seed(seed);
        final Node noise = model.node(new WhiteNoise());
        final Probe p = model.probe(noise);
        try (Simulator a = simulator(model); Simulator b = simulator(model);
             Simulator explicit = new Simulator(model, options(Precision.FLOAT32).withSeed(seed + 1));
             Simulator other = new Simulator(model, options(Precision.FLOAT32).withSeed(seed + 2))) {
            assertEquals(seed + 1, a.seed(), "network seed + 1");
            assertEquals(a.seed(), b.seed(), "test_sim_seed_set_by_network_seed");
            for (Simulator s : new Simulator[] {a, b, explicit, other}) {
                s.runSteps(20);
            }
            assertTrue(bitIdentical(a.dataDouble(p), b.dataDouble(p)), "same simulator seed, same noise");
            assertTrue(bitIdentical(a.dataDouble(p), explicit.dataDouble(p)), "the default is network seed + 1");
            assertFalse(bitIdentical(a.dataDouble(p), other.dataDouble(p)), "another simulator seed, other noise");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldDrawNewNoiseWhenResetWithAnotherSeed() {
        final Network model = new Network("test_probe_cache");
        final Probe up = model.probe(model.node(new WhiteNoise()));
        try (Simulator sim = new Simulator(model, options(Precision.FLOAT32).withSeed(0))) {
            sim.runSteps(10);
            final double[][] ua = sim.dataDouble(up);
            sim.reset(1);
            assertEquals(1, sim.seed());
            sim.runSteps(10);
            final double[][] ub = sim.dataDouble(up);
            double maxDiff = 0;
            for (int k = 0; k < 10; k++) {
                maxDiff = Math.max(maxDiff, Math.abs(ua[k][0] - ub[k][0]));
            }
            assertTrue(maxDiff > 0.1, "noise after reset(1) differs from seed 0's; max difference " + maxDiff);
            sim.reset(0);
            sim.runSteps(10);
            assertTrue(bitIdentical(ua, sim.dataDouble(up)), "reset(0) replays seed 0's noise");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldProduceIdenticalBitsWhenRunOnOneOrTwoThreads() {
        final Seeded s = seedingNetwork(SEED);
        try (Simulator one = new Simulator(s.net(), options(Precision.FLOAT32).withThreads(1));
             Simulator two = new Simulator(s.net(), options(Precision.FLOAT32).withThreads(2))) {
            one.run(0.2);
            two.run(0.2);
            assertTrue(bitIdentical(one.dataDouble(s.spikes()), two.dataDouble(s.spikes())), "spikes");
            assertTrue(bitIdentical(one.dataDouble(s.decoded()), two.dataDouble(s.decoded())), "decoded output");
        }
    }

    private static void assertClosed(final String what, final Executable call) {
        final IllegalStateException e = assertThrows(IllegalStateException.class, call, what);
        assertEquals("Simulator of Network 'test_close' is closed", e.getMessage(), what);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldThrowIllegalStateWhenUsedAfterClose() {
        final Network m = new Network("test_close").seed(SEED);
        final Ensemble e = m.ensemble(10, 1);
        final Probe p = m.probe(e);
        final Simulator sim = simulator(m);
        sim.run(0.01);
        sim.close();
        sim.close(); // idempotent
        assertClosed("run", () -> sim.run(1.0));
        assertClosed("reset", sim::reset);
        assertClosed("runSteps", () -> sim.runSteps(1));
        assertClosed("step", sim::step);
        assertClosed("clearProbes", sim::clearProbes);
        assertClosed("trange", sim::trange);
        // A deliberate difference from Nengo, whose data stays readable after close (DESIGN: every later call fails).
        assertClosed("data", () -> sim.dataDouble(p));
        assertClosed("built parameters", () -> sim.data(e));
        try (Simulator ctx = simulator(m)) {
            ctx.run(0.01);
            assertArrayEquals(Fixtures.times(0.001, 10), ctx.trange(), 1e-12);
        }
    }
}
