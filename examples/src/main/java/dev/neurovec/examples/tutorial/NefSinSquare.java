package dev.neurovec.examples.tutorial;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.processes.WhiteSignal;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

/**
 * The tutorial's "NEF parameter optimization" cell: two 50-neuron LIF ensembles compute
 * {@code sin(x²)} of a white-noise signal, with decoders solved by least squares (no training).
 * The same network, from {@link #build()}, is the one the hardware cell deploys.
 */
public final class NefSinSquare {
    /** The tutorial's network seed. */
    public static final long NETWORK_SEED = 0;
    /** The tutorial's simulator seed ({@code nengo_dl.Simulator(net, seed=0)}). */
    public static final long SIMULATOR_SEED = 0;

    private NefSinSquare() {
    }

    /**
     * The cell's network.
     *
     * @param network the network ({@code sin-x-squared}, seed 0)
     * @param input   the white-signal node {@code inpt}
     * @param output  the passthrough node {@code outpt} that receives sin of ens1's value
     * @param inputP  probe on {@code inpt}, no synapse
     * @param outputP probe on {@code outpt}, Lowpass(0.005)
     */
    public record Parts(Network network, Node input, Node output, Probe inputP, Probe outputP) {
    }

    /**
     * What the cell produces.
     *
     * @param t      times (s)
     * @param input  the white signal x
     * @param target sin(x²)
     * @param output the network's output, filtered by 5 ms
     */
    public record Result(double[] t, double[] input, double[] target, double[] output) {

        /** @return root-mean-square error of the output against sin(x²) */
        public double rmse() {
            return NefSinSquare.rmse(output, target);
        }
    }

    /**
     * Builds the tutorial's network. Every call gives a new, identical network.
     *
     * @return the network and its probes
     */
    public static Parts build() {
        final Network net = new Network("sin-x-squared").seed(NETWORK_SEED);
        // The tutorial leaves the signal unseeded, so the simulator's seed picks it. The hardware back-ends
        // pre-compute host inputs from their own streams, so the seed the float simulator would draw is
        // written out here: the float run is unchanged (NefSinSquareTest checks it bit for bit) and the
        // emulators play the same x.
        final long signalSeed = new RandomState(SIMULATOR_SEED).nextSeed();
        final Node inpt = net.node(new WhiteSignal(1, 5, 0.3, null, signalSeed)).label("inpt");
        final Ensemble ens0 = net.ensemble("ens0", 50, 1);
        final Ensemble ens1 = net.ensemble("ens1", 50, 1);
        final Node outpt = net.passthrough(1).label("outpt");
        net.connect(inpt, ens0);
        net.connect(ens0, ens1).function(x -> x * x);
        net.connect(ens1, outpt).function(Math::sin);
        final Probe inptP = net.probe(inpt).label("inpt_p");
        final Probe outptP = net.probe(outpt).synapse(0.005).label("outpt_p");
        return new Parts(net, inpt, outpt, inptP, outptP);
    }

    /**
     * @param options simulator settings (the seed is set to the tutorial's)
     * @param seconds simulated time
     * @return the recorded data
     */
    public static Result run(final SimulatorOptions options, final double seconds) {
        final Parts parts = build();
        try (Simulator sim = new Simulator(parts.network(), options.withSeed(SIMULATOR_SEED))) {
            sim.run(seconds);
            return result(sim.trange(), sim.dataDouble(parts.inputP()), sim.dataDouble(parts.outputP()));
        }
    }

    /**
     * @param t times (s)
     * @param x recorded input, steps x 1
     * @param y recorded output, steps x 1
     * @return the cell's result, with sin(x²) computed from {@code x}
     */
    public static Result result(final double[] t, final double[][] x, final double[][] y) {
        final double[] in = new double[x.length];
        final double[] target = new double[x.length];
        final double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            in[i] = x[i][0];
            target[i] = Math.sin(x[i][0] * x[i][0]);
            out[i] = y[i][0];
        }
        return new Result(t, in, target, out);
    }

    /**
     * @param a values
     * @param b values, at least as many
     * @return root-mean-square of {@code a - b} over {@code a}'s length
     */
    public static double rmse(final double[] a, final double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            final double e = a[i] - b[i];
            s += e * e;
        }
        return Math.sqrt(s / a.length);
    }
}
