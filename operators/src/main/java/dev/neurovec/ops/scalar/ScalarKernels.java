package dev.neurovec.ops.scalar;

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

/** The scalar backend: every family implemented by its plain-loop twin. */
public final class ScalarKernels extends Kernels {

    private final String reason;
    private final DenseOps dense = new ScalarDenseOps();
    private final SparseOps sparse = new ScalarSparseOps();
    private final ElementwiseOps elementwise = new ScalarElementwiseOps();
    private final GatherOps gather = new ScalarGatherOps();
    private final NeuronOps neurons = new ScalarNeuronOps();
    private final FilterOps filters = new ScalarFilterOps();
    private final LossOps losses = new ScalarLossOps();
    private final OptimizerOps optimizers = new ScalarOptimizerOps();
    private final ConvOps conv = new ScalarConvOps();

    /** A scalar backend constructed on purpose (tests, reference executor). */
    public ScalarKernels() {
        this("constructed directly");
    }

    /**
     * A scalar backend with the reason it was chosen, shown by {@link #describe()}.
     *
     * @param reason why the scalar loops are in use
     */
    public ScalarKernels(final String reason) {
        this.reason = reason;
    }

    @Override
    public String describe() {
        return "scalar (" + reason + ")";
    }

    @Override
    public boolean isVectorized() {
        return false;
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
