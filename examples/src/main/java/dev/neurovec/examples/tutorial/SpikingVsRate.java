package dev.neurovec.examples.tutorial;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

/**
 * The tutorial's "Spiking networks" cells: a sine drives ten rate neurons and ten spiking neurons
 * with the same parameters (same seed); the spike trains, low-pass filtered, approximate the rates.
 */
public final class SpikingVsRate {
    private SpikingVsRate() {
    }

    /**
     * What the cells produce.
     *
     * @param t              times of the samples (s)
     * @param input          the sine input
     * @param rates          rate-neuron outputs (Hz), steps x 10
     * @param spikes         spiking-neuron outputs (spikes of 1/dt), steps x 10
     * @param filteredSpikes spikes through Lowpass(0.05)
     */
    public record Result(double[] t, double[][] input, double[][] rates, double[][] spikes, double[][] filteredSpikes) {

        /** @return mean firing rate over the run, per spiking neuron (Hz) */
        public double[] meanSpikeRates() {
            final double[] mean = new double[spikes[0].length];
            for (double[] row : spikes) {
                for (int i = 0; i < row.length; i++) {
                    mean[i] += row[i] / spikes.length;
                }
            }
            return mean;
        }

        /** @return mean rate over the run, per rate neuron (Hz) */
        public double[] meanRates() {
            final double[] mean = new double[rates[0].length];
            for (double[] row : rates) {
                for (int i = 0; i < row.length; i++) {
                    mean[i] += row[i] / rates.length;
                }
            }
            return mean;
        }
    }

    /**
     * @param options simulator settings
     * @param seconds simulated time
     * @return the recorded data
     */
    public static Result run(final SimulatorOptions options, final double seconds) {
        final Network net = new Network("spiking-vs-rate");
        final Node a = net.node(t -> Math.sin(2 * Math.PI * t)).label("a");
        final Ensemble bRate = net.ensemble("b_rate", 10, 1).neuronType(new RectifiedLinear()).seed(2);
        final Ensemble bSpike = net.ensemble("b_spike", 10, 1).neuronType(new SpikingRectifiedLinear()).seed(2);
        net.connect(a, bRate);
        net.connect(a, bSpike);
        final Probe pA = net.probe(a);
        final Probe pRate = net.probe(bRate.neurons());
        final Probe pSpike = net.probe(bSpike.neurons());
        try (Simulator sim = new Simulator(net, options)) {
            sim.run(seconds);
            final double[][] spikes = sim.dataDouble(pSpike);
            return new Result(sim.trange(), sim.dataDouble(pA), sim.dataDouble(pRate), spikes,
                new Lowpass(0.05).filt(spikes, sim.dt()));
        }
    }
}
