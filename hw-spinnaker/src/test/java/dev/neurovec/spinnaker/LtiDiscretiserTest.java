package dev.neurovec.spinnaker;

import dev.neurovec.network.synapses.Alpha;
import dev.neurovec.network.synapses.LinearFilter;
import dev.neurovec.network.synapses.Lowpass;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LtiDiscretiserTest {
    private static final double DT = 0.001;

    @Test
    void shouldEqualTheLowpassCoefficientsWhenTheFilterIsFirstOrder() {
        final FilterSpec f = LtiDiscretiser.fromSynapse(new LinearFilter(new double[] {1}, new double[] {0.05, 1}), DT);
        assertEquals(1, f.order());
        assertEquals(Math.exp(-DT / 0.05), f.a()[0], 1e-12);
        assertEquals(1 - Math.exp(-DT / 0.05), f.b()[0], 1e-12);
        assertEquals(FilterSpec.Kind.LOWPASS, FilterSpec.of(new Lowpass(0.05), DT, "c").kind());
    }

    /**
     * The Direct Form I difference equation with the stored coefficients reproduces the engine's own discrete
     * filter one step later (the core filters what arrived during the previous step).
     */
    @Test
    void shouldReproduceTheEngineFilterWhenRunAsDirectFormOne() {
        for (LinearFilter syn : new LinearFilter[] {new Alpha(0.02), new LinearFilter(new double[] {1},
            new double[] {0.01 * 0.04, 0.05, 1}), new LinearFilter(new double[] {0.3, 1}, new double[] {0.001, 0.03, 0.3,
            1})}) {
            final FilterSpec f = LtiDiscretiser.fromSynapse(syn, DT);
            final int n = 400;
            final double[][] x = new double[n][1];
            for (int i = 0; i < n; i++) {
                x[i][0] = Math.sin(0.05 * i) + (i == 10 ? 5 : 0);
            }
            final double[][] engine = syn.filt(x, DT);
            final int k = f.order();
            final double[] xh = new double[k];
            final double[] yh = new double[k];
            for (int i = 1; i < n; i++) {
                System.arraycopy(xh, 0, xh, 1, k - 1);
                xh[0] = x[i - 1][0];
                double y = 0;
                for (int q = 0; q < k; q++) {
                    y += f.a()[q] * yh[q] + f.b()[q] * xh[q];
                }
                System.arraycopy(yh, 0, yh, 1, k - 1);
                yh[0] = y;
                assertEquals(engine[i - 1][0], y, 1e-9, syn + " at step " + i);
            }
        }
    }

    @Test
    void shouldRefuseFiltersWithFeedThroughWhenMapping() {
        final LinearFilter proper = new LinearFilter(new double[] {1, 1}, new double[] {0.01, 1});
        final UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
            () -> FilterSpec.of(proper, DT, "Connection 'x'"));
        assertTrue(e.getMessage().contains("strictly proper"), e.getMessage());
    }
}
