package dev.neurovec.loihi;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * §E4.7 (nengo-loihi {@code test_loihi_rates}): firing rates emulated from the artifact match the aliased Loihi
 * rate curves the decoders are solved on, within 1 Hz.
 */
class LoihiRatesTest {

    @TempDir
    Path tmp;

    private void assertRatesMatch(final NeuronType type, final double[] currents) {
        final Network net = new Network("rates").seed(5);
        final int n = currents.length;
        final double[] gain = new double[n];
        java.util.Arrays.fill(gain, 1.0);
        final Ensemble e = net.ensemble("e", n, 1).neuronType(type).gain(gain).bias(currents);
        net.probe(e.neurons()).label("spikes");
        final int steps = 3000;
        final LoihiDeployment.Compiled c = LoihiDeployment.compile(net, LoihiOptions.defaults(), steps);
        ArtifactWriter.write(c.artifact(), tmp);
        final double[][] s = new LoihiEmulator(ArtifactReader.open(tmp), EmulatorOptions.defaults().withStrict(true))
            .run(steps).probe("spikes");
        for (int i = 0; i < n; i++) {
            int first = -1;
            int last = -1;
            int count = 0;
            for (int t = 0; t < steps; t++) {
                if (s[t][i] > 0) {
                    first = first < 0 ? t : first;
                    last = t;
                    count++;
                }
            }
            final double measured = count < 2 ? 0 : (count - 1) / ((last - first) * 0.001);
            final double expected = LoihiRates.rate(type, currents[i], 0.001);
            assertEquals(expected, measured, 1.0, "neuron " + i + " at J = " + currents[i]);
        }
    }

    @Test
    void shouldFireAtTheAliasedLifRateWhenDrivenByBiasOnly() {
        assertRatesMatch(new Lif(), new double[] {0.5, 1.05, 1.2, 1.5, 2.0, 3.0, 5.0, 8.0, 12.0, 20.0});
    }

    @Test
    void shouldFireAtTheAliasedReluRateWhenDrivenByBiasOnly() {
        assertRatesMatch(new SpikingRectifiedLinear(), new double[] {0, 7, 33, 60, 99, 150, 240, 333, 480});
    }
}
