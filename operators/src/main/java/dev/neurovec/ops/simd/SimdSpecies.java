package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float species every SIMD kernel uses, as a {@code static final} constant so that C2 compiles vector code for
 * it. Kept apart from {@link SimdKernels} (as Lucene does) so that loading the backend class never initialises the
 * Vector API before the backend decides to.
 *
 * <p>The test-only system property {@value #BITS_PROPERTY} ({@code 256} or {@code 512}) narrows or fixes the
 * species; the build runs the kernel tests once more at 256 bits with it. Production leaves it unset and gets
 * {@link FloatVector#SPECIES_PREFERRED} (512 bits on the project machine).
 */
final class SimdSpecies {

    /** System property that overrides the species width in tests. */
    static final String BITS_PROPERTY = "neurovec.vectorBits";

    /** The float species of all kernels. */
    static final VectorSpecies<Float> FLOAT = select(System.getProperty(BITS_PROPERTY));

    /** The int species of the same shape, for bit manipulation of float lanes. */
    static final VectorSpecies<Integer> INT = FLOAT.withLanes(int.class);

    /** Floats per vector. */
    static final int LANES = FLOAT.length();

    private SimdSpecies() {
    }

    private static VectorSpecies<Float> select(final String bits) {
        if (bits == null || bits.isEmpty()) {
            return FloatVector.SPECIES_PREFERRED;
        }
        switch (bits) {
            case "256":
                return FloatVector.SPECIES_256;
            case "512":
                return FloatVector.SPECIES_512;
            default:
                throw new IllegalArgumentException("unsupported vector width: " + BITS_PROPERTY + "=" + bits
                    + "; expected 256 or 512");
        }
    }
}
