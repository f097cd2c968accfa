package dev.neurovec.ops.simd;

import dev.neurovec.ops.ConvOps;
import dev.neurovec.ops.DenseOps;
import dev.neurovec.ops.ElementwiseOps;
import dev.neurovec.ops.FilterOps;
import dev.neurovec.ops.GatherOps;
import dev.neurovec.ops.Kernels;
import dev.neurovec.ops.LossOps;
import dev.neurovec.ops.NeuronOps;
import dev.neurovec.ops.OptimizerOps;
import dev.neurovec.ops.SparseOps;
import dev.neurovec.ops.scalar.ScalarGatherOps;

/**
 * The Vector API backend. Loaded by name from {@link Kernels#get()}; tests construct it directly.
 *
 * <p>Where C2 already compiles the scalar twin to vector code, or where vector hardware gains nothing, the twin is
 * handed out: the whole gather family (Vector API gather 0.58 against scalar 0.59 ns per element, vector
 * scatter-add 1.5x slower; reference/java-stack.md §3) and individual streaming methods of the other families (their
 * classes' Javadoc gives the figures). {@code benchmarks/RESULTS.md}, section Kernels, has every ratio.
 */
public final class SimdKernels extends Kernels {

    /** Narrowest vector, in bits, for which the SIMD kernels are worth using. */
    static final int MIN_VECTOR_BITS = 256;

    private final DenseOps dense = new SimdDenseOps();
    private final SparseOps sparse = new SimdSparseOps();
    private final ElementwiseOps elementwise = new SimdElementwiseOps();
    private final GatherOps gather = new ScalarGatherOps();
    private final NeuronOps neurons = new SimdNeuronOps();
    private final FilterOps filters = new SimdFilterOps();
    private final LossOps losses = new SimdLossOps();
    private final OptimizerOps optimizers = new SimdOptimizerOps();
    private final ConvOps conv = new SimdConvOps();

    /**
     * Builds the backend for {@link SimdSpecies#FLOAT}.
     *
     * @throws UnsupportedOperationException if the species is narrower than {@value #MIN_VECTOR_BITS} bits
     */
    public SimdKernels() {
        final int bits = SimdSpecies.FLOAT.vectorBitSize();
        if (bits < MIN_VECTOR_BITS) {
            throw new UnsupportedOperationException("the preferred float vector has " + bits + " bits, fewer than "
                + MIN_VECTOR_BITS);
        }
    }

    @Override
    public String describe() {
        return "simd (" + SimdSpecies.FLOAT + ")";
    }

    @Override
    public boolean isVectorized() {
        return true;
    }

    @Override
    public DenseOps dense() {
        return dense;
    }

    @Override
    public SparseOps sparse() {
        return sparse;
    }

    @Override
    public ElementwiseOps elementwise() {
        return elementwise;
    }

    @Override
    public GatherOps gather() {
        return gather;
    }

    @Override
    public NeuronOps neurons() {
        return neurons;
    }

    @Override
    public FilterOps filters() {
        return filters;
    }

    @Override
    public LossOps losses() {
        return losses;
    }

    @Override
    public OptimizerOps optimizers() {
        return optimizers;
    }

    @Override
    public ConvOps conv() {
        return conv;
    }
}
