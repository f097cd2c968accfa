package dev.neurovec.spinnaker;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class EnsembleCoreTest {

    private static Fixture oneNeuron(final double bias) {
        final Network net = new Network("lif").seed(1);
        final Ensemble e = net.ensemble("e", 1, 1).gain(Dists.choice(1)).bias(bias).encoders(new double[][] {{1}});
        net.probe(e.neurons()).label("spikes");
        net.probe(e.neurons(), "voltage").label("voltage");
        return Fixture.of(net, 60);
    }

    private static List<Integer> spikeSteps(final double[][] s) {
        final List<Integer> out = new ArrayList<>();
        for (int t = 0; t < s.length; t++) {
            if (s[t][0] != 0) {
                out.add(t + 1);
            }
        }
        return out;
    }

    /**
     * Golden vector of hardware.md §B2.5 (J = 2.0, dt 1 ms, tau_rc 20 ms, tau_ref 2 ms), re-derived there from the
     * transcribed C arithmetic and the same for both roundings: voltages after steps 1-4 and spikes at 14, 30, 46.
     */
    @Test
    void shouldReproduceTheGoldenTraceWhenDrivenByAConstantCurrent() {
        final Fixture f = oneNeuron(2.0);
        for (MultiplyRounding r : MultiplyRounding.values()) {
            final EmulationResult res = f.emulate(EmulatorOptions.defaults().withRounding(r));
            final Probe[] probes = f.mapping.model().probes().stream().map(DeviceProbe::probe).toArray(Probe[]::new);
            final double[][] v = f.data(res, probes[1]);
            final int[] raw = new int[4];
            for (int t = 0; t < 4; t++) {
                raw[t] = (int) Math.round(v[t][0] * FixedPoint.ONE);
            }
            assertEquals(List.of(3194, 6232, 9122, 11871), List.of(raw[0], raw[1], raw[2], raw[3]), r.name());
            assertEquals(List.of(14, 30, 46), spikeSteps(f.data(res, probes[0])), r.name());
            assertEquals(1000.0, f.data(res, probes[0])[13][0], "a spike is amplitude / dt");
        }
    }

    @Test
    void shouldKeepOvershootAndHoldVoltageWhenRefractory() {
        final Fixture f = oneNeuron(2.0);
        final EmulationResult res = f.emulate();
        final Probe volt = f.mapping.model().probes().get(1).probe();
        final double[][] v = f.data(res, volt);
        // step 14 spikes: the overshoot above 1.0 is kept; steps 15 and 16 are refractory and hold it
        final double after = v[13][0];
        assertEquals(after, v[14][0]);
        assertEquals(after, v[15][0]);
        assertNotEquals(0.0, after);
        assertNotEquals(after, v[16][0]);
    }

    @Test
    void shouldChangeTheTraceWhenRoundingChangesAndTheProductHasAHalf() {
        // with J = 40 the rising voltage hits products with fractional parts >= 1/2, where the modes differ
        final Fixture f = oneNeuron(40.0);
        final Probe volt = f.mapping.model().probes().get(1).probe();
        final double[][] floor = f.data(f.emulate(EmulatorOptions.defaults().withRounding(MultiplyRounding.FLOOR)), volt);
        final double[][] half = f.data(f.emulate(EmulatorOptions.defaults()
            .withRounding(MultiplyRounding.ROUND_HALF_UP)), volt);
        int differ = 0;
        for (int t = 0; t < floor.length; t++) {
            differ += floor[t][0] != half[t][0] ? 1 : 0;
        }
        assertNotEquals(0, differ, "the rounding setting must reach the LIF update");
    }
}
