package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PresentInputTest {
    private static final double DT = 0.001;
    private static final double[][] INPUTS = {{0, 10}, {1, 11}, {2, 12}, {3, 13}};

    private static double row(final ProcessStep step, final int k) {
        final double[] y = new double[2];
        step.step(k * DT, null, y);
        assertEquals(y[0] + 10, y[1], 0.0);
        return y[0];
    }

    @Test
    void shouldSwitchRowsAtPresentationEdgesWhenStepped() {
        final ProcessStep step = new PresentInput(INPUTS, 0.1).makeStep(0, 2, DT, new RandomState(0), new double[0][]);
        assertEquals(0, row(step, 1));
        // Step 100 ends at t = 0.1: the first presentation covers steps 1..100.
        assertEquals(0, row(step, 100));
        assertEquals(1, row(step, 101));
        assertEquals(1, row(step, 200));
        assertEquals(2, row(step, 201));
    }

    @Test
    void shouldAbsorbRoundOffWhenTheEdgeIsComputedJustBelow() {
        // At step 301, (t - dt) / 0.1 evaluates to 2.9999999999999996: truncation alone would show row 2.
        final double t = 301 * DT;
        assertEquals(2, (int) ((t - DT) / 0.1));
        final ProcessStep step = new PresentInput(INPUTS, 0.1).makeStep(0, 2, DT, new RandomState(0), new double[0][]);
        assertEquals(3, row(step, 301));
        assertEquals(3, row(step, 300 + 100));
    }

    @Test
    void shouldCycleThroughTheRowsWhenTimeRunsPastTheEnd() {
        final ProcessStep step = new PresentInput(INPUTS, 0.1).makeStep(0, 2, DT, new RandomState(0), new double[0][]);
        assertEquals(0, row(step, 401));
        assertEquals(1, row(step, 555));
        assertEquals(0, row(step, 0), "t = 0 is before the first step and still shows row 0");
    }

    @Test
    void shouldValidateAndCopyWhenConstructed() {
        final double[][] in = {{1}, {2}};
        final PresentInput p = new PresentInput(in, 0.5);
        in[0][0] = 99;
        final double[] y = new double[1];
        p.makeStep(0, 1, DT, null, new double[0][]).step(DT, null, y);
        assertArrayEquals(new double[] {1}, y, 0.0);
        assertEquals(1, p.defaultSizeOut());
        assertEquals("PresentInput: presentationTime = 0.0; expected presentationTime > 0",
            assertThrows(ValidationError.class, () -> new PresentInput(in, 0)).getMessage());
        assertEquals("PresentInput: inputs[1] has 2 values; expected 1 like inputs[0]",
            assertThrows(ValidationError.class,
                () -> new PresentInput(new double[][] {{1}, {1, 2}}, 1)).getMessage());
        assertEquals("PresentInput(inputs=<2 x 1>, presentation_time=0.5): sizeIn = 0, sizeOut = 2; expected 0 and 1",
            assertThrows(ValidationError.class,
                () -> p.makeStep(0, 2, DT, null, new double[0][])).getMessage());
    }
}
