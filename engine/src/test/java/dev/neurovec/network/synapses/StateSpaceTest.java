package dev.neurovec.network.synapses;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StateSpaceTest {

    @Test
    void shouldBuildTheControllableCanonicalFormWhenGivenATransferFunction() {
        // (2 s^2 + 3 s + 5) / (2 s^3 + 4 s^2 + 6 s + 8) = (s^2 + 1.5 s + 2.5) / (s^3 + 2 s^2 + 3 s + 4).
        final StateSpace ss = StateSpace.fromTransferFunction(new double[] {2, 3, 5}, new double[] {2, 4, 6, 8});
        assertEquals(3, ss.order());
        assertArrayEquals(new double[] {-2, -3, -4}, ss.a()[0], 0.0);
        assertArrayEquals(new double[] {1, 0, 0}, ss.a()[1], 0.0);
        assertArrayEquals(new double[] {0, 1, 0}, ss.a()[2], 0.0);
        assertArrayEquals(new double[] {1, 0, 0}, ss.b(), 0.0);
        assertArrayEquals(new double[] {1, 1.5, 2.5}, ss.c(), 0.0);
        assertEquals(0.0, ss.d(), 0.0);
    }

    @Test
    void shouldSplitOffTheFeedThroughWhenNumeratorIsAsLongAsDenominator() {
        // (3 s + 1) / (s + 2) = 3 + (1 - 6) / (s + 2).
        final StateSpace ss = StateSpace.fromTransferFunction(new double[] {3, 1}, new double[] {1, 2});
        assertEquals(3.0, ss.d(), 0.0);
        assertArrayEquals(new double[] {-5}, ss.c(), 0.0);
        assertArrayEquals(new double[] {-2}, ss.a()[0], 0.0);
    }

    @Test
    void shouldStripLeadingZerosWhenNormalising() {
        // Lowpass(0): den [0, 1] is the constant 1, so the system is the identity gain with no state.
        final StateSpace identity = StateSpace.fromTransferFunction(new double[] {1}, new double[] {0, 1});
        assertEquals(0, identity.order());
        assertEquals(1.0, identity.d(), 0.0);
        // A numerator lead within 1e-14 of zero is dropped (scipy's normalize), leaving a proper system.
        final StateSpace proper = StateSpace.fromTransferFunction(new double[] {1e-16, 0, 4}, new double[] {2, 1});
        assertEquals(1, proper.order());
        assertEquals(0.0, proper.d(), 0.0);
        assertArrayEquals(new double[] {2}, proper.c(), 0.0);
    }

    @Test
    void shouldRejectImproperOrEmptyTransferFunctionsWhenBuilt() {
        assertEquals("LinearFilter: num has 3 coefficients but den has 2 after normalisation (num = [1.0, 2.0, 3.0], "
                + "den = [1.0, 1.0]); expected len(num) <= len(den) (a proper transfer function)",
            assertThrows(ValidationError.class,
                () -> StateSpace.fromTransferFunction(new double[] {1, 2, 3}, new double[] {1, 1})).getMessage());
        assertEquals("LinearFilter: den = [0.0, 0.0]; expected a non-zero denominator",
            assertThrows(ValidationError.class,
                () -> StateSpace.fromTransferFunction(new double[] {1}, new double[] {0, 0})).getMessage());
        assertEquals("LinearFilter: num is empty; expected at least one coefficient",
            assertThrows(ValidationError.class,
                () -> StateSpace.fromTransferFunction(new double[0], new double[] {1})).getMessage());
    }

    @Test
    void shouldGiveTheClosedFormCoefficientsWhenALowpassIsDiscretised() {
        final double tau = 0.02;
        final double dt = 0.001;
        final double r = dt / tau;
        final StateSpace c = StateSpace.fromTransferFunction(new double[] {1}, new double[] {tau, 1});
        final StateSpace zoh = c.zeroOrderHold(dt);
        assertEquals(Math.exp(-r), zoh.a()[0][0], 1e-15);
        assertEquals(-Math.expm1(-r), zoh.b()[0] * zoh.c()[0], 1e-15);
        // Forward Euler: a = 1 - r; backward differences: a = 1 / (1 + r); Tustin: (1 - r/2) / (1 + r/2).
        assertEquals(1 - r, c.generalizedBilinear(dt, 0).a()[0][0], 1e-16);
        assertEquals(r, c.generalizedBilinear(dt, 0).b()[0] * c.generalizedBilinear(dt, 0).c()[0], 1e-16);
        assertEquals(1 / (1 + r), c.generalizedBilinear(dt, 1).a()[0][0], 1e-16);
        assertEquals((1 - r / 2) / (1 + r / 2), c.generalizedBilinear(dt, 0.5).a()[0][0], 1e-16);
        // Backward differences feed the current input through: D = alpha C Bd = r / (1 + r).
        assertEquals(r / (1 + r), c.generalizedBilinear(dt, 1).d(), 1e-16);
    }
}
