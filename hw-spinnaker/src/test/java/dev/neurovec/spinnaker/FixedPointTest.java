package dev.neurovec.spinnaker;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixedPointTest {

    @Test
    void shouldTruncateTowardZeroWhenConverting() {
        assertEquals(16384, FixedPoint.toRaw(0.5));
        assertEquals(-10922, FixedPoint.toRaw(-1.0 / 3), "-10922.67 truncates toward zero, not down");
        assertEquals(10922, FixedPoint.toRaw(1.0 / 3));
        assertEquals(0, FixedPoint.toRaw(-1e-6), "floor would give -1");
        assertEquals(1597, FixedPoint.toRaw((1 - Math.exp(-0.001 / 0.02)) * (1 - Math.pow(2, -11))),
            "the LIF constant of hardware.md B2.5 at dt 1 ms, tau_rc 20 ms");
    }

    @Test
    void shouldSaturateWhenOutOfRange() {
        assertEquals(Integer.MAX_VALUE, FixedPoint.toRaw(65536.0));
        assertEquals(Integer.MIN_VALUE, FixedPoint.toRaw(-65537.0));
        assertTrue(FixedPoint.saturates(70000.0));
        assertFalse(FixedPoint.saturates(65535.0));
        final QuantisationLog log = new QuantisationLog();
        log.raw("decoders", "Ensemble 'x'", 1e9);
        log.raw("decoders", "Ensemble 'x'", 0.25);
        assertEquals(1, log.saturations());
        assertEquals("Ensemble 'x' decoders value 1.0E9", log.saturated().get(0));
        assertEquals(2, log.stats().get(0).count());
    }

    @Test
    void shouldRoundByModeWhenMultiplying() {
        // 3 LSB x 0.5 = 1.5 LSB: floor gives 1, round half up gives 2; for -1.5 LSB floor gives -2, half up -1
        assertEquals(1, FixedPoint.multiply(3, 16384, MultiplyRounding.FLOOR));
        assertEquals(2, FixedPoint.multiply(3, 16384, MultiplyRounding.ROUND_HALF_UP));
        assertEquals(-2, FixedPoint.multiply(-3, 16384, MultiplyRounding.FLOOR));
        assertEquals(-1, FixedPoint.multiply(-3, 16384, MultiplyRounding.ROUND_HALF_UP));
        assertEquals(3194, FixedPoint.multiply(65536, 1597, MultiplyRounding.FLOOR), "B2.5 golden: first dv");
        assertEquals(MultiplyRounding.ROUND_HALF_UP, MultiplyRounding.parse("round-half-up"));
    }

    @Test
    void shouldMatchPythonFloorDivisionWhenDividingFloats() {
        assertEquals(9.0, FixedPoint.pythonFloorDiv(0.002, 0.0002), "hardware.md 0.1: Python gives 9, floor(a/b) 10");
        assertEquals(10.0, Math.floor(0.002 / 0.0002));
        assertEquals(2.0, FixedPoint.pythonFloorDiv(0.002, 0.001));
        assertEquals(3.0, FixedPoint.pythonFloorDiv(0.003, 0.001), "values printed by CPython 3.11");
        assertEquals(6.0, FixedPoint.pythonFloorDiv(0.7, 0.1));
        assertEquals(10.0, FixedPoint.pythonFloorDiv(0.1, 0.01));
        assertEquals(-4.0, FixedPoint.pythonFloorDiv(-7, 2));
        assertEquals(-0.0, FixedPoint.pythonFloorDiv(-0.0, 3));
    }
}
