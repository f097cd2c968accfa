package dev.neurovec.conformance;

import dev.neurovec.build.BuiltEnsemble;
import dev.neurovec.errors.BuildError;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.neurons.AdaptiveLif;
import dev.neurovec.network.neurons.AdaptiveLifRate;
import dev.neurovec.network.neurons.GainBias;
import dev.neurovec.network.neurons.Izhikevich;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.neurons.MaxRatesIntercepts;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.neurons.RegularSpiking;
import dev.neurovec.network.neurons.Sigmoid;
import dev.neurovec.network.neurons.Tanh;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import dev.neurovec.network.processes.WhiteSignal;
import dev.neurovec.network.solvers.LstsqL2nz;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.neurovec.conformance.Allclose.assertAllclose;
import static dev.neurovec.conformance.Fixtures.filled;
import static dev.neurovec.conformance.Fixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Ports the intent of Nengo's {@code nengo/tests/test_neurons.py} (nengo-semantics.md §1.7, §7.1):
 * {@code test_lif} (spike-count rates against the LIFRate formula), {@code test_lif_min_voltage},
 * {@code test_lif_zero_tau_ref}, {@code test_amplitude}, {@code test_dt_dependence}, the
 * multi-spike floor of SpikingRectifiedLinear, {@code test_gain_bias}, {@code test_initial_state}
 * and {@code test_probeable}. Run once per executor by its subclasses.
 */
abstract class NeuronsContract extends ConformanceContract {
    private static final long SEED = 1234;

    /** {@code test_lif}: one spike of count error plus 2 % of the rate. */
    static final double LIF_RATE_ATOL = 1;
    /** {@code test_lif}. */
    static final double LIF_RATE_RTOL = 0.02;
    /** {@code test_amplitude}: static rate curves. */
    static final double AMPLITUDE_ATOL = 1e-5;
    /** {@code test_amplitude}: relative RMS error of the mean output against amplitude times the rates. */
    static final double AMPLITUDE_RELATIVE_RMS = 0.02;
    /** {@code test_dt_dependence}: filtered decoded outputs at dt 0.1 ms and 1 ms. */
    static final double DT_DEPENDENCE_ATOL = 0.05;
    /** {@code test_dt_dependence}: RMS activity difference below 0.01 / dt, dt being the coarser 1 ms. */
    static final double DT_DEPENDENCE_RMS_HZ = 0.01 / 0.001;
    /** {@code test_gain_bias}, closed-form gain/bias. */
    static final double GAIN_BIAS_ATOL = 1e-8;
    /**
     * float32 override for rates computed by the executor from {@code J = gain + bias}: J is rounded to
     * float (6e-8 relative), and the rate curves are smooth away from threshold.
     */
    static final double RATE_RTOL_F32 = 1e-5;

    static Stream<Arguments> lifCases() {
        return Stream.of(Arguments.of(Precision.FLOAT32, 0.001), Arguments.of(Precision.FLOAT32, 0.002),
            Arguments.of(Precision.FLOAT64, 0.001), Arguments.of(Precision.FLOAT64, 0.002));
    }

    @ParameterizedTest
    @MethodSource("lifCases")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldMatchLifRateMathWhenCountingSpikesOfConstantlyDrivenLif(final Precision precision, final double dt) {
        final int n = 5000;
        final double x = 0.5;
        final RandomState rng = new RandomState(SEED);
        final double[] maxRates = uniform(rng, n, 10, 200);
        final double[] intercepts = uniform(rng, n, -1, 1);
        final Network net = new Network("test_lif");
        final Node ins = net.node(x);
        final Ensemble ens = net.ensemble(n, 1).neuronType(new Lif()).encoders(filled(n, 1, 1.0))
            .maxRates(maxRates).intercepts(intercepts);
        net.connect(ins, ens.neurons()).transform(filled(n, 1, 1.0)).synapse(null);
        final Probe spikes = net.probe(ens.neurons());
        final Probe voltage = net.probe(ens.neurons(), "voltage");
        final Probe ref = net.probe(ens.neurons(), "refractory_time");
        final double tFinal = 1.0;
        try (Simulator sim = new Simulator(net, options(precision).withDt(dt))) {
            sim.run(tFinal);
            final double[][] s = sim.dataDouble(spikes);
            final Lif lif = new Lif();
            final GainBias gb = lif.gainBias(maxRates, intercepts);
            final double[] math = new double[n];
            final double[] counted = new double[n];
            int firing = 0;
            for (int i = 0; i < n; i++) {
                math[i] = lif.rate(gb.gain()[i] * x + gb.bias()[i]);
                firing += math[i] > 0 ? 1 : 0;
            }
            final double[] t = sim.trange();
            for (int k = 0; k < s.length; k++) {
                for (int i = 0; i < n; i++) {
                    counted[i] += s[k][i] > 0 ? 1 : 0;
                    // the spike count after every step is within one spike of rate * t
                    if (!(Math.abs(counted[i] - t[k] * math[i]) < 1)) {
                        fail("neuron " + i + " at t = " + t[k] + ": " + counted[i] + " spikes, expected "
                            + t[k] * math[i] + " within one");
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                counted[i] /= tFinal;
            }
            assertTrue(firing > n / 2, "at least 50% of neurons must fire; " + firing + " do");
            assertAllclose("spike-count rates", math, counted, LIF_RATE_ATOL, LIF_RATE_RTOL);
            // the state probes record something that changes
            assertTrue(totalVariation(sim.dataDouble(voltage)) > 1, "voltage probe varies");
            assertTrue(totalVariation(sim.dataDouble(ref)) > 1, "refractory_time probe varies");
        }
    }

    private static double totalVariation(final double[][] d) {
        double sum = 0;
        for (int k = 1; k < d.length; k++) {
            for (int i = 0; i < d[k].length; i++) {
                sum += Math.abs(d[k][i] - d[k - 1][i]);
            }
        }
        return sum;
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldStartAtLifRatesAndAdaptDownWhenAdaptiveLifRateIsDrivenConstantly(final Precision precision) {
        final int n = 100;
        final double[] intercepts = Fixtures.linspace(-0.99, 0.99, n);
        final Network model = new Network("test_alif_rate");
        final Ensemble a = model.ensemble(n, 1).maxRates(filled(n, 50)).intercepts(intercepts)
            .encoders(filled(n, 1, 1.0)).neuronType(new AdaptiveLifRate());
        model.connect(model.node(0.5), a).synapse(null);
        final Probe ap = model.probe(a.neurons());
        try (Simulator sim = simulator(model, precision)) {
            sim.run(2.0);
            final double[][] rates = sim.dataDouble(ap);
            final BuiltEnsemble built = sim.data(a);
            final double[] ref = new LifRate().rates(filled(n, 0.5), built.gain(), built.bias());
            assertAllclose("initial tuning curve is LIF's", ref, rates[1], 0.1, 1e-3); // test_alif_rate's
            for (int i = 0; i < n; i++) {
                if (intercepts[i] < 0.4) {
                    for (int k = 2; k < rates.length; k++) {
                        assertTrue(rates[k][i] < rates[k - 1][i], "neuron " + i + " adapts down at step " + k + ": "
                            + rates[k - 1][i] + " -> " + rates[k][i]);
                    }
                }
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldMatchAdaptiveLifRateWhenAdaptiveLifSpikesAreSmoothed() {
        final int n = 100;
        final Network model = new Network("test_alif");
        final Node u = model.node(0.5);
        final Ensemble a = model.ensemble(n, 1).maxRates(filled(n, 50)).intercepts(Fixtures.linspace(-0.99, 0.99, n))
            .encoders(filled(n, 1, 1.0)).neuronType(new AdaptiveLifRate(1, 10e-3, 0.02, 0.002, 1));
        final Ensemble b = model.ensemble(n, 1).maxRates(filled(n, 50)).intercepts(Fixtures.linspace(-0.99, 0.99, n))
            .encoders(filled(n, 1, 1.0)).neuronType(new AdaptiveLif(1, 10e-3, 0.02, 0.002, 0, 1));
        model.connect(u, a).synapse(0);
        model.connect(u, b).synapse(0);
        final Probe ap = model.probe(a.neurons());
        final Probe bp = model.probe(b.neurons());
        try (Simulator sim = simulator(model)) {
            sim.run(2.0);
            final double[][] aRates = sim.dataDouble(ap);
            final double[][] bRates = filtfilt(sim.dataDouble(bp), 0.04, sim.dt());
            final double[] t = sim.trange();
            double errSq = 0;
            double refSq = 0;
            for (int k = 0; k < t.length; k++) {
                if (t[k] > 0.1 && t[k] < 1.7) {
                    for (int i = 0; i < n; i++) {
                        errSq += (bRates[k][i] - aRates[k][i]) * (bRates[k][i] - aRates[k][i]);
                        refSq += aRates[k][i] * aRates[k][i];
                    }
                }
            }
            final double relRmse = Math.sqrt(errSq / refSq);
            assertTrue(relRmse < 0.07, "relative RMSE of smoothed ALIF spikes vs ALIFRate: " + relRmse);
        }
    }

    /** Nengo's {@code Lowpass(tau).filtfilt}: filter forward, then backward starting from the last value. */
    private static double[][] filtfilt(final double[][] x, final double tau, final double dt) {
        final double a = Math.exp(-dt / tau);
        final int n = x.length;
        final int d = x[0].length;
        final double[][] y = new double[n][d];
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s = a * s + (1 - a) * x[k][i];
                y[k][i] = s;
            }
            for (int k = n - 1; k >= 0; k--) {
                s = a * s + (1 - a) * y[k][i];
                y[k][i] = s;
            }
        }
        return y;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldSimulateEveryIzhikevichParameterSetWhenDrivenByWhiteSignal() {
        // test_izhikevich: the six parameter sets of Izhikevich's paper simulate (a smoke test in Nengo too)
        final Izhikevich[] types = {new Izhikevich(), new Izhikevich(0.02, 0.2, -55, 4),
            new Izhikevich(0.02, 0.2, -50, 2), new Izhikevich(0.1, 0.2, -65, 8), new Izhikevich(0.02, 0.25, -65, 8),
            new Izhikevich(0.1, 0.26, -65, 8)};
        final Network m = new Network("test_izhikevich");
        final Node u = m.node(new WhiteSignal(0.6, 10));
        final List<Probe> outs = new ArrayList<>();
        final List<Probe> spikes = new ArrayList<>();
        for (Izhikevich type : types) {
            final Ensemble ens = m.ensemble(4, 1).neuronType(type).seed(SEED);
            m.connect(u, ens);
            outs.add(m.probe(ens).synapse(0.05));
            spikes.add(m.probe(ens.neurons()));
        }
        try (Simulator sim = new Simulator(m, options(Precision.FLOAT32).withSeed(SEED + 1))) {
            sim.run(0.6);
            for (int e = 0; e < types.length; e++) {
                double count = 0;
                for (double[] row : sim.dataDouble(spikes.get(e))) {
                    for (double v : row) {
                        assertTrue(v == 0 || v == 1 / sim.dt(), types[e] + ": spikes are 0 or 1/dt, got " + v);
                        count += v > 0 ? 1 : 0;
                    }
                }
                assertTrue(count > 0, types[e] + " spikes");
                for (double[] row : sim.dataDouble(outs.get(e))) {
                    assertTrue(Double.isFinite(row[0]), types[e] + ": decoded output is finite");
                }
            }
        }
    }

    /**
     * Nengo raises {@code ValidationError} for invalid neuron parameters ({@code LIF(tau_rc=-1)},
     * {@code LIF(min_voltage=0.5)} since min_voltage must be at most 0, {@code test_tanh_invalid}).
     */
    @Test
    void shouldRaiseValidationErrorWhenNeuronParameterIsInvalid() {
        assertThrows(ValidationError.class, () -> new Lif(-1, 0.002, 0, 1));
        assertThrows(ValidationError.class, () -> new Lif(0.02, 0.002, 0.5, 1));
        assertThrows(ValidationError.class, () -> new Tanh(0.5).gainBias(new double[] {100}, new double[] {0}));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NEGATIVE_INFINITY, -1.0, 0.0})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldClampVoltageAtMinVoltageWhenDrivenNegative(final double minVoltage) {
        final Network net = new Network("test_lif_min_voltage").seed(SEED);
        final Node stim = net.node(t -> Math.sin(t * 4 * Math.PI));
        final Ensemble ens = net.ensemble(10, 1).neuronType(new Lif(0.02, 0.002, minVoltage, 1));
        net.connect(stim, ens).synapse(null);
        final Probe v = net.probe(ens.neurons(), "voltage");
        try (Simulator sim = simulator(net)) {
            sim.run(0.5);
            double min = Double.POSITIVE_INFINITY;
            for (double[] row : sim.dataDouble(v)) {
                for (double x : row) {
                    min = Math.min(min, x);
                }
            }
            if (minVoltage < -10) {
                assertTrue(min < -10, "unclamped voltage follows the negative current; min " + min);
            } else {
                assertEquals(minVoltage, min, "voltage reaches and never passes min_voltage");
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldFireEveryStepWhenTauRefIsZero() {
        final double dt = 1e-3;
        final double maxRate = 1.0 / dt;
        final Network net = new Network("test_lif_zero_tau_ref").seed(SEED);
        final Ensemble ens = net.ensemble(1, 1).encoders(new double[][] {{1}}).maxRates(maxRate)
            .neuronType(new Lif(0.02, 0, 0, 1));
        net.connect(net.node(10), ens);
        final Probe p = net.probe(ens.neurons());
        try (Simulator sim = simulator(net)) {
            sim.run(0.02);
            final double[][] d = sim.dataDouble(p);
            assertEquals(20, d.length);
            // a spike every step: allclose, because float32 executors form amplitude/dt from a float dt
            assertAllclose("spikes after the first step", maxRate, Allclose.col(Allclose.rows(d, 1, d.length), 0),
                Allclose.DEFAULT_ATOL, Allclose.DEFAULT_RTOL);
        }
    }

    static Stream<NeuronType[]> amplitudeTypes() {
        final double amp = 0.1;
        return Stream.of(new NeuronType[] {new Lif(0.02, 0.002, 0, amp), new Lif()},
            new NeuronType[] {new LifRate(0.02, 0.002, amp), new LifRate()},
            new NeuronType[] {new RectifiedLinear(amp), new RectifiedLinear()},
            new NeuronType[] {new SpikingRectifiedLinear(amp), new SpikingRectifiedLinear()});
    }

    @ParameterizedTest
    @MethodSource("amplitudeTypes")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldScaleOutputByAmplitudeWhenAmplitudeIsSet(final NeuronType scaled, final NeuronType unit) {
        final double amp = 0.1;
        final double[] x = Fixtures.linspace(-5, 30, 50);
        final double[] y = unit.rates(x, filled(50, 1.0), filled(50, 0.0));
        final double[] y2 = scaled.rates(x, filled(50, 1.0), filled(50, 0.0));
        for (int i = 0; i < y.length; i++) {
            y[i] *= amp;
        }
        assertAllclose(scaled + " static rates", y, y2, AMPLITUDE_ATOL, Allclose.DEFAULT_RTOL);

        final int n = 100;
        final RandomState rng = new RandomState(SEED);
        final double[] maxRates = uniform(rng, n, 20, 200);
        final double[] intercepts = uniform(rng, n, -1, 0.8);
        final Network net = new Network("test_amplitude").seed(SEED);
        final Node ins = net.node(1.0);
        final Ensemble a = net.ensemble(n, 1).neuronType(scaled).encoders(filled(n, 1, 1.0))
            .maxRates(maxRates).intercepts(intercepts);
        net.connect(ins, a).synapse(null);
        final Probe spikes = net.probe(a.neurons());
        final double tFinal = 0.5;
        try (Simulator sim = simulator(net)) {
            sim.run(tFinal);
            final double[] r = new double[n];
            for (double[] row : sim.dataDouble(spikes)) {
                for (int i = 0; i < n; i++) {
                    r[i] += row[i] * sim.dt() / tFinal;
                }
            }
            final GainBias gb = unit.gainBias(maxRates, intercepts);
            final double[] r0 = unit.rates(filled(n, 1.0), gb.gain(), gb.bias());
            final double[] diff = new double[n];
            for (int i = 0; i < n; i++) {
                r0[i] *= amp;
                diff[i] = r[i] - r0[i];
            }
            final double error = Allclose.rms(diff) / Allclose.rms(r0);
            assertTrue(error < AMPLITUDE_RELATIVE_RMS, scaled + ": relative RMS error of mean output " + error);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.neurovec.conformance.Fixtures#nonDirectNeuronTypes")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldNotChangeWildlyWhenDtChanges(final NeuronType type) {
        final double freq = 10 * (2 * Math.PI);
        final Network net = new Network("test_dt_dependence").seed(SEED);
        net.config().ensemble().neuronType(type);
        final Node u = net.node(0, 2, (t, x, out) -> {
            out[0] = Math.sin(freq * t);
            out[1] = Math.cos(freq * t);
        });
        final Ensemble pre = net.ensemble(60, 2);
        final Ensemble square = net.ensemble(60, 2);
        net.connect(u, pre);
        net.connect(pre, square).function(v -> v * v);
        final Probe activity = net.probe(square.neurons()).synapse(0.05).sampleEvery(0.001);
        final Probe out = net.probe(square).synapse(0.05).sampleEvery(0.001);
        final List<double[][]> activities = new ArrayList<>();
        final List<double[][]> outs = new ArrayList<>();
        for (double dt : new double[] {0.0001, 0.001}) {
            try (Simulator sim = new Simulator(net, options(Precision.FLOAT32).withDt(dt).withSeed(SEED + 1))) {
                sim.run(0.1);
                assertEquals(100, sim.trange(0.001).length, "samples every ms at dt " + dt);
                activities.add(sim.dataDouble(activity));
                outs.add(sim.dataDouble(out));
            }
        }
        final double[][] a0 = activities.get(0);
        final double[][] a1 = activities.get(1);
        assertEquals(a0.length, a1.length, "both runs sample every ms");
        double sq = 0;
        int count = 0;
        for (int k = 0; k < a0.length; k++) {
            for (int i = 0; i < a0[k].length; i++) {
                sq += (a0[k][i] - a1[k][i]) * (a0[k][i] - a1[k][i]);
                count++;
            }
        }
        final double rms = Math.sqrt(sq / count);
        assertTrue(rms < DT_DEPENDENCE_RMS_HZ, type + ": RMS activity difference " + rms
            + " Hz between dt 0.1 ms and 1 ms");
        assertAllclose(type + " decoded output at dt 1 ms vs 0.1 ms", outs.get(0), outs.get(1), DT_DEPENDENCE_ATOL,
            Allclose.DEFAULT_RTOL);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldEmitSeveralSpikesInOneStepWhenSpikingReluIsDrivenAboveOneSpikePerStep(final Precision precision) {
        // Fractions of J*dt are multiples of 1/625, 1/2000 and 1/1000: never within float32 drift of an integer.
        final double[] j = {2345.6, 1234.5, 4321.0};
        final int steps = 100;
        final Network net = new Network("spiking_relu_floor").seed(SEED);
        final Ensemble ens = net.ensemble(3, 1).neuronType(new SpikingRectifiedLinear()).gain(filled(3, 1.0)).bias(j)
            .initialState("voltage", Dists.choice(0.0));
        final Probe out = net.probe(ens.neurons());
        try (Simulator sim = simulator(net, precision)) {
            sim.runSteps(steps);
            final double dt = sim.dt();
            final double[][] d = sim.dataDouble(out);
            final double[] v = new double[3];
            for (int k = 0; k < steps; k++) {
                for (int i = 0; i < 3; i++) {
                    v[i] += Math.max(j[i], 0) * dt;
                    final double spikes = Math.floor(v[i]);
                    v[i] -= spikes;
                    assertTrue(spikes >= 1, "the case drives more than one spike per step");
                    assertEquals(spikes, Math.round(d[k][i] * dt), "step " + k + " neuron " + i
                        + ": spikes = floor(accumulated voltage)");
                    assertEquals(spikes / dt, d[k][i], F32_RTOL * spikes / dt, "step " + k + " neuron " + i
                        + ": output is spikes * amplitude / dt");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.neurovec.conformance.Fixtures#nonDirectNeuronTypes")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldRoundTripGainBiasWhenSolvingFromMaxRatesAndIntercepts(final NeuronType type) {
        final int n = 100;
        final RandomState rng = new RandomState(SEED);
        final double[] maxRates = uniform(rng, n, 300, 400);
        final double[] intercepts = uniform(rng, n, -0.5, 0.5);
        final double tol = GAIN_BIAS_ATOL;
        final GainBias gb = type.gainBias(maxRates, intercepts);
        assertAllclose(type + " rates(1)", maxRates, type.rates(filled(n, 1.0), gb.gain(), gb.bias()), tol,
            Allclose.DEFAULT_RTOL);
        // Sigmoid's intercept is where J = 0, at half its maximum rate; every other type starts firing there.
        final double threshold = type instanceof Sigmoid s ? 0.5 / s.tauRef() : 0;
        final double[] below = new double[n];
        final double[] above = new double[n];
        for (int i = 0; i < n; i++) {
            below[i] = intercepts[i] - tol;
            above[i] = intercepts[i] + tol;
        }
        final double[] rb = type.rates(below, gb.gain(), gb.bias());
        final double[] ra = type.rates(above, gb.gain(), gb.bias());
        for (int i = 0; i < n; i++) {
            assertTrue(rb[i] <= threshold, type + ": rate just below intercept " + i + " is " + rb[i]);
            assertTrue(ra[i] > threshold, type + ": rate just above intercept " + i + " is " + ra[i]);
        }
        final MaxRatesIntercepts mi = type.maxRatesIntercepts(gb.gain(), gb.bias());
        assertAllclose(type + " max rates round trip", maxRates, mi.maxRates(), tol, Allclose.DEFAULT_RTOL);
        assertAllclose(type + " intercepts round trip", intercepts, mi.intercepts(), tol, Allclose.DEFAULT_RTOL);

        // The builder solves the same way, and derives max rates and intercepts when given gain and bias.
        final Network net = new Network("test_gain_bias").seed(SEED);
        final Ensemble fromRates = net.ensemble(n, 1).neuronType(type).encoders(filled(n, 1, 1.0)).maxRates(maxRates)
            .intercepts(intercepts);
        final Ensemble fromGains = net.ensemble(n, 1).neuronType(type).encoders(filled(n, 1, 1.0)).gain(gb.gain())
            .bias(gb.bias());
        net.connect(net.node(1.0), fromRates).synapse(null);
        final Probe out = net.probe(fromRates.neurons());
        try (Simulator sim = simulator(net)) {
            final BuiltEnsemble r = sim.data(fromRates);
            assertAllclose(type + " built gain", gb.gain(), r.gain(), 0, 0);
            assertAllclose(type + " built bias", gb.bias(), r.bias(), 0, 0);
            final BuiltEnsemble g = sim.data(fromGains);
            assertAllclose(type + " built max rates from gain/bias", maxRates, g.maxRates(), tol,
                Allclose.DEFAULT_RTOL);
            assertAllclose(type + " built intercepts from gain/bias", intercepts, g.intercepts(), tol,
                Allclose.DEFAULT_RTOL);
            if (!type.spiking()) {
                sim.step();
                assertAllclose(type + " simulated rate at x = 1", maxRates, sim.dataDouble(out)[0], tol, RATE_RTOL_F32);
            }
        }
    }

    static Stream<Arguments> initialStates() {
        return Stream.of(Arguments.of(new Lif(), Precision.FLOAT32), Arguments.of(new Lif(), Precision.FLOAT64),
            Arguments.of(new SpikingRectifiedLinear(), Precision.FLOAT32),
            Arguments.of(new SpikingRectifiedLinear(), Precision.FLOAT64));
    }

    @ParameterizedTest
    @MethodSource("initialStates")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldStartFromInitialStateWhenEnsembleOverridesIt(final NeuronType type, final Precision precision) {
        final int n = 50;
        final double[] linspace = Fixtures.linspace(0.1, 0.9, n);
        final Network net = new Network("test_initial_state").seed(SEED);
        final Probe uniform = net.probe(net.ensemble(n, 1).neuronType(type).gain(Dists.choice(1.0))
            .bias(Dists.choice(0.0)).initialState("voltage", Dists.uniform(0, 1)).neurons(), "voltage");
        final Probe choice = net.probe(net.ensemble(n, 1).neuronType(type).gain(Dists.choice(1.0))
            .bias(Dists.choice(0.0)).initialState("voltage", Dists.choice(0.5)).neurons(), "voltage");
        final Probe array = net.probe(net.ensemble(n, 1).neuronType(type).gain(Dists.choice(1.0))
            .bias(Dists.choice(0.0)).initialState("voltage", Dists.samples(Allclose.column(linspace))).neurons(),
            "voltage");
        try (Simulator sim = simulator(net, precision)) {
            sim.run(0.1);
            // LIF decays by exp(-dt/tau_rc) in the first step with zero input; undo it
            final double undo = type instanceof Lif lif ? Math.exp(sim.dt() / lif.tauRc()) : 1;
            final double[] u = scaled(sim.dataDouble(uniform)[0], undo);
            final int[] histogram = new int[10];
            for (double v : u) {
                histogram[Math.min(9, Math.max(0, (int) Math.floor(v * 10)))]++;
            }
            double dev = 0;
            for (int h : histogram) {
                dev += Math.abs(h / (n / 10.0) - 1) / 10;
            }
            assertTrue(dev < 0.5, type + ": uniform initial voltages are spread over [0, 1); histogram deviation "
                + dev);
            assertAllclose(type + " Choice([0.5]) initial voltage", 0.5, scaled(sim.dataDouble(choice)[0], undo),
                1e-5, Allclose.DEFAULT_RTOL);
            assertAllclose(type + " array initial voltage", linspace, scaled(sim.dataDouble(array)[0], undo), 1e-5,
                Allclose.DEFAULT_RTOL);
        }
    }

    private static double[] scaled(final double[] v, final double factor) {
        final double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor;
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldIntegrateOnlyThePartOfTheStepAfterTheRefractoryPeriodWhenItEndsMidStep(final Precision precision) {
        final double v0 = 0.3;
        final double ref0 = 0.0015;
        final Network net = new Network("lif_partial_step").seed(SEED);
        final Ensemble lif = net.ensemble(4, 1).neuronType(new Lif()).gain(filled(4, 1.0)).bias(filled(4, 0.0))
            .initialState("voltage", Dists.choice(v0)).initialState("refractory_time", Dists.choice(ref0));
        final Probe v = net.probe(lif.neurons(), "voltage");
        final Probe ref = net.probe(lif.neurons(), "refractory_time");
        final double rtol = exactRtol(precision);
        try (Simulator sim = simulator(net, precision)) {
            sim.step();
            final double dt = sim.dt();
            // refractory_time -= dt, then the voltage decays over dt - refractory_time only (§1.7 LIF step)
            final double ref1 = ref0 - dt;
            assertAllclose("refractory_time after one step", ref1, sim.dataDouble(ref)[0], 0, rtol);
            assertAllclose("voltage after one step", v0 * Math.exp(-(dt - ref1) / 0.02), sim.dataDouble(v)[0], 0, rtol);
        }
        final Network bad = new Network("bad").seed(SEED);
        bad.ensemble("e", 2, 1).initialState("bogus", Dists.choice(0.0));
        final BuildError e = assertThrows(BuildError.class, () -> simulator(bad).close());
        assertEquals("Ensemble 'e': initialState 'bogus' is not a state of Lif(tauRc=0.02, tauRef=0.002, "
            + "minVoltage=0.0, amplitude=1.0); expected one of [voltage, refractory_time]", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("dev.neurovec.conformance.Fixtures#nonDirectNeuronTypes")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldReproduceTheRunWhenReset(final NeuronType type) {
        final Network net = new Network("test_reset").seed(SEED);
        net.config().ensemble().neuronType(type);
        final Node u = net.node(new WhiteSignal(0.3, 10), 0, 2);
        final Ensemble ens = net.ensemble(60, 2);
        final Ensemble square = net.ensemble(60, 2);
        net.connect(u, ens);
        net.connect(ens, square).function(x -> x * x).solver(new LstsqL2nz(0.1, true));
        final Probe p = net.probe(square).synapse(0.01);
        try (Simulator sim = new Simulator(net, options(Precision.FLOAT32).withSeed(SEED + 1))) {
            sim.run(0.1);
            sim.run(0.2);
            final double[] t1 = sim.trange();
            final double[][] square1 = sim.dataDouble(p);
            sim.reset();
            sim.run(0.3);
            assertAllclose("trange after reset", t1, sim.trange(), Allclose.DEFAULT_ATOL, Allclose.DEFAULT_RTOL);
            assertAllclose(type + " output after reset", square1, sim.dataDouble(p), Allclose.DEFAULT_ATOL,
                Allclose.DEFAULT_RTOL);
        }
    }

    static Stream<Object[]> probeables() {
        return Stream.of(new Object[] {new RectifiedLinear(), List.of("output", "input")},
            new Object[] {new SpikingRectifiedLinear(), List.of("output", "voltage", "input")},
            new Object[] {new Lif(), List.of("output", "voltage", "refractory_time", "input")},
            new Object[] {new AdaptiveLif(), List.of("output", "voltage", "refractory_time", "adaptation", "input")},
            new Object[] {new Izhikevich(), List.of("output", "voltage", "recovery", "input")},
            new Object[] {new RegularSpiking(new LifRate()), List.of("output", "rate_out", "voltage", "input")});
    }

    @ParameterizedTest
    @MethodSource("probeables")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldProbeEveryNengoAttributeWhenListedAsProbeable(final NeuronType type, final List<String> expected) {
        final Network net = new Network("test_probeable").seed(SEED);
        final Ensemble ens = net.ensemble(10, 1).neuronType(type);
        assertEquals(expected, ens.neurons().probeable(), type + ": neuron_type.probeable + ('input',)");
        net.connect(net.node(0.5), ens).synapse(null);
        final List<Probe> probes = new ArrayList<>();
        for (String attr : expected) {
            probes.add(net.probe(ens.neurons(), attr));
        }
        try (Simulator sim = simulator(net)) {
            sim.runSteps(5);
            final BuiltEnsemble built = sim.data(ens);
            for (int p = 0; p < probes.size(); p++) {
                final double[][] d = sim.dataDouble(probes.get(p));
                assertEquals(5, d.length, expected.get(p) + ": one sample per step");
                assertEquals(10, d[0].length, expected.get(p) + ": one value per neuron");
            }
            final double[] input = sim.dataDouble(probes.get(expected.indexOf("input")))[4];
            final double[] j = new double[10];
            for (int i = 0; i < 10; i++) {
                j[i] = built.bias()[i] + built.scaledEncoders()[i][0] * 0.5;
            }
            assertAllclose(type + " input = bias + E' x", j, input, 1e-6, F32_RTOL);
            if (type instanceof RegularSpiking rs) {
                final double[] rate = sim.dataDouble(probes.get(expected.indexOf("rate_out")))[4];
                final double[] projected = new double[10];
                for (int i = 0; i < 10; i++) {
                    projected[i] = built.encoders()[i][0] * 0.5;
                }
                assertAllclose("rate_out = base rates", rs.base().rates(projected, built.gain(), built.bias()),
                    rate, Allclose.DEFAULT_ATOL, RATE_RTOL_F32);
            }
        }
    }
}
