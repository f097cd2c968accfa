package dev.neurovec.network.synapses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code filters_offline} golden case: Nengo 3.2.0's {@code Synapse.filt(x, dt=0.001)} of an
 * impulse (1/dt at sample 0), a unit step and a deterministic signal, for every synapse kind.
 */
class FilterGoldenTest {
    private static final String CASE = "filters_offline";
    private static final double DT = 0.001;
    /**
     * Both sides run the same recurrences in float64; they differ only in the discretised coefficients
     * (our Padé expm vs scipy's, each within an ulp or two of exact) and summation order: a few ulps of
     * values up to 1000 (the impulse is 1/dt). Measured worst case 1.1e-13 (second-order impulse);
     * 1e-12 absolute leaves a margin of ten and is still a relative 1e-15 of the impulse scale.
     */
    private static final double ATOL = 1e-12;

    static Stream<Arguments> cases() {
        final List<Arguments> out = new ArrayList<>();
        final Object[][] synapses = {
            {"Lowpass_0.0005", new Lowpass(0.0005)},
            {"Lowpass_0.005", new Lowpass(0.005)},
            {"Lowpass_0.1", new Lowpass(0.1)},
            {"Alpha_0.002", new Alpha(0.002)},
            {"Alpha_0.01", new Alpha(0.01)},
            {"LinearFilter_2nd_order", new LinearFilter(new double[] {1.0}, new double[] {1e-4, 1e-2, 1.0})},
            {"LinearFilter_num_den_1_2", new LinearFilter(new double[] {0.02, 1.0}, new double[] {5e-4, 3e-2, 1.0})},
            {"LinearFilter_discrete", new LinearFilter(new double[] {0.1, 0.05}, new double[] {1.0, -0.85}, false)},
            {"Triangle_0.01", new Triangle(0.01)},
        };
        for (final Object[] s : synapses) {
            for (final String input : new String[] {"impulse", "step", "signal"}) {
                out.add(Arguments.of(s[0], s[1], input));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void shouldMatchNengoFiltWhenFilteringOffline(final String name, final Synapse synapse, final String input) {
        final double[][] x = Golden.read(CASE, input);
        final double[] expected = Golden.readVector(CASE, name + "_" + input);
        final double[][] y = synapse.filt(x, DT);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - y[i][0]));
        }
        assertEquals(400, y.length);
        assertEquals(0.0, worst, ATOL, name + " " + input);
    }
}
