package dev.neurovec.cli;

import dev.neurovec.examples.tutorial.TensorNodeIo;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TensorNodeCellTest {
    private static float[][] output(final float dt) {
        final float[][] y = new float[TensorNodeIo.STEPS][2];
        for (int k = 0; k < y.length; k++) {
            y[k][0] = (float) (k + 1) * dt + 0.5f;
            y[k][1] = (float) (k + 1) * dt + (float) -0.1;
        }
        return y;
    }

    @Test
    void shouldAcceptFloat32TimePlusXAndRejectAnUlpOff() {
        assertTrue(TensorNodeCell.matches(new TensorNodeIo.Result(new float[0], new float[0][], output(0.001f), 10),
            0.001));
        final float[][] shifted = output(0.001f);
        shifted[9][1] = Math.nextUp(shifted[9][1]);
        assertFalse(TensorNodeCell.matches(new TensorNodeIo.Result(new float[0], new float[0][], shifted, 10), 0.001));
    }
}
