package dev.neurovec.network.neurons;

import dev.neurovec.golden.Golden;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden cases {@code gain_bias} (closed-form gain/bias and its inverse) and {@code rates} (tuning
 * curves), recorded from Nengo in float64. Closed forms agree to round-off: {@link #RTOL}.
 */
class NeuronTypesGoldenTest {
    /** Same formulas in double: only the last bits of exp/log1p differ between numpy and Java. */
    private static final double RTOL = 1e-11;

    private static Map<String, NeuronType> types() {
        final Map<String, NeuronType> m = new LinkedHashMap<>();
        m.put("LIF", new Lif());
        m.put("LIF_tau_rc0.05_tau_ref0.001", new Lif(0.05, 0.001, 0, 1));
        m.put("RectifiedLinear", new RectifiedLinear());
        m.put("SpikingRectifiedLinear", new SpikingRectifiedLinear());
        m.put("Sigmoid", new Sigmoid());
        m.put("Tanh", new Tanh());
        return m;
    }

    @Test
    void shouldMatchNengoGainBiasAndItsInverse() {
        final double[] maxRates = Golden.vector("gain_bias", "max_rates");
        final double[] intercepts = Golden.vector("gain_bias", "intercepts");
        for (Map.Entry<String, NeuronType> e : types().entrySet()) {
            final GainBias gb = e.getValue().gainBias(maxRates, intercepts);
            assertClose(e.getKey() + " gain", Golden.vector("gain_bias", e.getKey() + "_gain"), gb.gain());
            assertClose(e.getKey() + " bias", Golden.vector("gain_bias", e.getKey() + "_bias"), gb.bias());
            final MaxRatesIntercepts back = e.getValue().maxRatesIntercepts(gb.gain(), gb.bias());
            assertClose(e.getKey() + " max rates back", Golden.vector("gain_bias", e.getKey() + "_max_rates_back"),
                back.maxRates());
            assertClose(e.getKey() + " intercepts back", Golden.vector("gain_bias", e.getKey() + "_intercepts_back"),
                back.intercepts());
        }
    }

    @Test
    void shouldMatchNengoTuningCurves() {
        final double[] x = Golden.vector("rates", "x");
        final double[] gain = Golden.vector("rates", "gain");
        final double[] bias = Golden.vector("rates", "bias");
        final Map<String, NeuronType> t = new LinkedHashMap<>();
        t.put("LIF", new Lif());
        t.put("LIFRate", new LifRate());
        t.put("RectifiedLinear", new RectifiedLinear());
        t.put("SpikingRectifiedLinear", new SpikingRectifiedLinear());
        t.put("Sigmoid", new Sigmoid());
        t.put("Tanh", new Tanh());
        for (Map.Entry<String, NeuronType> e : t.entrySet()) {
            final double[][] expected = Golden.matrix("rates", "rates_" + e.getKey());
            for (int i = 0; i < x.length; i++) {
                final double[] xi = new double[gain.length];
                java.util.Arrays.fill(xi, x[i]);
                assertClose(e.getKey() + " rates at x = " + x[i], expected[i], e.getValue().rates(xi, gain, bias));
            }
        }
    }

    private static void assertClose(final String what, final double[] expected, final double[] actual) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], RTOL * Math.max(1, Math.abs(expected[i])), what + "[" + i + "]");
        }
    }
}
