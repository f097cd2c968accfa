package dev.neurovec.ops.simd;

import dev.neurovec.ops.scalar.ScalarGatherOps;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimdKernelsTest {

    @Test
    void shouldUseRequestedWidthWhenTestPropertyIsSet() {
        final String bits = System.getProperty(SimdSpecies.BITS_PROPERTY);
        final SimdKernels kernels = new SimdKernels();
        if (bits != null && !bits.isEmpty()) {
            assertEquals(Integer.parseInt(bits), SimdSpecies.FLOAT.vectorBitSize());
            assertEquals(Integer.parseInt(bits) / Float.SIZE, SimdSpecies.LANES);
            assertTrue(kernels.describe().contains("S_" + bits + "_BIT"), kernels.describe());
        }
        assertTrue(kernels.isVectorized());
        assertTrue(kernels.describe().startsWith("simd (Species[float, " + SimdSpecies.LANES + ", "),
            kernels.describe());
    }

    @Test
    void shouldHandOutScalarTwinsWhereVectorCodeDidNotPay() {
        final SimdKernels kernels = new SimdKernels();
        assertInstanceOf(ScalarGatherOps.class, kernels.gather());
        assertInstanceOf(SimdOptimizerOps.class, kernels.optimizers());
        assertInstanceOf(SimdDenseOps.class, kernels.dense());
        assertInstanceOf(SimdNeuronOps.class, kernels.neurons());
    }
}
