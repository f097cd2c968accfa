package dev.neurovec.network.synapses;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.processes.ProcessStep;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LinearFilterTest {
    private static final double DT = 0.001;

    private static double[][] column(final double... v) {
        final double[][] x = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            x[i][0] = v[i];
        }
        return x;
    }

    @Test
    void shouldChooseTheStepByStructureWhenMadeStep() {
        assertEquals(LinearFilter.StepKind.ONE_X, new Lowpass(0.005).stepKind(DT));
        assertEquals(LinearFilter.StepKind.NO_X, new Lowpass(0).stepKind(DT));
        assertEquals(LinearFilter.StepKind.NO_D, new Alpha(0.005).stepKind(DT));
        assertEquals(LinearFilter.StepKind.GENERAL,
            new LinearFilter(new double[] {0.1, 0.05}, new double[] {1, -0.85}, false).stepKind(DT));
        // Backward differences add feed-through to a lowpass, so it needs the general step.
        assertEquals(LinearFilter.StepKind.GENERAL,
            new LinearFilter(new double[] {1}, new double[] {0.01, 1}, true, LinearFilter.Method.BACKWARD_DIFF)
                .stepKind(DT));
    }

    @Test
    void shouldIncludeTheCurrentInputWhenOneStateLowpass() {
        // y[k] = a y[k-1] + (1 - a) u[k]: a step input reaches the output at its first sample.
        final double a = Math.exp(-DT / 0.01);
        final double[][] y = new Lowpass(0.01).filt(column(1, 1, 1, 0), DT);
        assertEquals(1 - a, y[0][0], 1e-15);
        assertEquals(a * (1 - a) + (1 - a), y[1][0], 1e-15);
        assertEquals(a * y[2][0], y[3][0], 1e-15);
    }

    @Test
    void shouldPassTheInputThroughWhenTauIsZeroOrNegligible() {
        final double[][] x = column(0.3, -2, 5);
        assertArrayEquals(x[1], new Lowpass(0).filt(x, DT)[1], 0.0);
        // exp(-dt/tau) underflows to 0 for tau = 1e-6 s: one state, but y = u.
        final double[][] y = new Lowpass(1e-6).filt(x, DT);
        assertEquals(LinearFilter.StepKind.ONE_X, new Lowpass(1e-6).stepKind(DT));
        assertEquals(0.0, new Lowpass(1e-6).discretize(DT).a()[0][0], 0.0);
        for (int i = 0; i < 3; i++) {
            assertEquals(x[i][0], y[i][0], 1e-15 * Math.abs(x[i][0]));
        }
    }

    @Test
    void shouldFollowTheDifferenceEquationWhenDigitalWithFeedThrough() {
        // H(z) = (0.1 + 0.05 z^-1) / (1 - 0.85 z^-1): y[k] = 0.85 y[k-1] + 0.1 u[k] + 0.05 u[k-1].
        final double[] u = {1, 0, 2, -1, 0.5, 0, 0, 3};
        final double[][] y = new LinearFilter(new double[] {0.1, 0.05}, new double[] {1, -0.85}, false)
            .filt(column(u), DT);
        double prevY = 0;
        double prevU = 0;
        for (int k = 0; k < u.length; k++) {
            final double expected = 0.85 * prevY + 0.1 * u[k] + 0.05 * prevU;
            assertEquals(expected, y[k][0], 1e-15, "sample " + k);
            prevY = expected;
            prevU = u[k];
        }
    }

    @Test
    void shouldMatchTheSampledAlphaKernelWhenDiscretisedByZeroOrderHold() {
        // The impulse 1/dt is held over [0, dt). The no-D step reports at sample k the state after input k,
        // i.e. the exact response at t = (k+1) dt: y[k] = (H((k+1) dt) - H(k dt)) / dt, where
        // H(t) = 1 - (1 + t/tau) e^(-t/tau) integrates the kernel h(t) = t e^(-t/tau) / tau^2.
        final double tau = 0.004;
        final double[] u = new double[50];
        u[0] = 1 / DT;
        final double[][] y = new Alpha(tau).filt(column(u), DT);
        for (int k = 0; k < 50; k++) {
            final double expected = (cdf((k + 1) * DT, tau) - cdf(k * DT, tau)) / DT;
            assertEquals(expected, y[k][0], 1e-11, "sample " + k);
        }
    }

    private static double cdf(final double t, final double tau) {
        return 1 - (1 + t / tau) * Math.exp(-t / tau);
    }

    @Test
    void shouldFilterEachDimensionIndependentlyWhenMultidimensional() {
        final Synapse s = new Alpha(0.003);
        final double[][] x = new double[30][3];
        for (int k = 0; k < 30; k++) {
            x[k][0] = Math.sin(k * 0.3);
            x[k][1] = k % 4;
            x[k][2] = -1;
        }
        final double[][] y = s.filt(x, DT);
        for (int d = 0; d < 3; d++) {
            final double[][] one = new double[30][1];
            for (int k = 0; k < 30; k++) {
                one[k][0] = x[k][d];
            }
            final double[][] alone = s.filt(one, DT);
            for (int k = 0; k < 30; k++) {
                assertEquals(alone[k][0], y[k][d], 0.0);
            }
        }
        final Map<String, double[]> state = s.makeState(3, 3, DT);
        assertEquals(6, state.get("X").length);
    }

    @Test
    void shouldStoreStateAsRowsOfSignalsWhenStepped() {
        final LinearFilter f = new Alpha(0.01);
        final double[][] state = f.makeState(2, 2, DT).values().toArray(new double[0][]);
        final ProcessStep step = f.makeStep(2, 2, DT, new RandomState(0), state);
        final double[] y = new double[2];
        step.step(DT, new double[] {1, 0}, y);
        final StateSpace ss = f.discretize(DT);
        // x = B u for the first step: state s of signal i at s * 2 + i; signal 1 saw no input.
        assertArrayEquals(new double[] {ss.b()[0], 0, ss.b()[1], 0}, state[0], 0.0);
    }

    @Test
    void shouldRejectMismatchedStateOrSizesWhenMadeStep() {
        final LinearFilter f = new Lowpass(0.005);
        assertEquals("Lowpass(tau=0.005): state X has 3 values; expected 2 (1 states x 2 signals)",
            assertThrows(ValidationError.class,
                () -> f.makeStep(2, 2, DT, null, new double[][] {new double[3]})).getMessage());
        assertEquals("Lowpass(tau=0.005): sizeIn = 1, sizeOut = 2; expected equal sizes",
            assertThrows(ValidationError.class, () -> f.makeState(1, 2, DT)).getMessage());
        assertEquals("Lowpass(tau=0.005): dt = 0.0; expected dt > 0",
            assertThrows(ValidationError.class, () -> f.discretize(0)).getMessage());
    }

    @Test
    void shouldValidateAndDescribeItselfWhenConstructed() {
        assertEquals("Lowpass: tau = -0.001; expected tau >= 0",
            assertThrows(ValidationError.class, () -> new Lowpass(-0.001)).getMessage());
        assertEquals("Alpha: tau = NaN; expected tau >= 0",
            assertThrows(ValidationError.class, () -> new Alpha(Double.NaN)).getMessage());
        assertEquals("LinearFilter: alpha = 1.5; expected 0 <= alpha <= 1",
            assertThrows(ValidationError.class,
                () -> LinearFilter.gbt(new double[] {1}, new double[] {1, 1}, 1.5)).getMessage());
        assertEquals("LinearFilter: method = gbt needs alpha; expected LinearFilter.gbt(num, den, alpha)",
            assertThrows(ValidationError.class,
                () -> new LinearFilter(new double[] {1}, new double[] {1, 1}, true, LinearFilter.Method.GBT))
                .getMessage());
        assertEquals("Lowpass(tau=0.005)", new Lowpass(0.005).toString());
        assertEquals("Alpha(tau=0.01)", new Alpha(0.01).toString());
        assertEquals("LinearFilter(num=[1.0], den=[1.0, 0.0], method='euler')",
            new LinearFilter(new double[] {1}, new double[] {1, 0}, true, LinearFilter.Method.EULER).toString());
        assertEquals("LinearFilter(num=[0.1], den=[1.0, -0.9], analog=False)",
            new LinearFilter(new double[] {0.1}, new double[] {1, -0.9}, false).toString());
        assertEquals(new Lowpass(0.005), new Lowpass(0.005));
        assertEquals(new Lowpass(0.005).hashCode(), new Lowpass(0.005).hashCode());
        assertNotEquals(new Lowpass(0.005), new LinearFilter(new double[] {1}, new double[] {0.005, 1}));
        assertNotEquals(new Lowpass(0.005), new Lowpass(0.006));
        assertArrayEquals(new double[] {0.005, 1}, new Lowpass(0.005).den(), 0.0);
        assertEquals(0.5, LinearFilter.gbt(new double[] {1}, new double[] {1, 1}, 0.5).alpha(), 0.0);
    }
}
