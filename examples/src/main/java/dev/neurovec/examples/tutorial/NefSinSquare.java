package dev.neurovec.examples.tutorial;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.processes.WhiteSignal;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

/**
 * The tutorial's "NEF parameter optimization" cell: two 50-neuron LIF ensembles compute
 * {@code sin(x²)} of a white-noise signal, with decoders solved by least squares (no training).
 */
public final class NefSinSquare {
    private NefSinSquare() {
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
            double s = 0;
            for (int i = 0; i < output.length; i++) {
                final double e = output[i] - target[i];
                s += e * e;
            }
            return Math.sqrt(s / output.length);
        }
    }

    /**
     * @param options simulator settings
     * @param seconds simulated time
     * @return the recorded data
     */
    public static Result run(final SimulatorOptions options, final double seconds) {
        final Network net = new Network("sin-x-squared").seed(0);
        final Node inpt = net.node(new WhiteSignal(1, 5, 0.3, null, null)).label("inpt");
        final Ensemble ens0 = net.ensemble("ens0", 50, 1);
        final Ensemble ens1 = net.ensemble("ens1", 50, 1);
        final Node outpt = net.passthrough(1).label("outpt");
        net.connect(inpt, ens0);
        net.connect(ens0, ens1).function(x -> x * x);
        net.connect(ens1, outpt).function(Math::sin);
        final Probe inptP = net.probe(inpt);
        final Probe outptP = net.probe(outpt).synapse(0.005);
        try (Simulator sim = new Simulator(net, options.withSeed(0))) {
            sim.run(seconds);
            final double[][] x = sim.dataDouble(inptP);
            final double[][] y = sim.dataDouble(outptP);
            final double[] in = new double[x.length];
            final double[] target = new double[x.length];
            final double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                in[i] = x[i][0];
                target[i] = Math.sin(x[i][0] * x[i][0]);
                out[i] = y[i][0];
            }
            return new Result(sim.trange(), in, target, out);
        }
    }
}
