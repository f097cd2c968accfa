package dev.neurovec.build;

import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.Reset;
import dev.neurovec.build.ops.SimNeurons;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.errors.BuildError;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.dists.Samples;
import dev.neurovec.network.neurons.GainBias;
import dev.neurovec.network.neurons.MaxRatesIntercepts;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RegularSpiking;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an ensemble (nengo-semantics.md §2.3 "Ensemble"): draws eval points, encoders and
 * gain/bias in Nengo's order from the ensemble's seed, then adds the signals and operators
 * {@code J = bias + E' x; out = neurons(J)}.
 */
final class EnsembleBuilder {
    private EnsembleBuilder() {
    }

    static void build(final ModelBuilder mb, final Ensemble ens) {
        final Model model = mb.model();
        final String name = ens.path();
        final RandomState rng = new RandomState(mb.seeds().seedOf(ens));
        final int n = ens.nNeurons();
        final int d = ens.dimensions();
        final double[][] evalPoints = evalPoints(ens, rng);

        final Signal in = Signal.zeros(name + ".in", d);
        model.addSignal(ens, "in", in);
        model.add(new Reset(in, 0.0, ens.describe()));

        if (ens.isDirect()) {
            model.addSignal(ens.neurons(), "in", in);
            model.addSignal(ens.neurons(), "out", in);
            model.addSignal(ens, "out", in);
            model.setParams(ens, new BuiltEnsemble(evalPoints, identity(d), null, null, identity(d), null, null));
            return;
        }

        final double[][] encoders = encoders(ens, rng);
        final double[] gain;
        final double[] bias;
        final double[] maxRates;
        final double[] intercepts;
        final NeuronType type = ens.neuronType();
        if (ens.gain() != null && ens.bias() != null) {
            gain = sample(ens, "gain", ens.gain(), n, rng);
            bias = sample(ens, "bias", ens.bias(), n, rng);
            final MaxRatesIntercepts mi = type.maxRatesIntercepts(gain, bias);
            maxRates = mi.maxRates();
            intercepts = mi.intercepts();
        } else if (ens.gain() != null || ens.bias() != null) {
            throw new BuildError(ens.describe() + ": " + (ens.gain() != null ? "gain" : "bias")
                + " is set but " + (ens.gain() != null ? "bias" : "gain")
                + " is not; expected both (solving for one given the other is not supported, as in Nengo)");
        } else {
            maxRates = sample(ens, "maxRates", ens.maxRates(), n, rng);
            intercepts = sample(ens, "intercepts", ens.intercepts(), n, rng);
            final GainBias gb;
            try {
                gb = type.gainBias(maxRates, intercepts);
            } catch (ValidationError e) {
                throw new BuildError(ens.describe() + ": " + e.getMessage(), e);
            }
            gain = gb.gain();
            bias = gb.bias();
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(gain[i]) || gain[i] <= 0) {
                    throw new BuildError(ens.describe() + ": gain[" + i + "] = " + gain[i] + " from intercept "
                        + intercepts[i] + " and max rate " + maxRates[i] + "; expected a finite gain > 0"
                        + " (for LIF-like neurons keep intercepts below 1)");
                }
            }
        }

        final double[][] scaled = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                scaled[i][k] = encoders[i][k] * (gain[i] / ens.radius());
            }
        }

        final Signal neuronsIn = Signal.zeros(name + ".neurons.in", n);
        final Signal neuronsOut = Signal.zeros(name + ".neurons.out", n);
        final Signal biasSig = Signal.constant(name + ".neurons.bias", bias);
        final Signal encSig = Signal.matrix(name + ".encoders", scaled);
        final Signal gainSig = Signal.constant(name + ".neurons.gain", gain);
        model.addSignal(ens.neurons(), "in", neuronsIn);
        model.addSignal(ens.neurons(), "out", neuronsOut);
        model.addSignal(ens.neurons(), "bias", biasSig);
        model.addSignal(ens.neurons(), "gain", gainSig);
        model.addSignal(ens, "encoders", encSig);
        model.addSignal(ens, "out", neuronsOut);

        model.add(new Copy(biasSig, neuronsIn, null, null, false, ens.describe() + " bias"));
        model.add(new DotInc(encSig, in, neuronsIn, ens.describe() + " encoders"));
        if (ens.noise() != null) {
            model.add(new SimProcess(ens.noise(), null, neuronsIn, model.time(), SimProcess.Mode.INC,
                ProcessSignals.state(model, ens.noise(), 0, n, name + ".noise"), ens.describe() + " noise"));
        }
        buildNeurons(mb, ens, neuronsIn, neuronsOut);
        model.setParams(ens, new BuiltEnsemble(evalPoints, encoders, intercepts, maxRates, scaled, gain, bias));
    }

    /** Neuron state is drawn from {@code RandomState(ensembleSeed + 1)}, as Nengo draws it (§1.7). */
    private static void buildNeurons(final ModelBuilder mb, final Ensemble ens, final Signal in, final Signal out) {
        final Model model = mb.model();
        final String name = ens.path() + ".neurons";
        final NeuronType type = ens.neuronType();
        final RandomState stateRng = new RandomState((mb.seeds().seedOf(ens) + 1) & 0xffffffffL);
        for (String s : ens.initialState().keySet()) {
            final List<String> known = new ArrayList<>(type.stateNames());
            if (type instanceof RegularSpiking rs) {
                known.addAll(rs.base().stateNames());
            }
            if (!known.contains(s)) {
                throw new BuildError(ens.describe() + ": initialState '" + s + "' is not a state of " + type
                    + "; expected one of " + known);
            }
        }
        if (type instanceof RegularSpiking rs) {
            final Signal rate = Signal.zeros(name + ".rate_out", ens.nNeurons());
            model.addSignal(ens.neurons(), "rate_out", rate);
            model.add(new SimNeurons(rs.base(), in, rate, stateSignals(mb, ens, rs.base(), stateRng), ens.describe()));
            model.add(new SimNeurons(rs, rate, out, stateSignals(mb, ens, rs, stateRng), ens.describe()));
        } else {
            model.add(new SimNeurons(type, in, out, stateSignals(mb, ens, type, stateRng), ens.describe()));
        }
    }

    private static List<Signal> stateSignals(final ModelBuilder mb, final Ensemble ens, final NeuronType type,
                                             final RandomState rng) {
        final List<Signal> state = new ArrayList<>();
        for (String s : type.stateNames()) {
            final Distribution dist = ens.initialState().getOrDefault(s, type.defaultInitialState(s));
            final double[] init = sample(ens, "initialState[" + s + "]", dist, ens.nNeurons(), rng);
            final Signal sig = Signal.of(ens.path() + ".neurons." + s, init);
            mb.model().addSignal(ens.neurons(), s, sig);
            state.add(sig);
        }
        return state;
    }

    private static double[][] evalPoints(final Ensemble ens, final RandomState rng) {
        int m = ens.nEvalPoints() != null ? ens.nEvalPoints()
            : defaultNEvalPoints(ens.nNeurons(), ens.dimensions());
        // As Nengo, explicit eval points are used as given; a different nEvalPoints is only warned about.
        if (ens.evalPoints() instanceof Samples s && s.count() != m) {
            if (ens.nEvalPoints() != null) {
                System.getLogger(EnsembleBuilder.class.getName()).log(System.Logger.Level.WARNING, ens.describe()
                    + ": nEvalPoints = " + m + " but " + s.count() + " eval points are given; using the given points");
            }
            m = s.count();
        }
        final double[][] pts = sampleMatrix(ens, "evalPoints", ens.evalPoints(), m, ens.dimensions(), rng);
        for (double[] p : pts) {
            for (int k = 0; k < p.length; k++) {
                p[k] *= ens.radius();
            }
        }
        return pts;
    }

    /** Nengo's heuristic: {@code max(clip(500 d, 750, 2500), 2 n)}. */
    static int defaultNEvalPoints(final int nNeurons, final int dimensions) {
        return Math.max(Math.min(Math.max(500 * dimensions, 750), 2500), 2 * nNeurons);
    }

    private static double[][] encoders(final Ensemble ens, final RandomState rng) {
        final double[][] e = sampleMatrix(ens, "encoders", ens.encoders(), ens.nNeurons(), ens.dimensions(), rng);
        if (ens.normalizeEncoders()) {
            for (int i = 0; i < e.length; i++) {
                double norm = 0;
                for (double v : e[i]) {
                    norm += v * v;
                }
                norm = Math.sqrt(norm);
                if (!(norm > 0)) {
                    throw new BuildError(ens.describe() + ": encoders[" + i + "] has norm " + norm
                        + "; expected a non-zero encoder (it cannot be normalized)");
                }
                for (int k = 0; k < e[i].length; k++) {
                    e[i][k] /= norm;
                }
            }
        }
        return e;
    }

    static double[] sample(final Ensemble ens, final String param, final Distribution dist, final int n,
                           final RandomState rng) {
        try {
            return dist.sample(n, rng);
        } catch (ValidationError e) {
            throw new BuildError(ens.describe() + ": " + param + ": " + e.getMessage(), e);
        }
    }

    static double[][] sampleMatrix(final Ensemble ens, final String param, final Distribution dist, final int n,
                                   final int d, final RandomState rng) {
        try {
            return dist.sample(n, d, rng);
        } catch (ValidationError e) {
            throw new BuildError(ens.describe() + ": " + param + ": " + e.getMessage(), e);
        }
    }

    static double[][] identity(final int d) {
        final double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            m[i][i] = 1;
        }
        return m;
    }
}
