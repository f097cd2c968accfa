package dev.neurovec.ops;

import dev.neurovec.ops.scalar.ScalarKernels;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * The kernel backend: one object per JVM that hands out one implementation of each kernel family.
 *
 * <p>{@link #get()} decides once, at class initialisation: when the {@code jdk.incubator.vector} module is in the
 * boot layer it loads {@code dev.neurovec.ops.simd.SimdKernels} by name (the codebase's only reflective class load,
 * so no class touching the incubator module is linked without it), whose constructor refuses species narrower than
 * 256 bits; otherwise it uses {@link ScalarKernels} and logs one sentence saying why and how to fix it. The choice
 * is visible through {@link #describe()}. Tests construct both backends directly.
 */
public abstract class Kernels {

    /** Fully qualified name of the Vector API backend, loaded reflectively by {@link #get()}. */
    static final String SIMD_BACKEND = "dev.neurovec.ops.simd.SimdKernels";

    /** Name of the incubator module that the SIMD backend needs. */
    static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** For subclasses: the two backends in {@code ops.scalar} and {@code ops.simd}. */
    protected Kernels() {
    }

    /**
     * The backend chosen for this JVM.
     *
     * @return the SIMD backend when the Vector API is usable, else the scalar twins
     */
    public static Kernels get() {
        return Holder.INSTANCE;
    }

    /**
     * The scalar twins, whatever the JVM supports (the test oracle and the reference executor's backend).
     *
     * @return the scalar backend
     */
    public static Kernels scalar() {
        return ScalarHolder.INSTANCE;
    }

    /**
     * One line naming this backend and why it was chosen, e.g. {@code simd (Species[float, 16, S_512_BIT])} or
     * {@code scalar (jdk.incubator.vector not readable: ...)}.
     *
     * @return the description
     */
    public abstract String describe();

    /**
     * Whether kernels of this backend use the Vector API.
     *
     * @return {@code true} for the SIMD backend
     */
    public abstract boolean isVectorized();

    /**
     * Dense GEMM, GEMV, dot and event-driven column kernels.
     *
     * @return the dense family
     */
    public abstract DenseOps dense();

    /**
     * CSR sparse products.
     *
     * @return the sparse family
     */
    public abstract SparseOps sparse();

    /**
     * Element-wise copy, scale and accumulate kernels.
     *
     * @return the element-wise family
     */
    public abstract ElementwiseOps elementwise();

    /**
     * Index-driven gather and scatter.
     *
     * @return the gather family
     */
    public abstract GatherOps gather();

    /**
     * Neuron steps and VJPs.
     *
     * @return the neuron family
     */
    public abstract NeuronOps neurons();

    /**
     * Synapse filters.
     *
     * @return the filter family
     */
    public abstract FilterOps filters();

    /**
     * Losses and metrics.
     *
     * @return the loss family
     */
    public abstract LossOps losses();

    /**
     * Optimizer updates.
     *
     * @return the optimizer family
     */
    public abstract OptimizerOps optimizers();

    /**
     * 2-D convolution and pooling.
     *
     * @return the convolution family
     */
    public abstract ConvOps conv();

    @Override
    public String toString() {
        return describe();
    }

    static Kernels lookup() {
        final Optional<Module> vectorModule = ModuleLayer.boot().findModule(VECTOR_MODULE);
        if (vectorModule.isEmpty()) {
            return fallBack(VECTOR_MODULE + " not readable: the module is not in the boot layer",
                "start the JVM with --add-modules " + VECTOR_MODULE + " to enable the SIMD backend");
        }
        if (!Kernels.class.getModule().canRead(vectorModule.get())) {
            return fallBack(VECTOR_MODULE + " not readable by " + Kernels.class.getModule(),
                "start the JVM with --add-modules " + VECTOR_MODULE + " and make the module read it");
        }
        try {
            final Class<?> type = Class.forName(SIMD_BACKEND, true, Kernels.class.getClassLoader());
            final MethodHandle constructor =
                MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class));
            return (Kernels) constructor.invoke();
        } catch (final UnsupportedOperationException e) {
            return fallBack(e.getMessage(), "the Vector API is present (--add-modules " + VECTOR_MODULE
                + ") but this CPU's preferred float vector is too narrow to pay");
        } catch (final Throwable t) {
            if (t instanceof Error && !(t instanceof LinkageError)) {
                throw (Error) t;
            }
            return fallBack("loading " + SIMD_BACKEND + " failed with " + t,
                "check that the JVM runs with --add-modules " + VECTOR_MODULE);
        }
    }

    private static Kernels fallBack(final String reason, final String fix) {
        System.getLogger(Kernels.class.getName()).log(System.Logger.Level.WARNING,
            "NeuroVec kernels use the scalar loops because " + reason + "; " + fix + ".");
        return new ScalarKernels(reason);
    }

    private static final class Holder {
        static final Kernels INSTANCE = lookup();
    }

    private static final class ScalarHolder {
        static final Kernels INSTANCE = new ScalarKernels("requested explicitly");
    }
}
