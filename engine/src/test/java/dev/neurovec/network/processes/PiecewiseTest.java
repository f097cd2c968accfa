package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import org.junit.jupiter.api.Test;

import java.util.NavigableMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PiecewiseTest {
    private static final double DT = 0.001;

    private static NavigableMap<Double, double[]> data(final double... timeValue) {
        final NavigableMap<Double, double[]> m = new TreeMap<>();
        for (int i = 0; i < timeValue.length; i += 2) {
            m.put(timeValue[i], new double[] {timeValue[i + 1]});
        }
        return m;
    }

    private static double at(final ProcessStep step, final double t) {
        final double[] y = {Double.NaN};
        step.step(t, null, y);
        return y[0];
    }

    @Test
    void shouldHoldFromTheStepNearestEachKeyWhenZeroOrder() {
        final ProcessStep s = new Piecewise(data(0.5, 1, 0.75, -1)).makeStep(0, 1, DT, null, new double[0][]);
        assertEquals(0.0, at(s, 0.2), 0.0, "zero before the first key");
        assertEquals(0.0, at(s, 0.499), 0.0, "0.499 + dt/2 is below the key");
        assertEquals(1.0, at(s, 0.5), 0.0, "0.5 + dt/2 passes the key");
        assertEquals(1.0, at(s, 0.749), 0.0);
        assertEquals(-1.0, at(s, 0.75), 0.0);
        assertEquals(-1.0, at(s, 100), 0.0, "the last value holds forever");
    }

    @Test
    void shouldResolveAMidStepKeyToTheLaterStepWhenZeroOrder() {
        // A key exactly at t + dt/2 is not below it (searchsorted side left), so it starts one step later.
        final ProcessStep s = new Piecewise(data(0.0015, 7)).makeStep(0, 1, DT, null, new double[0][]);
        assertEquals(0.0, at(s, 0.001), 0.0);
        assertEquals(7.0, at(s, 0.002), 0.0);
    }

    @Test
    void shouldInterpolateInsideAndBeZeroOutsideWhenLinear() {
        final ProcessStep s = new Piecewise(data(0.1, 1, 0.3, 3, 0.4, -1), Piecewise.Interpolation.LINEAR)
            .makeStep(0, 1, DT, null, new double[0][]);
        assertEquals(0.0, at(s, 0.05), 0.0);
        assertEquals(1.0, at(s, 0.1), 0.0);
        assertEquals(2.0, at(s, 0.2), 1e-15);
        assertEquals(3.0, at(s, 0.3), 1e-15);
        assertEquals(1.0, at(s, 0.35), 1e-14);
        assertEquals(-1.0, at(s, 0.4), 1e-15);
        assertEquals(0.0, at(s, 0.401), 0.0, "zero after the last key (scipy fill_value=0)");
        final ProcessStep sl = new Piecewise(data(0.1, 1, 0.3, 3), Piecewise.Interpolation.SLINEAR)
            .makeStep(0, 1, DT, null, new double[0][]);
        assertEquals(2.5, at(sl, 0.25), 1e-15);
    }

    @Test
    void shouldPickTheNearestKeyWithTiesToTheEarlierWhenNearest() {
        final ProcessStep s = new Piecewise(data(0.0, 1, 0.5, 2, 1.0, 3), Piecewise.Interpolation.NEAREST)
            .makeStep(0, 1, DT, null, new double[0][]);
        assertEquals(1.0, at(s, 0.2), 0.0);
        assertEquals(1.0, at(s, 0.25), 0.0, "a tie goes to the earlier key");
        assertEquals(2.0, at(s, 0.2501), 0.0);
        assertEquals(3.0, at(s, 1.0), 0.0);
        assertEquals(0.0, at(s, 1.001), 0.0);
    }

    @Test
    void shouldRejectUnsupportedOrMalformedDataWhenConstructed() {
        assertEquals("Piecewise: interpolation 'cubic' is not supported; scipy's quadratic and cubic splines are "
                + "not implemented, only 'zero', 'linear', 'slinear' and 'nearest'",
            assertThrows(UnsupportedOperationException.class,
                () -> new Piecewise(data(0, 1, 1, 2), Piecewise.Interpolation.CUBIC)).getMessage());
        assertEquals("Piecewise: data has 1 time; expected at least 2 for 'linear' interpolation",
            assertThrows(ValidationError.class,
                () -> new Piecewise(data(0, 1), Piecewise.Interpolation.LINEAR)).getMessage());
        final NavigableMap<Double, double[]> ragged = data(0, 1);
        ragged.put(1.0, new double[] {1, 2});
        assertEquals("Piecewise: time 1.0 has 2 values; expected 1",
            assertThrows(ValidationError.class, () -> new Piecewise(ragged)).getMessage());
        assertEquals(1, new Piecewise(data(0, 1)).defaultSizeOut());
    }
}
